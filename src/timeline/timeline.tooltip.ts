import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clamp } from '../shared/math.js';
import { styleProps } from '../shared/style-props.js';
import { buttonOf } from './timeline.render.js';
import type { EventView } from './timeline.view.js';

interface TooltipHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The tooltip of the hovered or keyboard-focused event (horizontal layout): it stays while the pointer
 * moves onto it (WCAG 1.4.13), goes on Escape, and follows a focused event as the track scrolls.
 */
export class TooltipController implements ReactiveController {
  tip?: { id: string; x: number; y: number };
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: TooltipHost) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
  }

  /** Shows the tooltip of the event `button`, above its marker. */
  show(button: HTMLElement) {
    clearTimeout(this.#timer);
    const frame = this.host.renderRoot.querySelector('.frame');
    const mark = button.querySelector('.marker');
    if (!frame || !mark || !button.dataset.id) return;
    const box = frame.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    this.tip = { id: button.dataset.id, x: m.left + m.width / 2 - box.left, y: button.getBoundingClientRect().top - box.top };
    this.host.requestUpdate();
  }

  hide = () => {
    clearTimeout(this.#timer);
    if (!this.tip) return;
    this.tip = undefined;
    this.host.requestUpdate();
  };

  onPointerOver = (e: PointerEvent) => {
    const button = buttonOf(e);
    if (button) this.show(button);
  };

  /** Leaving an event or the tooltip hides it a moment later, so that the pointer can cross between them. */
  onPointerOut = () => {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.hide, 200);
  };

  #keep = () => clearTimeout(this.#timer);

  render(views: Map<string, EventView>, frameWidth: number) {
    const v = this.tip && views.get(this.tip.id);
    if (!this.tip || !v) return nothing;
    const width = Math.min(256, frameWidth - 16);
    const left = clamp(this.tip.x - width / 2, 8, frameWidth - width - 8);
    return html`<div
      class="tooltip"
      part="tooltip"
      aria-hidden="true"
      style=${styleProps({ left: `${left}px`, top: `${this.tip.y}px`, width: `${width}px` })}
      @pointerenter=${this.#keep}
      @pointerleave=${this.onPointerOut}
    >
      <strong>${v.event.title}</strong>
      <span>${v.dates}</span>
      ${v.place ? html`<span>${v.place}</span>` : nothing}
    </div>`;
  }
}
