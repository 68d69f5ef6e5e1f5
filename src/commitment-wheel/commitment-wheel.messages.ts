import type { Messages } from '../shared/locale.js';
import { catalogueOf } from '../shared/messages.js';

export type WheelKey =
  | 'name'
  | 'themes'
  | 'commitments'
  | 'theme'
  | 'commitment'
  | 'item.theme'
  | 'item.commitment'
  | 'hint'
  | 'open'
  | 'back'
  | 'source'
  | 'part-of'
  | 'opened'
  | 'closed'
  | 'legend'
  | 'prompt'
  | 'description'
  | 'data';

const english: Messages<WheelKey> = {
  name: 'The Aalborg Commitments',
  themes: { one: '{count} theme', other: '{count} themes' },
  commitments: { one: '{count} commitment', other: '{count} commitments' },
  theme: 'Theme {number}',
  commitment: 'Commitment {id}',
  'item.theme': 'Theme {number}: {title}',
  'item.commitment': '{id}: {title}',
  hint: 'Left and right arrow keys move around a ring, down and up move between the themes and their commitments, Enter selects; Enter on a selected theme opens it, Escape goes back.',
  open: { one: 'Show its commitment', other: 'Show its {count} commitments' },
  back: 'All themes',
  source: 'Source',
  'part-of': 'Part of theme {number}: {title}',
  opened: { one: 'Theme {number} opened: {count} commitment.', other: 'Theme {number} opened: {count} commitments.' },
  closed: 'All themes shown.',
  legend: 'Themes',
  prompt: 'Select a theme or a commitment in the wheel to read about it.',
  description: '{name}: {counts}. The themes: {list}.',
  data: 'Data:',
};

/** The wheel's messages with the shared ones. */
export const wheelMessages = catalogueOf(english, () => import('./commitment-wheel.i18n.js'));
export type WheelMessageKey = WheelKey;
