import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/timeline/timeline.define.js';
import { syntheticTimeline } from '../test/fixtures/timeline.synthetic.js';

interface Args {
  kinds?: string;
  from?: string;
  to?: string;
  orientation: 'auto' | 'horizontal' | 'vertical';
  lang?: string;
  theme: 'auto' | 'light' | 'dark';
  selected?: string;
  label?: string;
  description?: string;
  src?: string;
  loading: 'lazy' | 'eager';
  /** Width of the box around the element, as a CSS length. */
  width: string;
  /** A synthetic dataset of this many made-up events instead of the bundled one. */
  synthetic?: number;
  /** A dataset object set as the `data` property. */
  data?: unknown;
}

const synthetic = new Map<number, unknown>();
const syntheticData = (count: number) => synthetic.get(count) ?? synthetic.set(count, syntheticTimeline(count)).get(count);

const meta: Meta<Args> = {
  title: 'Elements/Timeline',
  component: 'iclei-timeline',
  args: { orientation: 'auto', theme: 'auto', loading: 'eager', width: '100%' },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['en', 'de', 'fr', 'es', 'it'] },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
    width: { control: 'text' },
    synthetic: { control: 'number' },
  },
  render: (args) => html`<div style="max-width:${args.width};${args.theme === 'dark' ? 'background:#16191d;padding:1rem' : ''}">
    <iclei-timeline
      kinds=${ifDefined(args.kinds)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      orientation=${args.orientation}
      lang=${ifDefined(args.lang)}
      theme=${args.theme}
      selected=${ifDefined(args.selected)}
      label=${ifDefined(args.label)}
      description=${ifDefined(args.description)}
      src=${ifDefined(args.src)}
      loading=${args.loading}
      .data=${args.data ?? (args.synthetic ? syntheticData(args.synthetic) : nothing)}
    >
      <p><a href="https://sustainablecities.eu/">The European Sustainable Cities &amp; Towns conferences</a></p>
    </iclei-timeline>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled dataset: ten conferences and the milestones around them, horizontal on a wide page. */
export const Default: Story = {};

/** The list-like layout that narrow containers get, forced here on a wide one. */
export const Vertical: Story = { args: { orientation: 'vertical', width: '40rem' } };

/** `kinds="conference"`: the ten conferences only. */
export const ConferencesOnly: Story = { args: { kinds: 'conference' } };

/** `from="2000" to="2020"`: the years in between only. */
export const From2000To2020: Story = { args: { from: '2000', to: '2020' } };

/** `selected` opens an event's details: here the conference that adopted the Aalborg Commitments. */
export const SelectedEvent: Story = { args: { selected: 'conference-2004-aalborg' } };

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark', selected: 'conference-2016-bilbao' } };

/** `lang="es"`: the interface, dates and country names in Spanish (the data's own titles stay English). */
export const Spanish: Story = { args: { lang: 'es' } };

/** In a 360px container the element lays itself out vertically (its own width, not the viewport's). */
export const Narrow: Story = { args: { width: '360px' } };

/** Data that cannot be used: an alert in the UI language and the fallback link. */
export const ErrorState: Story = { args: { data: { version: 2, meta: { title: 'A future format' }, events: [] } } };

/** 1,000 synthetic events: labels that find no lane show as markers; zoom and scroll along the axis. */
export const Synthetic1000: Story = { args: { synthetic: 1000, label: 'Synthetic timeline (1,000 made-up events)' } };
