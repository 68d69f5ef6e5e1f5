import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface SizeHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The wheel's width in pixels: a first guess from the host, then the drawn wheel box's, observed. */
export class SizeController implements ReactiveController {
  /** In whole pixels, as observed and as guessed. */
  size = 0;
  #resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    if (width > 0 && width !== this.size) {
      this.size = width;
      this.host.requestUpdate();
    }
  });
  #observed?: Element;

  constructor(private readonly host: SizeHost) {
    host.addController(this);
  }

  hostUpdated() {
    // The wheel's box is new whenever the data reloads: observe the one drawn.
    const box = this.host.renderRoot.querySelector('.wheel');
    if (!box || box === this.#observed) return;
    this.#resize.disconnect();
    this.#resize.observe(box);
    this.#observed = box;
  }

  hostDisconnected() {
    this.#resize.disconnect();
    this.#observed = undefined;
  }

  /** Guesses the width before the first drawing, so that it is already at its size; call from `willUpdate`. */
  estimate() {
    if (this.size) return;
    const width = this.host.getBoundingClientRect().width || 480;
    const rem = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const wheel = width >= 40 * rem ? ((width - 1.5 * rem) * 3) / 5 : width;
    this.size = Math.round(Math.min(wheel, 40 * rem));
  }
}
