import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/signatory-map/signatory-map.define.js';
import { syntheticSignatories } from '../test/fixtures/signatories.synthetic.js';

interface Args {
  document?: string;
  country?: string;
  since?: string;
  until?: string;
  view?: 'points' | 'countries';
  selected?: string;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
  label?: string;
  src?: string;
  width?: string;
  synthetic?: number;
  'no-search'?: boolean;
  'no-legend'?: boolean;
  'no-table'?: boolean;
  'no-zoom'?: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Signatory map',
  component: 'iclei-signatory-map',
  args: { view: 'points', theme: 'auto', document: 'all' },
  argTypes: {
    view: { control: 'inline-radio', options: ['points', 'countries'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['en', 'de', 'fr', 'es', 'it'] },
  },
  render: (args) => html`<div style="max-width: ${args.width ?? '100%'}; ${args.theme === 'dark' ? 'background: #16191d; padding: 8px' : ''}">
    <iclei-signatory-map
      loading="eager"
      document=${args.document ?? nothing}
      country=${args.country ?? nothing}
      since=${args.since ?? nothing}
      until=${args.until ?? nothing}
      view=${args.view ?? nothing}
      selected=${args.selected ?? nothing}
      theme=${args.theme ?? nothing}
      lang=${args.lang ?? nothing}
      label=${args.label ?? nothing}
      src=${args.src ?? nothing}
      .data=${args.synthetic ? syntheticSignatories(args.synthetic) : undefined}
      ?no-search=${args['no-search']}
      ?no-legend=${args['no-legend']}
      ?no-table=${args['no-table']}
      ?no-zoom=${args['no-zoom']}
      ><a href="https://sustainablecities.eu/">The signatories on sustainablecities.eu</a></iclei-signatory-map
    >
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const AalborgCharter: Story = { args: { document: 'aalborg-charter' } };
export const AalborgCommitments: Story = { args: { document: 'aalborg-commitments' } };
export const BasqueDeclaration: Story = { args: { document: 'basque-declaration' } };
export const OneCountry: Story = { args: { country: 'IT' } };
export const CountriesView: Story = { args: { view: 'countries' } };
export const SelectedSignatory: Story = { args: { selected: 'freiburg-im-breisgau-de' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const GermanUI: Story = { args: { lang: 'de' } };
export const Narrow: Story = { name: '320px wide', args: { width: '320px' } };
export const ErrorState: Story = { name: 'Error', args: { src: '/no-such-dataset.json' } };
export const Empty: Story = { args: { since: '2090' } };
export const Synthetic10k: Story = { name: '10,000 synthetic signatories', args: { synthetic: 10000, label: 'Synthetic data: 10,000 made-up signatories at real towns' } };
