/**
 * Pure timeline geometry: dates of any precision to time spans, the time scale, year and month ticks,
 * label lanes (horizontal) and rows (vertical). No DOM, no Lit: records and sizes in, positions out.
 */
import type { EventKind, TimelineEvent } from '../data/types.js';
import { parseList } from '../shared/attributes.js';
import { isoSpan } from '../shared/locale.js';
import { clamp } from '../shared/math.js';

/** A stretch of time in UTC milliseconds, `end` exclusive. */
export interface TimeSpan {
  start: number;
  end: number;
}

const YEAR_MS = 365.2425 * 864e5;

/** The UTC year of a time. */
export const utcYear = (t: number) => new Date(t).getUTCFullYear();

/** An event's time: from the start of its first day to the end of its last; `exact` when both are days. */
export function eventSpan(event: Pick<TimelineEvent, 'start' | 'end'>): TimeSpan & { exact: boolean } {
  const first = isoSpan(event.start);
  const last = event.end ? isoSpan(event.end) : first;
  return { start: first.start, end: Math.max(first.end, last.end), exact: first.precision === 'day' && last.precision === 'day' };
}

/** The kinds named in a comma list, in data order; `null` (all kinds) when the list names none. */
export function parseKinds(value: string | null | undefined, known: readonly EventKind[]): EventKind[] | null {
  const names = parseList(value);
  const kinds = known.filter((k) => names.includes(k));
  return kinds.length ? kinds : null;
}

/** The years `from` and `to` as a span: from 1 January of `from` to the end of `to`; swapped when reversed. */
export function yearsSpan(from: number | undefined, to: number | undefined): Partial<TimeSpan> {
  const [a, b] = from !== undefined && to !== undefined && from > to ? [to, from] : [from, to];
  return { ...(a === undefined ? {} : { start: Date.UTC(a, 0, 1) }), ...(b === undefined ? {} : { end: Date.UTC(b + 1, 0, 1) }) };
}

/** Events of the given kinds that overlap the span, sorted by time (then id) for a stable order. */
export function filterEvents<E extends TimelineEvent>(events: E[], kinds: EventKind[] | null, span: Partial<TimeSpan>): E[] {
  return events
    .map((event) => ({ event, time: eventSpan(event) }))
    .filter(({ event, time }) => (!kinds || kinds.includes(event.kind)) && time.end > (span.start ?? -Infinity) && time.start < (span.end ?? Infinity))
    .sort((a, b) => a.time.start - b.time.start || a.time.end - b.time.end || (a.event.id < b.event.id ? -1 : 1))
    .map(({ event }) => event);
}

/**
 * The period drawn: the given years, else whole years around the events (API.md: the data's extent).
 * `now` gives the year drawn when there are no events. Today's marker shows when the period reaches it.
 */
export function timeDomain(spans: TimeSpan[], years: Partial<TimeSpan>, now: number): TimeSpan {
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  const start = years.start ?? Date.UTC(utcYear(Number.isFinite(first) ? first : now), 0, 1);
  const end = years.end ?? (Number.isFinite(last) ? Date.UTC(utcYear(last - 1) + 1, 0, 1) : start + YEAR_MS);
  return { start, end: Math.max(end, start + 864e5) };
}

/** x of a time; `invert` gives the time at an x. */
export type TimeScale = ((t: number) => number) & { invert: (px: number) => number };

/** A linear time scale onto `[pad, length - pad]`, with its inverse. */
export function timeScale(domain: TimeSpan, length: number, pad: number): TimeScale {
  const k = Math.max(length - 2 * pad, 1) / (domain.end - domain.start);
  const x = (t: number) => pad + (t - domain.start) * k;
  x.invert = (px: number) => domain.start + (px - pad) / k;
  return x;
}

export interface Tick {
  /** UTC time of the tick. */
  t: number;
  x: number;
  year: number;
  /** 0 to 11 for month ticks; `undefined` on year ticks. */
  month?: number;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const MONTH_STEPS = [1, 2, 3];

/**
 * Ticks that thin out as the axis shrinks: the smallest step in years (1, 2, 5, 10…) that keeps ticks
 * `spacing` px apart; on a long enough axis, months (every 1, 2 or 3) instead.
 */
export function timeTicks(domain: TimeSpan, length: number, pad: number, spacing: { year: number; month: number }): Tick[] {
  const x = timeScale(domain, length, pad);
  const perYear = (length - 2 * pad) / ((domain.end - domain.start) / YEAR_MS);
  const months = MONTH_STEPS.find((step) => (perYear / 12) * step >= spacing.month);
  // One loop over months for both: a step of whole years is a step of 12, 24… months.
  const step = months ?? 12 * (YEAR_STEPS.find((s) => perYear * s >= spacing.year) ?? Math.ceil(spacing.year / perYear / 1000) * 1000);
  const ticks: Tick[] = [];
  for (let i = Math.ceil((utcYear(domain.start) * 12) / step) * step; i <= utcYear(domain.end) * 12; i += step) {
    const year = Math.floor(i / 12);
    const t = Date.UTC(year, i % 12, 1);
    if (t >= domain.start && t <= domain.end) ticks.push(months ? { t, x: x(t), year, month: i % 12 } : { t, x: x(t), year });
  }
  return ticks;
}

/** What the horizontal layout needs of an event: its time and the width of its label. */
export interface LaneInput extends TimeSpan {
  id: string;
  /** Label width in px, marker included. */
  width: number;
}

export interface LaneItem {
  id: string;
  /** Centre of the marker: the middle of the event's time. */
  x: number;
  /** The event's extent on the axis. */
  x0: number;
  x1: number;
  /** 0 is the lane next to the axis; `null` when no lane had room: the event is drawn as a marker only. */
  lane: number | null;
  /** The label box: `left` to `left + width`. */
  left: number;
  width: number;
  /** The marker sits at the label's right end (labels near the axis end run leftwards). */
  flip: boolean;
}

export interface LaneOptions {
  maxLanes: number;
  /** Marker width in px: the label starts half of it left of `x`. */
  marker: number;
  /** Smallest space between two labels in one lane. */
  gap: number;
  pad: number;
}

/**
 * Places each label in the lowest lane where it overlaps no other label (greedy interval colouring,
 * by left edge: optimal up to `maxLanes`). A label that would cross the axis end runs leftwards.
 */
export function assignLanes(items: LaneInput[], domain: TimeSpan, length: number, o: LaneOptions): { items: LaneItem[]; lanes: number } {
  const x = timeScale(domain, length, o.pad);
  const placed = items.map((item): LaneItem => {
    const x0 = x(item.start);
    const x1 = x(item.end);
    const mid = (x0 + x1) / 2;
    const flip = mid - o.marker / 2 + item.width > length;
    const left = Math.max(0, flip ? mid + o.marker / 2 - item.width : mid - o.marker / 2);
    return { id: item.id, x: mid, x0, x1, lane: null, left, width: item.width, flip };
  });
  const ends: number[] = [];
  for (const item of [...placed].sort((a, b) => a.left - b.left)) {
    let lane = ends.findIndex((end) => end + o.gap <= item.left);
    if (lane < 0 && ends.length < o.maxLanes) lane = ends.push(-Infinity) - 1;
    if (lane < 0) continue;
    ends[lane] = item.left + item.width;
    item.lane = lane;
  }
  return { items: placed, lanes: ends.length };
}

/** The shortest axis, between `min` and `max` px, on which every label finds a lane; `max` when none does. */
export function fitLength(items: LaneInput[], domain: TimeSpan, min: number, max: number, o: LaneOptions): number {
  const fits = (length: number) => assignLanes(items, domain, length, o).items.every((i) => i.lane !== null);
  if (max <= min || fits(min)) return min;
  if (!fits(max)) return max;
  let [lo, hi] = [min, max];
  while (hi - lo > Math.max(8, lo / 100)) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return Math.ceil(hi);
}

export interface Row {
  id: string;
  /** The year shown beside the row: the first row of each year shows it. */
  year?: number;
  /** Space before the row in px: the time since the previous row, clamped. */
  gap: number;
}

/** Vertical, list-like rows in time order: time gaps become space (up to `maxGap`), and each new year its label. */
export function verticalRows(items: (TimeSpan & { id: string })[], perYear: number, maxGap: number): Row[] {
  let previous: (TimeSpan & { year: number }) | undefined;
  return items.map((item) => {
    const year = utcYear(item.start);
    const since = previous ? (item.start - previous.end) / YEAR_MS : 0;
    const row: Row = { id: item.id, gap: Math.round(clamp(since * perYear, 0, maxGap)) };
    if (year !== previous?.year) row.year = year;
    previous = { ...item, year };
    return row;
  });
}
