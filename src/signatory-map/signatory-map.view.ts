import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clamp } from '../shared/math.js';
import * as L from './signatory-map.layout.js';
import type { Shape } from './signatory-map.topology.js';

/** The box of some countries (the main part of each shape) and of `points` in them; none without countries. */
export function focusOf(countries: readonly string[], points: readonly L.Point[], shapes: readonly Shape[]): L.Box | undefined {
  if (!countries.length) return undefined;
  const box = L.boxOf(points);
  for (const s of shapes) if (countries.includes(s.id)) L.union(box, s.main);
  return box;
}

const IDENTITY: L.Transform = { k: 1, x: 0, y: 0 };
const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The map's size and zoom: follows the element's width, fits the projected frame to it, and moves the
 * zoom (at once, or animated unless the user prefers reduced motion). Transforms: projected units →
 * base pixels (`fit`, the map at zoom 1) → screen pixels (`zoom`).
 */
export class ViewController implements ReactiveController {
  width = 0;
  height = 0;
  zoom: L.Transform = IDENTITY;
  home: L.Transform = IDENTITY;
  fit: L.Fit = IDENTITY;
  /** The "Ctrl + scroll" hint is showing. */
  hinting = false;
  #fitted = '';
  #frame = 0;
  #hintTimer = 0;
  /** The map's box, once drawn: its size comes from the host's CSS box, never from the drawing. */
  #map?: Element;
  // Before the map is drawn, a guess from the host's width, in the next frame (no update inside the observer's).
  #resize = new ResizeObserver((entries) => {
    for (const { target, contentRect: r } of entries) {
      if (target === this.#map) this.#size(r.width, r.height);
      else if (!this.#map) requestAnimationFrame(() => this.#size(r.width, clamp(r.width * 0.8, 280, 720)));
    }
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    this.#resize.observe(this.host);
  }

  hostUpdated() {
    const map = this.host.shadowRoot?.querySelector('.map') ?? undefined;
    if (map === this.#map) return;
    if (this.#map) this.#resize.unobserve(this.#map);
    this.#map = map;
    if (!map) return;
    this.#resize.observe(map);
    // Measured now, not in the observer's next frame: the first frame shows the map at its own size.
    const { width, height } = map.getBoundingClientRect();
    this.#size(width, height, true);
  }

  hostDisconnected() {
    this.#resize.disconnect();
    this.#map = undefined;
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#hintTimer);
  }

  /** A new size, fitted by the next update; `during` an update, that is asked for once it ends (Lit warns of one asked for within). */
  #size(width: number, height: number, during?: boolean) {
    [width, height] = [Math.round(width), Math.round(height)];
    if (width === this.width && height === this.height) return;
    [this.width, this.height] = [width, height];
    if (during) this.host.updateComplete.then(() => this.host.requestUpdate());
    else this.host.requestUpdate();
  }

  #set<K extends 'zoom' | 'hinting'>(key: K, value: this[K]) {
    this[key] = value;
    this.host.requestUpdate();
  }

  /** The map's size changed since the last fit. */
  get resized() {
    return `${this.width}x${this.height}` !== this.#fitted;
  }

  /** Projected units to screen pixels. */
  screen(): L.Transform {
    const { k, x, y } = this.zoom;
    return { k: this.fit.k * k, x: this.fit.x * k + x, y: this.fit.y * k + y };
  }

  /** The middle of the map, in screen pixels. */
  middle(): L.Point {
    return { x: this.width / 2, y: this.height / 2 };
  }

  /** The zoom `k` that puts the base point `p` in the middle of the map. */
  #centred(p: L.Point, k: number): L.Transform {
    return { k, x: this.width / 2 - p.x * k, y: this.height / 2 - p.y * k };
  }

  #constrain(t: L.Transform) {
    return L.constrain(t, this.width, this.height);
  }

  /** The zoom that shows `focus` (projected units), or the whole frame. */
  #homeOf(focus: L.Box | undefined): L.Transform {
    if (!focus || !Number.isFinite(focus.x0)) return IDENTITY;
    return this.#constrain(L.fitBox(L.mapBox(this.fit, focus), this.width, this.height, 32, 24));
  }

  /** Fits `frame` (projected units) to the width; with `keep` (a resize) a zoomed map keeps its centre and scale. */
  refit(frame: L.Box, focus: L.Box | undefined, keep: boolean) {
    if (!this.width) return;
    keep &&= this.#fitted !== '' && (this.zoom.k !== this.home.k || this.zoom.x !== this.home.x);
    const centre = L.invert(this.screen(), this.middle());
    this.#fitted = `${this.width}x${this.height}`;
    this.fit = L.fitBox(frame, this.width, this.height, 16);
    this.home = this.#homeOf(focus);
    this.zoom = keep ? this.#constrain(this.#centred(L.apply(this.fit, centre), this.zoom.k)) : this.home;
  }

  /** A new focus (the filters changed): it becomes home, and the map goes there at once. */
  refocus(focus: L.Box | undefined) {
    this.zoom = this.home = this.#homeOf(focus);
  }

  /** Moves to a zoom at once (gestures). */
  set = (v: L.Transform) => {
    cancelAnimationFrame(this.#frame);
    this.#set('zoom', this.#constrain(v));
  };

  /** Moves to a zoom, animated unless the user prefers reduced motion. */
  animate(to: L.Transform) {
    to = this.#constrain(to);
    cancelAnimationFrame(this.#frame);
    if (reduced()) return this.#set('zoom', to);
    const from = this.zoom;
    const mid = this.middle();
    const [c0, c1] = [L.invert(from, mid), L.invert(to, mid)];
    const start = performance.now();
    const step = (now: number) => {
      const e = Math.min(1, (now - start) / 350);
      const s = 1 - (1 - e) ** 3;
      const k = from.k * (to.k / from.k) ** s;
      this.#set('zoom', e < 1 ? this.#centred({ x: c0.x + (c1.x - c0.x) * s, y: c0.y + (c1.y - c0.y) * s }, k) : to);
      if (e < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  zoomBy(factor: number) {
    this.animate(L.zoomAbout(this.zoom, factor, this.middle()));
  }

  goHome() {
    this.animate(this.home);
  }

  /** Centres a projected point at zoom `k`. */
  centre(p: L.Point, k: number) {
    this.animate(this.#centred(L.apply(this.fit, p), k));
  }

  /** Zooms to show a box of projected units, at most to `max` and at least twice the current zoom. */
  show(box: L.Box, max: number) {
    this.animate(L.fitBox(L.mapBox(this.fit, box), this.width, this.height, 48, Math.max(this.zoom.k * 2, max)));
  }

  /** Shows the "Ctrl + scroll" hint for a moment. */
  hint = () => {
    this.#set('hinting', true);
    clearTimeout(this.#hintTimer);
    this.#hintTimer = window.setTimeout(() => this.#set('hinting', false), 1500);
  };
}
