/** The words of the timeline: dates and periods in the UI language, label lines, the summary. */
import type { EventKind, TimelineEvent } from '../data/types.js';
import { atPrecision, dateFormat, isoSpan, type Formatter, type Lang } from '../shared/locale.js';
import { utcYear, type TimeSpan } from './timeline.layout.js';
import type { MessageKey } from './timeline.messages.js';

type Format = Formatter<MessageKey>;

/** An event's dates at their own precision: `24–27 May 1994`, `April 2013`, `1991`. */
export function formatDates(lang: Lang, start: string, end: string | undefined, style: 'long' | 'short' = 'long'): string {
  const a = isoSpan(start);
  const format = atPrecision(lang, a.precision, style);
  if (!end || end === start) return format.format(a.start);
  const b = isoSpan(end);
  if (b.precision === a.precision) return format.formatRange(a.start, b.start);
  return `${format.format(a.start)} – ${atPrecision(lang, b.precision, style).format(b.start)}`;
}

/** Today's date in the UI language: `25 November 2026`. */
export function formatToday(lang: Lang, now: number): string {
  return atPrecision(lang, 'day', 'long').format(now);
}

/** A short month name for an axis tick: `Apr`. */
export function formatMonth(lang: Lang, month: number): string {
  return dateFormat(lang, { month: 'short' }).format(Date.UTC(2000, month, 1));
}

/** `Aalborg, Denmark`, the country named in the UI language. */
export function formatPlace(f: Format, place: TimelineEvent['place']): string {
  return place ? `${place.city}, ${f.country(place.country)}` : '';
}

/** Makes the date and country formats of the first draw: the first Intl objects on a page start ICU, which takes tens of ms. */
export function startIntl(f: Format): void {
  formatPlace(f, { city: '', country: 'DE' });
  formatDates(f.lang, '2000-01-01', '2000-01-02', 'short');
}

/** The visible lines of an event's label: where (conferences) or what (milestones), when, and its documents. */
export function labelLines(f: Format, event: TimelineEvent, place: string): string[] {
  const lines = [event.kind === 'conference' && place ? place : event.title, formatDates(f.lang, event.start, event.end, 'short')];
  if (event.documents.length) lines.push(event.documents.map((d) => d.name).join(' · '));
  return lines;
}

/** `14 events, 1990 to 2026: 10 conferences and 4 milestones.` */
export function summaryText(f: Format, events: TimelineEvent[], domain: TimeSpan): string {
  const from = utcYear(domain.start);
  const to = utcYear(domain.end - 1);
  const counts = new Map<EventKind, number>();
  for (const event of events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => f.t(`count.${kind}`, { count }));
  const period = from === to ? String(from) : f.t('period', { from: String(from), to: String(to) });
  return f.t('summary', { count: events.length, period, parts: f.list(parts) });
}
