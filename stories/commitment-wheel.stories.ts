import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/commitment-wheel/commitment-wheel.define.js';

interface Args {
  lang?: string;
  theme: 'auto' | 'light' | 'dark';
  selected?: string;
  expanded: boolean;
  noLegend: boolean;
  label?: string;
  description?: string;
  src?: string;
  loading: 'lazy' | 'eager';
  /** Width of the box around the element, as a CSS length. */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Commitment wheel',
  component: 'iclei-commitment-wheel',
  args: { theme: 'auto', expanded: false, noLegend: false, loading: 'eager', width: '100%' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['en', 'de', 'fr', 'es', 'it'] },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
    selected: { control: 'text', description: 'A theme id ("3") or a commitment id ("3.2")' },
    width: { control: 'text' },
  },
  render: (args) => html`<div style="max-width:${args.width};${args.theme === 'dark' ? 'background:#16191d;padding:1rem' : ''}">
    <iclei-commitment-wheel
      lang=${ifDefined(args.lang)}
      theme=${args.theme}
      selected=${ifDefined(args.selected)}
      ?expanded=${args.expanded}
      ?no-legend=${args.noLegend}
      label=${ifDefined(args.label)}
      description=${ifDefined(args.description)}
      src=${ifDefined(args.src)}
      loading=${args.loading}
    >
      <p><a href="https://sustainablecities.eu/conferences/aalborgplus10/">The Aalborg Commitments: 10 themes, 50 commitments</a></p>
    </iclei-commitment-wheel>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled dataset: 10 themes, 50 commitments; nothing selected. */
export const Default: Story = {};

/** A theme selected: the centre and the detail panel tell about it; Enter or a second click opens it. */
export const ThemeSelected: Story = { args: { selected: '3' } };

/** A commitment selected, with its theme named in the detail panel. */
export const CommitmentSelected: Story = { args: { selected: '7.3' } };

/** Drilled down: the selected theme fills the wheel with its 5 commitments; the back control or Escape returns. */
export const DrilledDown: Story = { args: { selected: '3.2', expanded: true } };

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark', selected: '9' } };

/** The French interface (the data stays in its own language). */
export const French: Story = { args: { lang: 'fr', selected: '2.3' } };

/** A phone-sized container: a smaller wheel with numbers only, the list of themes below it. */
export const Narrow: Story = { args: { width: '320px', selected: '5' } };

/** The data cannot be loaded: a localized alert, and the fallback content. */
export const ErrorState: Story = { name: 'Error', args: { src: './missing-commitments.json' } };
