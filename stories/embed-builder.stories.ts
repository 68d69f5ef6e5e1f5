import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/define.js';
import '../demo/embed-builder.js';

/**
 * For web editors: choose an element and its options, see it live, and copy the snippet to paste into a
 * CMS, either a script tag or, where scripts are forbidden, an iframe. `docs/embedding.md` says where to
 * paste it in WordPress, Drupal and TYPO3. Also served by `npm start` at `/demo/builder.html`.
 */
const meta: Meta = {
  title: 'Tools/Embed builder',
  render: () => html`<iclei-embed-builder></iclei-embed-builder>`,
  parameters: { layout: 'fullscreen' },
};

export default meta;

export const EmbedBuilder: StoryObj = {};
