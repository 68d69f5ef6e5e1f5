import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Formatter } from '../shared/locale.js';
import { clamp } from '../shared/math.js';
import type { MessageKey } from './timeline.messages.js';
import type { TooltipController } from './timeline.tooltip.js';
import type { HorizontalView, VerticalView } from './timeline.view.js';

interface TrackHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface TrackOptions {
  view: () => HorizontalView | VerticalView | undefined;
  /** The number of events: past `virtualAbove`, only those near the visible stretch are drawn. */
  count: () => number;
  tooltip: TooltipController;
}

const ZOOM_STEP = 2;
/** The zoom factor of each zoom key. */
const ZOOM_KEYS: Record<string, number> = { '+': ZOOM_STEP, '=': ZOOM_STEP, '-': 1 / ZOOM_STEP };
/** Past this many events, the horizontal track draws only those near the visible stretch. */
const VIRTUAL_ABOVE = 150;

/** The horizontal track's own scrolling: zoom about the centre, the drawn stretch, bringing an event into view. */
export class TrackController implements ReactiveController {
  zoom = 1;
  /** The stretch of the track, in px, whose events are drawn; all when undefined. */
  window?: [number, number];
  #frame = 0;

  constructor(
    private readonly host: TrackHost,
    private readonly options: TrackOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    cancelAnimationFrame(this.#frame);
    // Drawn anew, from the visible stretch, when connected again.
    this.window = undefined;
  }

  get #scroller() {
    return this.host.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  /** The drawn stretch for the current scroll position; `undefined` when every event is drawn. */
  drawn(width: number): [number, number] | undefined {
    if (this.options.count() <= VIRTUAL_ABOVE) return undefined;
    // The first draw is the visible stretch; the rest of the window follows once that frame is painted.
    if (!this.window) this.#frame = requestAnimationFrame(() => (this.#frame = requestAnimationFrame(() => this.#updateWindow())));
    return (this.window ??= [0, width]);
  }

  /** Multiplies the zoom by `factor` within its range (0: the whole period), keeping the centre in place. */
  zoomBy(factor: number) {
    const view = this.options.view();
    const scroller = this.#scroller;
    if (view?.orientation !== 'horizontal' || !scroller) return;
    const [min, max] = view.zoomRange;
    const zoom = clamp(this.zoom * factor, min, max);
    if (zoom === this.zoom) return;
    const center = view.scale.invert(scroller.scrollLeft + scroller.clientWidth / 2);
    this.zoom = zoom;
    this.options.tooltip.hide();
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      const next = this.options.view();
      if (next?.orientation === 'horizontal') scroller.scrollLeft = next.scale(center) - scroller.clientWidth / 2;
    });
  }

  onKey(key: string): boolean {
    const factor = ZOOM_KEYS[key];
    if (factor) this.zoomBy(factor);
    return !!factor;
  }

  onScroll = () => {
    // The focused event's tooltip follows it along; a hovered one's goes away.
    const { tooltip } = this.options;
    const root = this.host.renderRoot;
    const focused = root instanceof ShadowRoot ? (root.activeElement as HTMLElement | null) : null;
    const keep = tooltip.tip && focused?.dataset.id === tooltip.tip.id;
    if (!keep) tooltip.hide();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.#updateWindow();
      if (keep && focused) tooltip.show(focused);
    });
  };

  /** The visible stretch and a viewport's width or more either side, in whole viewports so that scrolling re-renders rarely. */
  #updateWindow() {
    const scroller = this.#scroller;
    if (!scroller || this.options.count() <= VIRTUAL_ABOVE) return;
    const width = scroller.clientWidth || 800;
    const from = Math.floor(scroller.scrollLeft / width - 1) * width;
    const to = Math.ceil((scroller.scrollLeft + width) / width + 1) * width;
    if (this.window?.[0] === from && this.window?.[1] === to) return;
    this.window = [from, to];
    this.host.requestUpdate();
  }

  /** Brings an event into view along the track's own scroll, never scrolling the page sideways. */
  reveal({ left, width }: { left: number; width: number }) {
    const scroller = this.#scroller;
    if (!scroller) return;
    const margin = 24;
    const { scrollLeft, clientWidth } = scroller;
    if (left >= scrollLeft + margin && left + width <= scrollLeft + clientWidth - margin) return;
    const to = Math.max(0, Math.min(left - margin, left + width / 2 - clientWidth / 2));
    scroller.scrollTo({ left: to, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  /** Zoom out, zoom in, the whole period. */
  controls(view: HorizontalView, f: Formatter<MessageKey>) {
    const [min, max] = view.zoomRange;
    const out = this.zoom <= min * 1.001;
    const button = (label: MessageKey, factor: number, disabled: boolean, icon: unknown) =>
      html`<button type="button" @click=${() => this.zoomBy(factor)} ?disabled=${disabled} aria-label=${f.t(label)} title=${f.t(label)}>${icon}</button>`;
    return html`<div class="controls" part="controls" role="group" aria-label=${f.t('zoom')}>
      ${button('zoom.out', 1 / ZOOM_STEP, out, '−')}${button('zoom.in', ZOOM_STEP, this.zoom >= max * 0.999, '+')}${button(
        'zoom.fit',
        0,
        out,
        html`<svg viewBox="0 0 20 12" aria-hidden="true" focusable="false"><path d="M1 6h18M5 2 1 6l4 4M15 2l4 4-4 4"></path></svg>`,
      )}
    </div>`;
  }
}
