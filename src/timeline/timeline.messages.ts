import type { Messages } from '../shared/locale.js';
import { catalogueOf, type SharedKey } from '../shared/messages.js';

export type TimelineKey =
  | 'label'
  | 'summary'
  | 'period'
  | 'count.conference'
  | 'count.milestone'
  | 'kind.conference'
  | 'kind.milestone'
  | 'conference'
  | 'legend'
  | 'legend.approximate'
  | 'today'
  | 'events'
  | 'hint'
  | 'zoom'
  | 'zoom.in'
  | 'zoom.out'
  | 'zoom.fit'
  | 'close'
  | 'when'
  | 'where'
  | 'documents'
  | 'sources';

const english: Messages<TimelineKey> = {
  label: 'European Sustainable Cities & Towns conferences and milestones',
  summary: { one: 'One event, {period}: {parts}.', other: '{count} events, {period}: {parts}.' },
  period: '{from} to {to}',
  'count.conference': { one: 'one conference', other: '{count} conferences' },
  'count.milestone': { one: 'one milestone', other: '{count} milestones' },
  'kind.conference': 'Conference',
  'kind.milestone': 'Milestone',
  conference: 'Conference {number}',
  legend: 'Legend',
  'legend.approximate': 'Date known to the month or year',
  today: 'Today',
  events: 'Events in time order',
  hint: 'Arrow keys move between events, Enter shows the details, Escape closes them.',
  zoom: 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.fit': 'Show the whole period',
  close: 'Close details',
  when: 'Date',
  where: 'Place',
  documents: 'Outcome documents',
  sources: 'Sources',
};

/** The shared messages and the timeline's own, in the five UI languages. */
export const catalogue = catalogueOf(english, () => import('./timeline.i18n.js'));
export type MessageKey = SharedKey | TimelineKey;
