import { zoomAbout, type Point, type Transform } from './signatory-map.layout.js';

/** What the gestures drive. */
export interface GestureHost {
  view(): Transform;
  setView(view: Transform): void;
  tap(p: Point): void;
  hover(p: Point | null): void;
  /** A plain wheel over an unfocused map: the page scrolls, and the map says how to zoom. */
  hint(): void;
}

const TAP = 6;

/**
 * Pan and zoom by pointer: drag, pinch, wheel (with Ctrl or once the map has focus, so that the page
 * still scrolls past an embedded map), double-click; a short press without movement is a tap.
 * Bind the handlers to the map's surface.
 */
export class Gestures {
  #pointers = new Map<number, Point>();
  #start?: { view: Transform; points: Point[]; moved: boolean };

  constructor(private readonly host: GestureHost) {}

  #at(e: MouseEvent): Point {
    const box = (e.currentTarget as Element).getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  #begin() {
    this.#start = { view: this.host.view(), points: [...this.#pointers.values()], moved: this.#start?.moved ?? false };
  }

  down = (e: PointerEvent) => {
    if (e.button > 0) return;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    this.#pointers.set(e.pointerId, this.#at(e));
    if (this.#pointers.size === 1) this.#start = undefined;
    this.#begin();
  };

  move = (e: PointerEvent) => {
    const p = this.#at(e);
    if (!this.#pointers.has(e.pointerId)) {
      if (e.pointerType !== 'touch') this.host.hover(p);
      return;
    }
    this.#pointers.set(e.pointerId, p);
    const start = this.#start!;
    const now = [...this.#pointers.values()];
    if (!start.moved && Math.hypot(p.x - start.points[0].x, p.y - start.points[0].y) < TAP && now.length === 1) return;
    start.moved = true;
    this.host.hover(null);
    const [a0, b0] = start.points;
    const [a1, b1] = now;
    if (now.length === 1 || !b0 || !b1) {
      const v = start.view;
      this.host.setView({ k: v.k, x: v.x + a1.x - a0.x, y: v.y + a1.y - a0.y });
      return;
    }
    const mid0 = { x: (a0.x + b0.x) / 2, y: (a0.y + b0.y) / 2 };
    const mid1 = { x: (a1.x + b1.x) / 2, y: (a1.y + b1.y) / 2 };
    const factor = Math.hypot(a1.x - b1.x, a1.y - b1.y) / Math.max(1, Math.hypot(a0.x - b0.x, a0.y - b0.y));
    const zoomed = zoomAbout(start.view, factor, mid0);
    this.host.setView({ k: zoomed.k, x: zoomed.x + mid1.x - mid0.x, y: zoomed.y + mid1.y - mid0.y });
  };

  up = (e: PointerEvent) => {
    if (!this.#pointers.delete(e.pointerId)) return;
    const tap = this.#start && !this.#start.moved && this.#pointers.size === 0 && e.type === 'pointerup';
    if (tap) this.host.tap(this.#at(e));
    if (this.#pointers.size) this.#begin();
  };

  leave = (e: PointerEvent) => {
    if (!this.#pointers.size && e.pointerType !== 'touch') this.host.hover(null);
  };

  wheel = (e: WheelEvent) => {
    const focused = (e.currentTarget as Element).matches(':focus-within');
    if (!e.ctrlKey && !e.metaKey && !focused) {
      this.host.hint();
      return;
    }
    e.preventDefault();
    const dy = e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1);
    this.host.setView(zoomAbout(this.host.view(), Math.exp(-dy * (e.ctrlKey ? 0.01 : 0.002)), this.#at(e)));
  };

  dblclick = (e: MouseEvent) => {
    e.preventDefault();
    this.host.setView(zoomAbout(this.host.view(), e.shiftKey ? 0.5 : 2, this.#at(e)));
  };
}
