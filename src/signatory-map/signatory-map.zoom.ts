import { zoomAbout, type Point, type Transform } from './signatory-map.layout.js';
import type { ViewController } from './signatory-map.view.js';

/**
 * The view the gestures move: its zoom, a move at once, and the hint a plain wheel over an unfocused map
 * shows (the page scrolls, and the map says how to zoom).
 */
export type GestureView = Pick<ViewController, 'zoom' | 'set' | 'hint'>;

const TAP = 6;

/**
 * Pan and zoom by pointer: drag, pinch, wheel (with Ctrl or once the map has focus, so that the page
 * still scrolls past an embedded map), double-click; a short press without movement is a tap.
 * Bind the handlers to the map's surface.
 */
export class Gestures {
  #pointers = new Map<number, Point>();
  #start?: { view: Transform; points: Point[]; moved: boolean };

  constructor(
    private readonly view: GestureView,
    private readonly tap: (p: Point) => void,
    private readonly hover: (p: Point | null) => void,
  ) {}

  #at(e: MouseEvent): Point {
    const box = (e.currentTarget as Element).getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  #begin() {
    this.#start = { view: this.view.zoom, points: [...this.#pointers.values()], moved: this.#start?.moved ?? false };
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
      if (e.pointerType !== 'touch') this.hover(p);
      return;
    }
    this.#pointers.set(e.pointerId, p);
    const start = this.#start!;
    const now = [...this.#pointers.values()];
    if (!start.moved && Math.hypot(p.x - start.points[0].x, p.y - start.points[0].y) < TAP && now.length === 1) return;
    start.moved = true;
    this.hover(null);
    const [a0, b0] = start.points;
    const [a1, b1] = now;
    if (now.length === 1 || !b0 || !b1) {
      const v = start.view;
      this.view.set({ k: v.k, x: v.x + a1.x - a0.x, y: v.y + a1.y - a0.y });
      return;
    }
    const mid0 = { x: (a0.x + b0.x) / 2, y: (a0.y + b0.y) / 2 };
    const mid1 = { x: (a1.x + b1.x) / 2, y: (a1.y + b1.y) / 2 };
    const factor = Math.hypot(a1.x - b1.x, a1.y - b1.y) / Math.max(1, Math.hypot(a0.x - b0.x, a0.y - b0.y));
    const zoomed = zoomAbout(start.view, factor, mid0);
    this.view.set({ k: zoomed.k, x: zoomed.x + mid1.x - mid0.x, y: zoomed.y + mid1.y - mid0.y });
  };

  up = (e: PointerEvent) => {
    if (!this.#pointers.delete(e.pointerId)) return;
    const tap = this.#start && !this.#start.moved && this.#pointers.size === 0 && e.type === 'pointerup';
    if (tap) this.tap(this.#at(e));
    if (this.#pointers.size) this.#begin();
  };

  leave = (e: PointerEvent) => {
    if (!this.#pointers.size && e.pointerType !== 'touch') this.hover(null);
  };

  wheel = (e: WheelEvent) => {
    const focused = (e.currentTarget as Element).matches(':focus-within');
    if (!e.ctrlKey && !e.metaKey && !focused) {
      this.view.hint();
      return;
    }
    e.preventDefault();
    const dy = e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1);
    this.view.set(zoomAbout(this.view.zoom, Math.exp(-dy * (e.ctrlKey ? 0.01 : 0.002)), this.#at(e)));
  };

  dblclick = (e: MouseEvent) => {
    e.preventDefault();
    this.view.set(zoomAbout(this.view.zoom, e.shiftKey ? 0.5 : 2, this.#at(e)));
  };
}
