import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clamp } from '../shared/math.js';
import type { TrackController } from './timeline.track.js';
import type { HorizontalView, VerticalView } from './timeline.view.js';

interface FocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FocusOptions {
  /** The events shown, by id, in order. */
  events: () => ReadonlyMap<string, unknown>;
  view: () => HorizontalView | VerticalView | undefined;
  track: TrackController;
}

/** The events' one tab stop (roving tabindex): which event holds it, the keys that move it, bringing it into view. */
export class FocusController implements ReactiveController {
  /** The event that holds the tab stop. */
  active?: string;
  /** An event to bring into view once drawn. */
  #reveal?: string;

  constructor(
    private readonly host: FocusHost,
    private readonly options: FocusOptions,
  ) {
    host.addController(this);
  }

  /** Keeps the tab stop on an event shown; a newly `selected` one takes it and is brought into view. Call from `willUpdate`. */
  sync(selected: string | undefined, selectionChanged: boolean) {
    const events = this.options.events();
    if (this.active === undefined || !events.has(this.active)) this.active = events.has(selected ?? '') ? selected : events.keys().next().value;
    if (selectionChanged && selected && events.has(selected)) {
      this.active = selected;
      this.#reveal = selected;
    }
  }

  hostUpdated() {
    if (this.#reveal && this.options.view()) {
      const id = this.#reveal;
      this.#reveal = undefined;
      this.scrollTo(id, false);
    }
  }

  /** Gives `id` the tab stop. */
  activate(id: string) {
    if (id === this.active) return;
    this.active = id;
    this.host.requestUpdate();
  }

  button(id: string): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector(`button.event[data-id="${CSS.escape(id)}"]`);
  }

  /** Brings an event into view: along the track's own scroll when horizontal, never scrolling the page sideways. */
  scrollTo(id: string, focus: boolean) {
    const button = this.button(id);
    if (!button) return;
    if (focus) button.focus({ preventScroll: true });
    const view = this.options.view();
    if (view?.orientation === 'horizontal') {
      const item = view.items.find((i) => i.id === id);
      if (item) this.options.track.reveal(item);
    } else if (focus) {
      button.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Arrow keys (Up and Down too when vertical), Home and End move the tab stop and the focus; false for other keys. */
  onKey(key: string, vertical: boolean): boolean {
    const ids = [...this.options.events().keys()];
    const last = ids.length - 1;
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ...(vertical && { ArrowUp: -1, ArrowDown: 1 }), Home: -Infinity, End: Infinity };
    const step = steps[key];
    if (step === undefined) return false;
    const id = ids[clamp(ids.indexOf(this.active ?? '') + step, 0, last)];
    if (id !== undefined) {
      this.activate(id);
      this.host.updateComplete.then(() => this.scrollTo(id, true));
    }
    return true;
  }
}
