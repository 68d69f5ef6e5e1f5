import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { navigate } from './commitment-wheel.keys.js';
import { segments, type WheelLayout, type WheelTheme } from './commitment-wheel.layout.js';

const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

interface TreeHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface TreeOptions {
  /** The themes as shown: all, or the one the wheel is open on. */
  shown: () => readonly WheelTheme[];
  /** A click, Enter or Space on an item. */
  choose: (id: string) => void;
  /** Escape: closes the opened theme; false when none is open. */
  close: () => boolean;
}

/**
 * The wheel as one ARIA tree: its single tab stop (roving tabindex), the keys that move it, and the
 * hovered and focused items that the sectors, centre and legend highlight.
 */
export class TreeController implements ReactiveController {
  /** The item under the pointer, on the wheel or in the legend. */
  hovered: string | null = null;
  /** The item with a visible keyboard focus ring. */
  focused: string | null = null;
  /** The last item focused or moved to. */
  active: string | null = null;
  #focusActive = false;

  constructor(
    private readonly host: TreeHost,
    private readonly options: TreeOptions,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    if (!this.#focusActive) return;
    this.#focusActive = false;
    const id = this.active;
    const target = id ? this.host.renderRoot.querySelector<SVGElement>(`[data-id="${CSS.escape(id)}"]`) : null;
    // After the update: focusing updates the tab stop, which must not happen inside this one.
    if (target) queueMicrotask(() => target.focus());
  }

  #set(key: 'hovered' | 'focused' | 'active', id: string | null) {
    if (this[key] === id) return;
    this[key] = id;
    this.host.requestUpdate();
  }

  /** Makes `id` the tab stop; with `focus`, the focus moves to it once it is drawn. */
  activate(id: string | null, focus = false) {
    this.#set('active', id);
    this.#focusActive ||= focus;
  }

  hover = (id: string | null) => this.#set('hovered', id);

  /** True when the focus is on an item of the wheel. */
  hasFocus(): boolean {
    return this.host.shadowRoot?.activeElement?.getAttribute('role') === 'treeitem';
  }

  /** The tab stop: the last item focused or moved to while it is drawn; else the selected item, else the first theme. */
  tabStop(layout: WheelLayout, selected: string | null): string | null {
    const drawn = segments(layout);
    for (const id of [this.active, selected]) if (drawn.some((seg) => seg.id === id)) return id;
    return layout.themes[0]?.id ?? null;
  }

  #idOf(e: Event): string | null {
    // The events come from the wheel's box, so from elements.
    return (e.target as Element).closest<SVGElement>('[data-id]')?.dataset.id ?? null;
  }

  onClick = (e: MouseEvent) => {
    const id = this.#idOf(e);
    if (id) this.options.choose(id);
  };

  onOver = (e: PointerEvent) => this.hover(this.#idOf(e));

  onLeave = () => this.hover(null);

  onFocusIn = (e: FocusEvent) => {
    const id = this.#idOf(e);
    if (!id) return;
    this.#set('active', id);
    this.#set('focused', (e.target as Element).matches(':focus-visible') ? id : null);
  };

  onFocusOut = () => this.#set('focused', null);

  onKey = (e: KeyboardEvent) => {
    const id = this.#idOf(e);
    if (!id) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.options.choose(id);
    } else if (e.key === 'Escape') {
      if (this.options.close()) e.preventDefault();
    } else if (KEYS.includes(e.key)) {
      e.preventDefault();
      const next = navigate(this.options.shown(), id, e.key);
      if (next) this.activate(next, true);
    }
  };
}
