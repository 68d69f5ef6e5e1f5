import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clamp } from '../shared/math.js';
import { ease, type Drill } from './commitment-wheel.layout.js';

/** How long opening or closing a theme takes, in milliseconds. */
export const DURATION = 650;

/**
 * Opens and closes the wheel on a theme: keeps the drill state (which theme, how far open) and
 * animates it with the host's updates, unless motion is reduced or the host is drawn for the first time.
 */
export class DrillController implements ReactiveController {
  /** The theme index the wheel is open on, or opening or closing towards; null when closed. */
  target: number | null = null;
  /** What to draw now: the theme and how far it is open; null when closed. */
  drill: Drill | null = null;
  #frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    cancelAnimationFrame(this.#frame);
    if (this.target === null) this.drill = null;
    else this.drill = { index: this.target, t: 1 };
  }

  /** Moves towards `target`; `animate` false jumps there. Switching from one open theme to another always jumps. */
  set(target: number | null, animate: boolean) {
    if (target === this.target) return;
    const from = this.target;
    this.target = target;
    cancelAnimationFrame(this.#frame);
    if (!animate || matchMedia('(prefers-reduced-motion: reduce)').matches || (from !== null && target !== null)) {
      this.drill = target === null ? null : { index: target, t: 1 };
      return;
    }
    const index = (target ?? from) as number;
    const begin = this.drill?.t ?? 0;
    const end = target === null ? 0 : 1;
    const started = performance.now();
    const step = (now: number) => {
      const p = clamp((now - started) / (DURATION * Math.abs(end - begin) || 1), 0, 1);
      this.drill = p >= 1 && end === 0 ? null : { index, t: begin + (end - begin) * ease(p) };
      this.host.requestUpdate();
      if (p < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }
}
