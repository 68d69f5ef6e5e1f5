import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DOCUMENT_IDS } from '../data/types.js';
import type { Mark } from './signatory-map.data.js';
import type { Cluster } from './signatory-map.clusters.js';
import { apply, radiusOf } from './signatory-map.layout.js';
import type { ViewController } from './signatory-map.view.js';

/** The colours the canvas needs, as computed `rgb()` values. */
export interface Palette {
  docs: string[];
  surface: string;
  text: string;
  focus: string;
  font: string;
}

/**
 * Reads the theme tokens through the computed colour of a probe in the shadow root: a token may be a
 * `color-mix()` or, in forced-colors mode, a system colour (`CanvasText`…), which only a computed style
 * resolves to the user's actual colour. The probe opts out of forced colours so that it reports the
 * token, not a forced text colour.
 */
function readPalette(host: Element): Palette {
  const probe = document.createElement('i');
  probe.style.cssText = 'display: none; forced-color-adjust: none';
  (host.shadowRoot ?? host).append(probe);
  const v = (token: string) => ((probe.style.color = `var(${token})`), getComputedStyle(probe).color);
  const palette = { docs: DOCUMENT_IDS.map((d) => v(`--_doc-${d}`)), surface: v('--_surface'), text: v('--_text'), focus: v('--_focus'), font: getComputedStyle(host).fontFamily || 'sans-serif' };
  probe.remove();
  return palette;
}

/** The palette of a host, read when first needed and again after the colour scheme, forced colours or the theme change. */
export class PaletteController implements ReactiveController {
  #palette?: Palette;
  #media = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected() {
    for (const m of this.#media) m.addEventListener('change', this.reset);
  }

  hostDisconnected() {
    for (const m of this.#media) m.removeEventListener('change', this.reset);
  }

  reset = () => {
    this.#palette = undefined;
    this.host.requestUpdate();
  };

  get value(): Palette {
    return (this.#palette ??= readPalette(this.host));
  }
}

const TAU = Math.PI * 2;

const cache = new WeakMap<Cluster<Mark>, [number, number][]>();

/** Shares of a full turn for each document present: equal for one signatory, by count for a cluster. */
function shares(item: Cluster<Mark>): [number, number][] {
  let known = cache.get(item);
  if (!known) cache.set(item, (known = count(item)));
  return known;
}

function count(item: Cluster<Mark>): [number, number][] {
  const counts = DOCUMENT_IDS.map(() => 0);
  for (const m of item.members) for (const d of m.docs) counts[DOCUMENT_IDS.indexOf(d)]++;
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  return counts.map((c, i) => [i, c / total] as [number, number]).filter(([, s]) => s > 0);
}

function mark(ctx: CanvasRenderingContext2D, item: Cluster<Mark>, x: number, y: number, p: Palette) {
  const n = item.members.length;
  const r = radiusOf(n);
  let a = -Math.PI / 2;
  ctx.beginPath();
  ctx.arc(x, y, r + 1.5, 0, TAU);
  ctx.fillStyle = p.surface;
  ctx.fill();
  if (n === 1) {
    for (const [doc, share] of shares(item)) {
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.arc(x, y, r, a, (a += share * TAU));
      ctx.closePath();
      ctx.fillStyle = p.docs[doc];
      ctx.fill();
    }
    return;
  }
  ctx.lineWidth = 4;
  for (const [doc, share] of shares(item)) {
    ctx.beginPath();
    ctx.arc(x, y, r - 2, a, (a += share * TAU));
    ctx.strokeStyle = p.docs[doc];
    ctx.stroke();
  }
  ctx.fillStyle = p.text;
  ctx.fillText(n > 9999 ? `${Math.round(n / 1000)}k` : String(n), x, y + 0.5);
}

/** A ring of `colour` on a wider ring of the surface colour, which keeps it visible over marks and land. */
function ring(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, p: Palette, colour: string, width: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, TAU);
  for (const [c, w] of [[p.surface, width + 2], [colour, width]] as const) {
    ctx.lineWidth = w;
    ctx.strokeStyle = c;
    ctx.stroke();
  }
}

/** What the canvas needs of the map's view: its size and its projected-units-to-screen transform. */
export type Screen = Pick<ViewController, 'width' | 'height' | 'screen'>;

/** Draws the marks on screen, skipping those outside it; the active one gets a ring, the selected one a focus ring. */
export function draw(canvas: HTMLCanvasElement, view: Screen, items: readonly Cluster<Mark>[], p: Palette, active?: Cluster<Mark>, selectedId?: string) {
  const { width, height } = view;
  const t = view.screen();
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.font = `600 11px ${p.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  let selected: [number, number, number] | undefined;
  for (const item of items) {
    const x = item.x * t.k + t.x;
    const y = item.y * t.k + t.y;
    if (x < -30 || y < -30 || x > width + 30 || y > height + 30) continue;
    mark(ctx, item, x, y, p);
    if (selectedId && item.members.some((m) => m.s.id === selectedId)) selected = [x, y, radiusOf(item.members.length)];
  }
  if (selected) ring(ctx, selected[0], selected[1], selected[2] + 4, p, p.focus, 3);
  if (active) {
    const { x, y } = apply(t, active);
    ring(ctx, x, y, radiusOf(active.members.length) + (selected ? 8 : 4), p, p.text, 2);
  }
}
