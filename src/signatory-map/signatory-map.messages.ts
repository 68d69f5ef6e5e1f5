import type { Messages } from '../shared/locale.js';
import { catalogueOf } from '../shared/messages.js';

export type MapKey =
  | 'label'
  | 'map'
  | 'summary'
  | 'countries'
  | 'total.more than'
  | 'total.about'
  | 'total.exactly'
  | 'total.none'
  | 'instructions'
  | 'wheel'
  | 'search'
  | 'results'
  | 'noMatch'
  | 'in'
  | 'out'
  | 'reset'
  | 'table'
  | 'more'
  | 'name'
  | 'country'
  | 'documents'
  | 'years'
  | 'sources'
  | 'cluster'
  | 'zoomHint'
  | 'close'
  | 'source'
  | 'undated'
  | 'legend'
  | 'perCountry'
  | 'municipality'
  | 'province'
  | 'region'
  | 'association';

const english: Messages<MapKey> = {
  label: 'Signatories of the Aalborg Charter, the Aalborg Commitments and the Basque Declaration',
  map: 'map',
  summary: { one: '{count} signatory in {countries} shown.', other: '{count} signatories in {countries} shown.' },
  countries: { one: '{count} country', other: '{count} countries' },
  'total.more than': '{document}: more than {count} signatories in all.',
  'total.about': '{document}: about {count} signatories in all.',
  'total.exactly': '{document}: {count} signatories in all.',
  'total.none': '{document}: no total has been published.',
  instructions: 'Arrow keys move between signatories, Enter selects or zooms into a group, plus and minus zoom, Home shows everything, Escape clears the selection.',
  wheel: 'Use Ctrl + scroll to zoom the map',
  search: 'Find a signatory',
  noMatch: 'No match',
  results: { one: '{count} match', other: '{count} matches' },
  in: 'Zoom in',
  out: 'Zoom out',
  reset: 'Show everything',
  table: 'Table',
  more: 'Show {count} more',
  name: 'Name',
  country: 'Country',
  documents: 'Documents',
  years: 'Years',
  sources: 'Sources',
  cluster: { one: '{count} signatory', other: '{count} signatories' },
  zoomHint: 'Enter or click to zoom in',
  close: 'Close',
  source: 'Source: {host}',
  undated: 'year not known',
  legend: 'Documents',
  perCountry: 'Signatories per country',
  municipality: 'municipality',
  province: 'province',
  region: 'region',
  association: 'association',
};

/** The shared messages and the map's own, in the five UI languages. */
export const catalogue = catalogueOf(english, () => import('./signatory-map.i18n.js'));
