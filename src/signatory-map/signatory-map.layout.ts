import { clamp } from '../shared/math.js';

/** A position in a plane: projected units, base pixels (the fitted map at zoom 1) or screen pixels. */
export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** A zoom: `screen = base × k + (x, y)`. */
export interface Transform {
  k: number;
  x: number;
  y: number;
}
/** How the projected plane maps to base pixels: `base = unit × s + (x, y)`. */
export type Fit = Transform;

const RAD = Math.PI / 180;
const SIN0 = Math.sin(52 * RAD);
const COS0 = Math.cos(52 * RAD);

/**
 * The EU's statistical projection: Lambert azimuthal equal-area centred at 52°N 10°E (the shape of
 * EPSG:3035) on the unit sphere, y pointing down. Written out because d3-geo's path machinery would
 * take a third of the element's size budget; the tests check it against d3-geo.
 */
export function project(lon: number, lat: number): Point {
  const l = (lon - 10) * RAD;
  const p = lat * RAD;
  const cosP = Math.cos(p);
  const cosL = Math.cos(l);
  const k = Math.sqrt(2 / (1 + SIN0 * Math.sin(p) + COS0 * cosP * cosL));
  return { x: k * cosP * Math.sin(l), y: -k * (COS0 * Math.sin(p) - SIN0 * cosP * cosL) };
}

export const emptyBox = (): Box => ({ x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity });

export function extend(box: Box, p: Point): Box {
  box.x0 = Math.min(box.x0, p.x);
  box.y0 = Math.min(box.y0, p.y);
  box.x1 = Math.max(box.x1, p.x);
  box.y1 = Math.max(box.y1, p.y);
  return box;
}

export const boxOf = (points: Iterable<Point>): Box => {
  const box = emptyBox();
  for (const p of points) extend(box, p);
  return box;
};

/** Extends `box` to hold `other` too. */
export const union = (box: Box, other: Box) => extend(extend(box, { x: other.x0, y: other.y0 }), { x: other.x1, y: other.y1 });

/** The map's usual frame: mainland Portugal to Finland, Ireland to Cyprus. */
export const EUROPE: Box = boxOf([
  [-10.5, 36],
  [-10.5, 60],
  [10, 35],
  [10, 70.5],
  [33, 35],
  [32, 70.5],
  [24, 35],
].map(([lon, lat]) => project(lon, lat)));

/** The transform that centres `box` in a `width` × `height` area with `pad` pixels around it; at most `max` zoom. */
export function fitBox(box: Box, width: number, height: number, pad = 0, max = Infinity): Transform {
  const w = Math.max(box.x1 - box.x0, 1e-9);
  const h = Math.max(box.y1 - box.y0, 1e-9);
  const k = clamp(Math.min((width - 2 * pad) / w, (height - 2 * pad) / h), 1e-9, max);
  return { k, x: width / 2 - ((box.x0 + box.x1) / 2) * k, y: height / 2 - ((box.y0 + box.y1) / 2) * k };
}

export const apply = (t: Transform, p: Point): Point => ({ x: p.x * t.k + t.x, y: p.y * t.k + t.y });
export const invert = (t: Transform, p: Point): Point => ({ x: (p.x - t.x) / t.k, y: (p.y - t.y) / t.k });
export const mapBox = (t: Transform, b: Box): Box => ({ x0: b.x0 * t.k + t.x, y0: b.y0 * t.k + t.y, x1: b.x1 * t.k + t.x, y1: b.y1 * t.k + t.y });

export const ZOOM_MIN = 1;
export const ZOOM_MAX = 256;

/**
 * Keeps a zoom within its limits and the map on screen: the base area `width` × `height`, scaled,
 * must still cover the middle of the view.
 */
export function constrain(t: Transform, width: number, height: number): Transform {
  const k = clamp(t.k, ZOOM_MIN, ZOOM_MAX);
  const within = (v: number, size: number) => clamp(v, size / 2 - size * k, size / 2);
  return { k, x: within(t.x, width), y: within(t.y, height) };
}

/** Zooms by `factor` about the screen point `p`, which stays in place. */
export function zoomAbout(t: Transform, factor: number, p: Point): Transform {
  const k = clamp(t.k * factor, ZOOM_MIN, ZOOM_MAX);
  return { k, x: p.x - ((p.x - t.x) * k) / t.k, y: p.y - ((p.y - t.y) * k) / t.k };
}

/** Zoom level of a scale: one level per factor √2, so clusters split in small steps. */
export const levelOf = (k: number) => Math.max(0, Math.floor(Math.log2(k) * 2 + 1e-9));
export const levelScale = (level: number) => 2 ** (level / 2);

/**
 * The index of the candidate nearest to `from` in the direction of the unit vector `v` (screen axes,
 * y down), or -1. Points within 45° of the direction come first; distance across it counts twice, so a
 * point straight ahead beats a nearer one off to the side. Points merely on that side are the fallback.
 */
export function nearestInDirection(from: Point, candidates: readonly Point[], v: Point): number {
  let best = -1;
  let score = Infinity;
  candidates.forEach((c, i) => {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * v.x + dy * v.y;
    const across = Math.abs(dx * v.y - dy * v.x);
    if (along <= 1e-9) return;
    const s = along + 2 * across + (across > along ? 1e9 : 0);
    if (s < score) [best, score] = [i, s];
  });
  return best;
}

/** A pixel radius for a cluster of `count`: single marks 6px, growing slowly with the count. */
export const radiusOf = (count: number) => (count === 1 ? 6 : Math.min(22, 9 + 2 * Math.log2(count)));
