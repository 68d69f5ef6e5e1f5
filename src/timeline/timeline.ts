import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DataController } from '../data/controller.js';
import { DOCUMENT_IDS, type EventKind, type TimelineDataset, type TimelineEvent } from '../data/types.js';
import { validateTimeline } from '../data/validate.js';
import { parseList, parseYear } from '../shared/attributes.js';
import { IcleiElement } from '../shared/element.js';
import { LocaleController } from '../shared/locale.js';
import { baseStyles } from '../shared/styles.js';
import { textWidth } from '../shared/text-width.js';
import { TimelineSelectEvent } from './timeline.events.js';
import { FocusController } from './timeline.focus.js';
import { filterEvents, parseKinds, timeDomain, yearsSpan, type TimeSpan } from './timeline.layout.js';
import { catalogue } from './timeline.messages.js';
import { buttonOf, detail, legend, rows, track } from './timeline.render.js';
import { timelineStyles } from './timeline.styles.js';
import { startIntl, summaryText } from './timeline.text.js';
import { TooltipController } from './timeline.tooltip.js';
import { TrackController } from './timeline.track.js';
import { baseLength, eventViews, horizontalView, verticalView, type EventView, type HorizontalView, type Metrics, type VerticalView } from './timeline.view.js';

const KINDS: readonly EventKind[] = ['conference', 'milestone'];
/** Below this width of its own, the element lays events out vertically. */
const VERTICAL_BELOW = 600;
/** The scroller's padding, in px (see the styles). */
const INSET = 6;

/**
 * A timeline of the European Sustainable Cities & Towns conferences, their outcome documents and the
 * milestones around them: events placed by date at their own precision, labels in lanes that never
 * overlap, a detail panel per event. Horizontal when wide, a vertical list below 600px of its own width.
 *
 * @summary Conferences and milestones on a time axis, with details, keyboard navigation and zoom.
 *
 * @fires {TimelineSelectEvent} iclei-select - The user opened (`id`, `record`, `documents`: the outcome documents' ids) or closed (`id` null) an event's details.
 * @fires {IcleiLoadEvent} iclei-load - Data loaded and drawn; `count` is the number of events shown after filters.
 * @fires {IcleiErrorEvent} iclei-error - The data failed to load or validate, or some records were left out.
 *
 * @slot - Fallback content (a link, a list): shown before the element upgrades and when its data cannot be shown.
 *
 * @csspart caption - The visible caption (the `label`).
 * @csspart summary - The text summary (the `description`, else generated).
 * @csspart legend - The list of shapes and what they mean.
 * @csspart controls - The zoom buttons (horizontal only).
 * @csspart axis - The time axis: an SVG when horizontal, the rail when vertical.
 * @csspart tick - A tick of the axis, with its year or month.
 * @csspart today - Today's marker, when the period reaches today.
 * @csspart event - The button of one event shown.
 * @csspart marker - The shape of an event: a numbered circle for a conference, a diamond for a milestone.
 * @csspart tooltip - The tooltip of the hovered or focused event.
 * @csspart detail - The details of the selected event.
 * @csspart close - The button that closes the details.
 * @csspart placeholder - The placeholder while the data loads.
 * @csspart error - The error message.
 * @csspart empty - The message shown when no event matches the filters.
 *
 * @cssprop [--iclei-font=inherit] - Font family.
 * @cssprop [--iclei-text=#1d2125] - Text colour.
 * @cssprop [--iclei-muted=#5a6270] - Secondary text colour.
 * @cssprop [--iclei-surface=#ffffff] - Background.
 * @cssprop [--iclei-surface-2=#f1f3f5] - Background of hovered and selected events and of the details.
 * @cssprop [--iclei-line=#8a939f] - Axis and guide lines.
 * @cssprop [--iclei-accent=#00608a] - Links.
 * @cssprop [--iclei-focus=#b3005f] - Focus ring.
 * @cssprop [--iclei-kind-conference=#00608a] - Colour of conferences (dark theme: #6cc4ee).
 * @cssprop [--iclei-kind-milestone=#8a3c8f] - Colour of milestones (dark theme: #e29be6).
 * @cssprop [--iclei-today=#b3261e] - Colour of today's marker (dark theme: #ff8a80).
 * @cssprop [--iclei-radius=4px] - Corner radius.
 */
export class InitiativeTimeline extends IcleiElement {
  static override styles = [baseStyles, timelineStyles];
  static override properties: PropertyDeclarations = {
    width: { state: true },
    kinds: {},
    from: {},
    to: {},
    orientation: {},
    htmlFor: { attribute: 'for' },
  };
  static override enums = { ...IcleiElement.enums, orientation: ['auto', 'horizontal', 'vertical'] };

  #locale = new LocaleController(this, catalogue);
  #dataset = new DataController<TimelineDataset>(this, {
    bundled: () => import('../../data/timeline.json').then((m) => m.default),
    validate: validateTimeline,
    count: (value) => this.#filter(value.events).length,
    format: () => this.#locale.format,
  });
  // Font metrics, read on connect, theme and resize only: a style read on every update forces a style recalculation.
  #metrics?: Metrics;
  // The width is read in the next frame: a re-render inside the observer's callback would loop it.
  #resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    if (width && width !== this.width) requestAnimationFrame(() => ((this.#metrics = undefined), (this.width = width)));
  });
  #inputs: unknown[] = [];
  #base = { key: [] as unknown[], length: 0 };
  #views: EventView[] = [];
  #byId = new Map<string, EventView>();
  #domain: TimeSpan = { start: 0, end: 1 };
  #view?: HorizontalView | VerticalView;
  #tooltip = new TooltipController(this);
  #track = new TrackController(this, { view: () => this.#view, count: () => this.#views.length, tooltip: this.#tooltip });
  #focus = new FocusController(this, { events: () => this.#byId, view: () => this.#view, track: this.#track });

  /** The element's own width in px, from a ResizeObserver. */
  private width = 0;

  /** Comma list of the kinds shown: `conference`, `milestone`; all by default. */
  kinds?: string;
  /** First year shown; the data's first by default. */
  from?: string;
  /** Last year shown; the data's last (or the current year, when close) by default. */
  to?: string;
  /** `auto` (vertical below 600px of the element's own width), `horizontal` or `vertical`. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  /**
   * The id of an `<iclei-signatory-map>` on the page: choosing a conference whose outcome document is one of
   * the map's documents sets that map's `document` filter.
   */
  htmlFor?: string;

  override connectedCallback() {
    super.connectedCallback();
    this.#metrics = undefined;
    this.#resize.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  /** True when the events are laid out as a vertical list. */
  get vertical(): boolean {
    if (this.orientation === 'vertical') return true;
    if (this.orientation === 'horizontal') return false;
    return this.#width < VERTICAL_BELOW;
  }

  /** The element's width in px; 800 before it has one. */
  get #width(): number {
    return this.width || this.clientWidth || 800;
  }

  /** The years of `from` and `to` as a span. */
  get #years(): Partial<TimeSpan> {
    return yearsSpan(parseYear(this.from), parseYear(this.to));
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('kinds')) {
      this.warnIgnored('kinds', parseList(this.kinds).filter((k) => !(KINDS as readonly string[]).includes(k)), 'kind');
    }
    for (const key of ['from', 'to'] as const) {
      const year = this[key];
      if (changed.has(key) && year && parseYear(year) === undefined) this.warnIgnored(key, [year], 'year');
    }
    const value = this.#dataset.value;
    if (!value) {
      // The first Intl objects on a page start ICU (tens of ms): made while the data loads, not before the first draw.
      if (this.#dataset.near) setTimeout(() => startIntl(this.#locale.format));
      return;
    }
    const f = this.#locale.format;
    if (!this.#metrics || changed.has('theme')) {
      const style = getComputedStyle(this);
      this.#metrics = { fontSize: parseFloat(style.fontSize) || 16, fontFamily: style.fontFamily || 'sans-serif' };
    }
    const metrics = this.#metrics;
    // The scroller's padding keeps focus rings at the ends of the track in view.
    const viewport = this.#width - 2 * INSET;
    const inputs = [value, f, this.kinds, this.from, this.to, metrics.fontSize, metrics.fontFamily];
    if (inputs.some((x, i) => x !== this.#inputs[i])) {
      this.#inputs = inputs;
      this.#views = eventViews(this.#filter(value.events), f, metrics, textWidth);
      this.#domain = timeDomain(this.#views, this.#years, Date.now());
      this.#byId = new Map(this.#views.map((v) => [v.id, v]));
    }
    this.#focus.sync(this.selected, changed.has('selected'));
    if (this.vertical) {
      this.#view = verticalView(this.#views, this.#domain, Date.now());
      return;
    }
    const key = [this.#views, viewport];
    if (key.some((x, i) => x !== this.#base.key[i])) this.#base = { key, length: baseLength(this.#views, this.#domain, viewport, metrics) };
    this.#view = horizontalView(this.#views, this.#domain, viewport, this.#base.length, this.#track.zoom, Date.now(), metrics);
  }

  #filter(events: TimelineEvent[]): TimelineEvent[] {
    return filterEvents(events, parseKinds(this.kinds, KINDS), this.#years);
  }

  #choose(id: string | undefined) {
    this.selected = id;
    this.#tooltip.hide();
    const event = new TimelineSelectEvent(id ? (this.#byId.get(id)?.event ?? null) : null);
    this.dispatchEvent(event);
    this.#link(event.documents);
  }

  /** Sets the linked map's document filter to the first of `documents` that the map knows. */
  #link(documents: string[]) {
    const map = this.htmlFor ? (this.getRootNode() as Document | ShadowRoot).getElementById(this.htmlFor) : null;
    const document = documents.find((id) => (DOCUMENT_IDS as readonly string[]).includes(id));
    if (map?.localName === 'iclei-signatory-map' && document) map.setAttribute('document', document);
  }

  #onClick = (e: Event) => {
    const id = buttonOf(e)?.dataset.id;
    if (!id) return;
    this.#focus.activate(id);
    this.#choose(this.selected === id ? undefined : id);
  };

  #close = () => {
    const id = this.selected;
    this.#choose(undefined);
    if (id) this.updateComplete.then(() => this.#focus.button(id)?.focus({ preventScroll: true }));
  };

  #onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (this.selected || this.#tooltip.tip)) {
      if (this.selected) this.#close();
      this.#tooltip.hide();
      e.preventDefault();
      return;
    }
    if (!buttonOf(e)) return;
    if (this.#focus.onKey(e.key, this.vertical) || (!this.vertical && this.#track.onKey(e.key))) e.preventDefault();
  };

  #onFocusIn = (e: FocusEvent) => {
    const button = buttonOf(e);
    if (!button?.dataset.id) return;
    this.#focus.activate(button.dataset.id);
    if (button.matches(':focus-visible') && !this.vertical) this.#tooltip.show(button);
  };

  override render() {
    return this.#dataset.render(() => this.#renderLoaded());
  }

  #renderLoaded() {
    const f = this.#locale.format;
    const view = this.#view;
    const label = this.label || f.t('label');
    const head = html`<p class="caption" id="caption" part="caption">${label}</p>`;
    if (!this.#views.length || !view) return html`<div class="frame">${head}${this.#dataset.renderEmpty()}</div>`;
    const summary = this.description || summaryText(f, this.#views.map((v) => v.event), this.#domain);
    const kinds = KINDS.filter((k) => this.#views.some((v) => v.event.kind === k));
    const approximate = this.#views.some((v) => !v.exact);
    const window = this.#track.drawn(this.#width);
    const state = { active: this.#focus.active, selected: this.selected, window, highlight: [this.selected, this.#tooltip.tip?.id] };
    const chosen = this.selected ? this.#byId.get(this.selected) : undefined;
    const horizontal = view.orientation === 'horizontal';
    return html`<div class="frame ${horizontal ? 'h' : 'v'}" role="region" aria-labelledby="caption" @keydown=${this.#onKey}>
      ${head}
      <p class="summary" part="summary">${summary} <span class="visually-hidden">${f.t('hint')}</span></p>
      <div class="bar">
        ${legend(f, kinds, horizontal && approximate, horizontal && view.today !== undefined)}
        ${horizontal ? this.#track.controls(view, f) : nothing}
      </div>
      <div class="body" @click=${this.#onClick} @focusin=${this.#onFocusIn} @focusout=${this.#tooltip.hide}>
        ${horizontal
          ? html`<div class="scroller" @pointerover=${this.#tooltip.onPointerOver} @pointerout=${this.#tooltip.onPointerOut} @scroll=${this.#track.onScroll}>
              ${track(view, this.#byId, f, state)}
            </div>`
          : rows(view, this.#byId, f, state, this.#close)}
      </div>
      ${horizontal && chosen ? detail(chosen, f, this.#close) : nothing} ${horizontal ? this.#tooltip.render(this.#byId, this.#width) : nothing}
    </div>`;
  }
}
