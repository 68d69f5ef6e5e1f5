/** Templates of the timeline: markers, the horizontal track, the vertical rows, the legend and the detail panel. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleProps, type StyleProps } from '../shared/style-props.js';
import { repeat } from 'lit/directives/repeat.js';
import type { EventKind, TimelineEvent } from '../data/types.js';
import { hostOf } from '../data/validate.js';
import type { Formatter } from '../shared/locale.js';
import type { MessageKey } from './timeline.messages.js';
import { formatMonth, formatToday } from './timeline.text.js';
import type { LaneItem } from './timeline.layout.js';
import type { EventView, HorizontalView, VerticalView } from './timeline.view.js';

type Format = Formatter<MessageKey>;

/**
 * A conference is a numbered circle, a milestone a diamond: told apart by shape as well as colour. Numbers
 * go up to 999 (the data's validation sees to it); three digits take a smaller font.
 */
export function marker(kind: EventKind, number?: number): TemplateResult {
  const shape =
    kind === 'conference'
      ? svg`<circle cx="10" cy="10" r="9"></circle>${number !== undefined ? svg`<text class=${number < 100 ? '' : 'small'} x="10" y="10" dy="0.35em">${number}</text>` : nothing}`
      : svg`<path d="M10 0.5 19.5 10 10 19.5 0.5 10Z"></path>`;
  return html`<svg class="marker ${kind}" part="marker" viewBox="0 0 20 20" aria-hidden="true" focusable="false">${shape}</svg>`;
}

export interface EventHandlers {
  active?: string;
  selected?: string;
}

/**
 * The button of one event: visible lines (none when `compact`), hidden from screen readers, which read one
 * text with the full title and the place too.
 */
export function eventButton(v: EventView, state: EventHandlers, cls = '', style: StyleProps = {}): TemplateResult {
  const { event } = v;
  const compact = cls === 'compact';
  const conference = event.kind === 'conference';
  const spoken = compact ? [event.title, v.dates, v.place] : [conference ? event.title : '', ...v.lines, conference ? '' : v.place];
  return html`<button
    type="button"
    part="event"
    class="event ${event.kind} ${cls}"
    data-id=${event.id}
    style=${styleProps(style)}
    tabindex=${state.active === event.id ? 0 : -1}
    aria-expanded=${state.selected === event.id}
    aria-controls=${state.selected === event.id ? 'detail' : nothing}
  >
    ${marker(event.kind, compact ? undefined : event.number)}<span class="visually-hidden">${spoken.filter(Boolean).join(', ')}</span>${compact
      ? nothing
      : html`<span class="lines" aria-hidden="true">${v.lines.map((line, i) => html`<span class="line${i ? '' : ' head'}">${line}</span>`)}</span>`}
  </button>`;
}

/** The event button that a DOM event happened on or in, if any. */
export function buttonOf(e: Event): HTMLElement | null {
  return (e.target as Element).closest<HTMLElement>('button.event');
}

/** The axis, its ticks, grid lines, guides from labels to the axis, event extents and today's line. */
export function axis(view: HorizontalView, items: LaneItem[], views: Map<string, EventView>, f: Format, { highlight, window }: TrackState): TemplateResult {
  const ticks = window ? view.ticks.filter((t) => t.x >= window[0] - 60 && t.x <= window[1] + 60) : view.ticks;
  const { axisY, length, height } = view;
  // Keyed: as the drawn stretch moves along a long track, only the events entering or leaving it change.
  const guides = repeat(items, (item) => item.id, (item) => {
    const v = views.get(item.id)!;
    const y = item.lane === null ? view.compactTop! + 10 : view.laneTops[item.lane] + 17;
    const on = highlight.includes(item.id) ? ' on' : '';
    return svg`<line class="guide${on}" x1=${item.x} x2=${item.x} y1=${y} y2=${axisY}></line>
      <rect class="extent ${v.event.kind}${v.exact ? '' : ' approximate'}${on}" x=${Math.min(item.x0, item.x - 1.5)} y=${axisY - 3} width=${Math.max(item.x1 - item.x0, 3)} height="6" rx="2"></rect>`;
  });
  return html`<svg class="axis" part="axis" width=${length} height=${height} aria-hidden="true" focusable="false">
    ${repeat(
      ticks,
      (tick) => tick.t,
      // A year's tick, or January's, shows the year.
      (tick) => svg`<g part="tick" class="tick${tick.month ? '' : ' major'}" transform="translate(${tick.x},0)">
        <line class="grid" y2=${axisY}></line><line y1=${axisY} y2=${axisY + 6}></line>
        <text y=${axisY + 20}>${tick.month === undefined ? tick.year : `${formatMonth(f.lang, tick.month)}${tick.month ? '' : ` ${tick.year}`}`}</text>
      </g>`,
    )}
    ${view.today === undefined
      ? nothing
      : svg`<g class="today" part="today"><line x1=${view.today} x2=${view.today} y1="18" y2=${axisY}></line>
          <text x=${view.today} y="13" text-anchor=${view.today > length - 40 ? 'end' : view.today < 40 ? 'start' : 'middle'}>${f.t('today')}</text></g>`}
    ${guides}
    <line class="baseline" x2=${length} y1=${axisY} y2=${axisY}></line>
  </svg>`;
}

/** Shapes and what they mean; the conference's shape shows a 1 (a milestone's shows no number). */
export function legend(f: Format, kinds: EventKind[], approximate: boolean, today: boolean): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${f.t('legend')}>
    ${kinds.map((kind) => html`<li>${marker(kind, 1)}<span>${f.t(`kind.${kind}`)}</span></li>`)}
    ${approximate
      ? html`<li><svg width="24" height="10" aria-hidden="true"><rect class="extent approximate" y="2" width="24" height="6" rx="2"></rect></svg
          ><span>${f.t('legend.approximate')}</span></li>`
      : nothing}
    ${today ? html`<li><svg class="today" width="10" height="18" viewBox="0 0 10 20" aria-hidden="true"><line x1="5" x2="5" y2="20"></line></svg><span>${f.t('today')}</span></li>` : nothing}
  </ul>`;
}

/** The details of the selected event: title, dates, place, outcome documents, summary and sources. */
export function detail(v: EventView, f: Format, onClose: () => void): TemplateResult {
  const e: TimelineEvent = v.event;
  return html`<section class="detail" part="detail" id="detail" aria-labelledby="detail-title">
    <div class="detail-head">
      ${marker(e.kind, e.number)}
      <div>
        <p class="kind">${e.kind === 'conference' && e.number !== undefined ? f.t('conference', { number: e.number }) : f.t(`kind.${e.kind}`)}</p>
        <h3 id="detail-title">${e.title}</h3>
      </div>
      <button type="button" class="close" part="close" @click=${onClose} aria-label=${f.t('close')} title=${f.t('close')}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3 3 13"></path></svg>
      </button>
    </div>
    <dl>
      <dt>${f.t('when')}</dt>
      <dd>${v.dates}</dd>
      ${v.place ? html`<dt>${f.t('where')}</dt><dd>${v.place}</dd>` : nothing}
      ${e.documents.length
        ? html`<dt>${f.t('documents')}</dt>
            <dd><ul>${e.documents.map((d) => html`<li>${d.url ? html`<a href=${d.url}>${d.name}</a>` : d.name}</li>`)}</ul></dd>`
        : nothing}
    </dl>
    ${e.summary ? html`<p class="text">${e.summary}</p>` : nothing}
    ${e.sources.length
      ? html`<p class="sources">${f.t('sources')}: ${e.sources.map((s, i) => html`${i ? ', ' : ''}<a href=${s}>${hostOf(s)}</a>`)}</p>`
      : nothing}
  </section>`;
}

/** What the horizontal track draws: with many events, only those near the visible stretch (and the active ones). */
export interface TrackState extends EventHandlers {
  /** The selected event and the tooltip's, when there are: their guides stand out, and they are drawn outside the window too. */
  highlight: (string | undefined)[];
  /** The stretch of the axis, in px, whose events are drawn; all when missing. */
  window?: [number, number];
}

function shown(item: LaneItem, state: TrackState): boolean {
  if (!state.window) return true;
  const [from, to] = state.window;
  return (item.left + item.width >= from && item.left <= to) || item.id === state.active || state.highlight.includes(item.id);
}

/** The horizontal track: the axis drawing under absolutely placed event buttons, in an ordered list. */
export function track(view: HorizontalView, views: Map<string, EventView>, f: Format, state: TrackState): TemplateResult {
  const { items } = view;
  const indices = items.flatMap((item, i) => (shown(item, state) ? [i] : []));
  const buttons = repeat(indices, (i) => items[i].id, (i) => {
    const item = items[i];
    const compact = item.lane === null;
    const style = compact
      ? { left: `${item.x - 8}px`, top: `${view.compactTop! + 2}px` }
      : { left: `${item.left}px`, top: `${view.laneTops[item.lane!] + 3}px`, width: `${item.width}px`, height: `${view.laneHeight - 6}px` };
    // A list drawn in part tells screen readers each item's place in the whole.
    return html`<li aria-posinset=${state.window ? i + 1 : nothing} aria-setsize=${state.window ? items.length : nothing}>
      ${eventButton(views.get(item.id)!, state, compact ? 'compact' : item.flip ? 'flip' : '', style)}
    </li>`;
  });
  return html`<div class="track" style=${styleProps({ width: `${view.length}px`, height: `${view.height}px` })}>
    ${axis(view, indices.map((i) => items[i]), views, f, state)}
    <ol class="events" aria-label=${f.t('events')}>${buttons}</ol>
  </div>`;
}

/** The vertical, list-like rows: a rail, a year beside the first event of each year, details inline. */
export function rows(view: VerticalView, views: Map<string, EventView>, f: Format, state: EventHandlers, onClose: () => void): TemplateResult {
  const items = view.rows.map((row) => {
    const v = views.get(row.id)!;
    return html`<li class="row" style=${styleProps({ marginTop: `${row.gap}px` })}>
      <span class="year" part="tick" aria-hidden="true">${row.year}</span>
      ${eventButton(v, state)} ${state.selected === row.id ? detail(v, f, onClose) : nothing}
    </li>`;
  });
  if (view.today) {
    items.splice(
      view.today.index,
      0,
      html`<li class="row today" part="today" style=${styleProps({ marginTop: `${view.today.gap}px` })}>
        <span class="year" aria-hidden="true">${view.today.year}</span>
        <span class="today-label"><svg class="marker" viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="5"></circle></svg>${f.t('today')}, ${formatToday(f.lang, Date.now())}</span>
      </li>`,
    );
  }
  return html`<div class="list">
    <div class="rail" part="axis" aria-hidden="true"></div>
    <ol class="rows" aria-label=${f.t('events')}>${items}</ol>
  </div>`;
}
