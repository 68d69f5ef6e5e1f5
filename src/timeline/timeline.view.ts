/**
 * From the filtered events, the UI language and the element's size to everything `render()` draws:
 * label texts and widths, then the horizontal lanes and ticks or the vertical rows. No DOM: text widths
 * come from the `measure` function the element passes in.
 */
import type { TimelineEvent } from '../data/types.js';
import type { Formatter } from '../shared/locale.js';
import { clamp } from '../shared/math.js';
import type { TextWidth } from '../shared/text-width.js';
import {
  assignLanes,
  eventSpan,
  fitLength,
  timeScale,
  timeTicks,
  verticalRows,
  type LaneInput,
  type LaneItem,
  type LaneOptions,
  type Row,
  type Tick,
  type TimeScale,
  type TimeSpan,
} from './timeline.layout.js';
import type { MessageKey } from './timeline.messages.js';
import { formatDates, formatPlace, labelLines } from './timeline.text.js';

/** An event as the layouts take it: its id, time and label width, with the texts drawn. */
export interface EventView extends LaneInput {
  event: TimelineEvent;
  /** True when known to the day; else drawn as a band on the axis. */
  exact: boolean;
  lines: string[];
  dates: string;
  place: string;
}

/** Sizes that follow the element's font. */
export interface Metrics {
  fontSize: number;
  fontFamily: string;
}

export const MARKER = 20;
const LABEL_GAP = 6;
const MAX_LABEL = 232;
const MAX_LANES = 4;
/** Space at the top for the "today" label, under the lanes for compact markers, and below the axis for ticks. */
const TOP = 26;
const COMPACT = 20;
const AXIS = 32;
/** The longest axis: a day at most this many px. */
const PX_PER_DAY = 24;

/** Label texts, dates, places and widths, in the UI language. */
export function eventViews(events: TimelineEvent[], f: Formatter<MessageKey>, m: Metrics, measure: TextWidth): EventView[] {
  const views = events.map((event): EventView => {
    const place = formatPlace(f, event.place);
    let dates: string | undefined;
    return {
      event,
      id: event.id,
      ...eventSpan(event),
      lines: labelLines(f, event, place),
      // The long form shows only in tooltips and details: formatted when first shown.
      get dates() {
        return (dates ??= formatDates(f.lang, event.start, event.end));
      },
      place,
      width: 0,
    };
  });
  // All first lines, then all other lines: two font changes in all.
  const widths = views.map((v) => measure(v.lines[0], m.fontSize * 0.875, 600, m.fontFamily));
  views.forEach((v, k) => (v.width = Math.ceil(Math.min(MAX_LABEL, MARKER + LABEL_GAP + Math.max(widths[k], ...v.lines.slice(1).map((line) => measure(line, m.fontSize * 0.8125, 400, m.fontFamily))) + 10))));
  return views;
}

export interface HorizontalView {
  orientation: 'horizontal';
  length: number;
  height: number;
  axisY: number;
  laneHeight: number;
  /** Top of each lane, lane 0 (next to the axis) first. */
  laneTops: number[];
  /** Top of the row of compact markers, when some labels found no lane. */
  compactTop?: number;
  items: LaneItem[];
  ticks: Tick[];
  /** x of today, when the period reaches it. */
  today?: number;
  /** The zoom factors that give the whole period in view and the longest axis. */
  zoomRange: [number, number];
  scale: TimeScale;
}

export function laneOptions(m: Metrics): LaneOptions & { laneHeight: number } {
  return { maxLanes: MAX_LANES, marker: MARKER, gap: 12, pad: Math.max(MARKER, 28), laneHeight: Math.ceil(m.fontSize * (0.875 + 0.8125 * 2) * 1.3 + 14) };
}

/** The axis length at zoom 1: the shortest on which every label has a lane (within limits). */
export function baseLength(views: EventView[], domain: TimeSpan, viewport: number, m: Metrics): number {
  const o = laneOptions(m);
  // Dense data would need a very long axis for every label: past this, some events show as markers only.
  const dense = (views.reduce((sum, v) => sum + v.width + o.gap, 0) / o.maxLanes) * 1.25;
  return fitLength(views, domain, viewport, Math.min(maxLength(domain, viewport), Math.max(viewport * 4, dense)), o);
}

function maxLength(domain: TimeSpan, viewport: number): number {
  return Math.max(viewport, Math.min(2e6, ((domain.end - domain.start) / 864e5) * PX_PER_DAY));
}

export function horizontalView(views: EventView[], domain: TimeSpan, viewport: number, base: number, zoom: number, now: number, m: Metrics): HorizontalView {
  const max = maxLength(domain, viewport);
  const length = Math.round(clamp(base * zoom, viewport, max));
  const o = laneOptions(m);
  const { items, lanes } = assignLanes(views, domain, length, o);
  const compact = items.some((i) => i.lane === null);
  const height = TOP + Math.max(lanes, 1) * o.laneHeight + (compact ? COMPACT : 0) + 8 + AXIS;
  const axisY = height - AXIS;
  const lanesBottom = axisY - 8 - (compact ? COMPACT : 0);
  const scale = timeScale(domain, length, o.pad);
  return {
    orientation: 'horizontal',
    length,
    height,
    axisY,
    laneHeight: o.laneHeight,
    laneTops: Array.from({ length: lanes }, (_, k) => lanesBottom - (k + 1) * o.laneHeight),
    compactTop: compact ? lanesBottom : undefined,
    items,
    ticks: timeTicks(domain, length, o.pad, { year: 52, month: 44 }),
    today: now >= domain.start && now < domain.end ? scale(now) : undefined,
    zoomRange: [viewport / base, max / base],
    scale,
  };
}

export interface VerticalView {
  orientation: 'vertical';
  rows: Row[];
  /** Where the "today" row goes among the rows, when the period reaches today. */
  today?: { index: number; gap: number; year?: number };
}

/** List-like rows: a year per new year, time gaps as space (4 px a year, up to 40). */
export function verticalView(views: EventView[], domain: TimeSpan, now: number): VerticalView {
  const rows = verticalRows(views, 4, 40);
  if (!(now >= domain.start && now < domain.end)) return { orientation: 'vertical', rows };
  const index = views.filter((v) => v.start <= now).length;
  const today = verticalRows([...views.slice(0, index), { id: '', start: now, end: now }], 4, 40).at(-1)!;
  return { orientation: 'vertical', rows, today: { index, gap: today.gap, year: today.year } };
}
