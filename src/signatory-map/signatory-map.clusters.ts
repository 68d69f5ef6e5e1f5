import type { Mark } from './signatory-map.data.js';
import * as L from './signatory-map.layout.js';

/** One drawn mark: a single member, or a cluster of members shown as a count bubble. */
export interface Cluster<T> extends L.Point {
  members: T[];
}

/**
 * A uniform grid of points for radius queries: the spatial index for clustering and hit-testing. (It
 * replaces d3-quadtree, whose 1.8 KB gzipped did not fit the element's size budget; for points queried
 * within one cell's reach a grid is as fast and far smaller.) Cells are hashed into as many buckets as
 * there are points, in typed arrays: no Map and little garbage (a Map was most of the clustering's time).
 */
export class Grid<T extends L.Point> {
  /** A bucket's points are `#order[#start[b]]` up to `#order[#start[b + 1]]`. */
  #start: Uint32Array;
  #order: Uint32Array;
  #mask: number;
  /** Each point's cell: a bucket may hold several cells, and a query takes only the points of its own. */
  #i: Int32Array;
  #j: Int32Array;

  constructor(
    readonly points: readonly T[],
    readonly size: number,
  ) {
    const n = points.length;
    this.#mask = 2 ** Math.ceil(Math.log2(n + 1)) - 1;
    const bucketOf = new Uint32Array(n);
    const start = (this.#start = new Uint32Array(this.#mask + 2));
    const ci = (this.#i = new Int32Array(n));
    const cj = (this.#j = new Int32Array(n));
    for (let k = 0; k < n; k++) start[(bucketOf[k] = this.#bucket((ci[k] = Math.floor(points[k].x / size)), (cj[k] = Math.floor(points[k].y / size)))) + 1]++;
    for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
    const next = start.slice(0, -1);
    this.#order = new Uint32Array(n);
    for (let k = 0; k < n; k++) this.#order[next[bucketOf[k]]++] = k;
  }

  /** The bucket of a cell: cells that share one cost only distance checks. */
  #bucket(i: number, j: number) {
    return (Math.imul(i, 0x9e3779b1) ^ Math.imul(j, 0x85ebca77)) & this.#mask;
  }

  /** Calls `f` with every point within `r` of `(x, y)`, its squared distance and its index. */
  near(x: number, y: number, r: number, f: (p: T, d2: number, index: number) => void) {
    const { size: s, points } = this;
    const start = this.#start;
    const order = this.#order;
    const [ci, cj] = [this.#i, this.#j];
    for (let i = Math.floor((x - r) / s), i1 = Math.floor((x + r) / s); i <= i1; i++) {
      for (let j = Math.floor((y - r) / s), j1 = Math.floor((y + r) / s); j <= j1; j++) {
        const b = this.#bucket(i, j);
        for (let at = start[b]; at < start[b + 1]; at++) {
          const k = order[at];
          if (ci[k] !== i || cj[k] !== j) continue;
          const p = points[k];
          const d2 = (p.x - x) ** 2 + (p.y - y) ** 2;
          if (d2 <= r * r) f(p, d2, k);
        }
      }
    }
  }

  /** The point nearest to `(x, y)` within `r`, if any. */
  find(x: number, y: number, r: number): T | undefined {
    let best: T | undefined;
    let min = Infinity;
    this.near(x, y, r, (p, d2) => d2 < min && ((best = p), (min = d2)));
    return best;
  }
}

/** One level of a cluster hierarchy, with a grid of its items. */
export interface Level<T> {
  items: Cluster<T>[];
  grid: Grid<Cluster<T>>;
}

/**
 * Greedy distance clustering of clusters: each item not yet taken gathers every free item within
 * `radius` (in the items' own units) and sits at their members' centroid; an item that gathers nothing
 * stays as it is. Input order decides ties, so the result is stable. `grid` indexes `items` (any cell size).
 */
export function merge<T>(grid: Grid<Cluster<T>>, radius: number): Cluster<T>[] {
  const items = grid.points;
  const taken = new Uint8Array(items.length);
  const out: Cluster<T>[] = [];
  const near: number[] = [];
  const gather = (_: unknown, __: number, j: number) => void (!taken[j] && ((taken[j] = 1), near.push(j)));
  for (let i = 0; i < items.length; i++) {
    if (taken[i]) continue;
    const p = items[i];
    near.length = 0;
    grid.near(p.x, p.y, radius, gather);
    taken[i] = 1;
    if (near.length <= 1) {
      out.push(p);
      continue;
    }
    const members: T[] = [];
    let sx = 0;
    let sy = 0;
    // Indexed loops: this runs once, before the code is optimised, where `for…of` costs a fifth more.
    for (let a = 0; a < near.length; a++) {
      const q = items[near[a]];
      const qm = q.members;
      for (let b = 0; b < qm.length; b++) members.push(qm[b]);
      sx += q.x * qm.length;
      sy += q.y * qm.length;
    }
    out.push({ x: sx / members.length, y: sy / members.length, members });
  }
  return out;
}

/**
 * Clusters for every level at once, as supercluster does: the last level holds each point alone, and
 * each coarser level merges the one below with its radius (`radii`, one per clustered level, growing
 * towards level 0). A cluster is thus always a union of the clusters one level finer: zooming in splits
 * bubbles and never reshuffles them, and changing level is a lookup.
 */
export function hierarchy<T extends L.Point>(points: readonly T[], radii: readonly number[]): Level<T>[] {
  const items = points.map((p) => ({ x: p.x, y: p.y, members: [p] }));
  const levels: Level<T>[] = [];
  levels[radii.length] = { items, grid: new Grid(items, radii[radii.length - 1] ?? 1) };
  for (let z = radii.length - 1; z >= 0; z--) {
    const items = merge(levels[z + 1].grid, radii[z]);
    levels[z] = { items, grid: new Grid(items, radii[z - 1] ?? radii[z]) };
  }
  return levels;
}

/** A drawn mark: a signatory, a cluster of them, or (in the countries view) a country. */
export type Item = Cluster<Mark> & { country?: string };

/** Cluster and hit radii in screen pixels. */
const CLUSTER = 28;
const HIT = 32;
/**
 * Levels are absolute, so that a resize keeps them: level 0 is drawn up to a screen scale of S0 √2
 * pixels per projected unit, each level √2 finer. A map fits Europe at 270 (narrow) to 1,080 (tall)
 * pixels per unit, so TOP clustered levels reach the largest maximum zoom.
 */
const S0 = 256;
export const TOP = L.levelOf((1100 * L.ZOOM_MAX) / S0) + 1;
const RADII = Array.from({ length: TOP }, (_, z) => CLUSTER / (S0 * L.levelScale(z)));
/** The finest level made before the first draw: a map fitting Europe shows it zoomed in 20 to 40 times. */
const SPLIT = 10;

/** How far a view is zoomed: its screen scale (pixels per projected unit) and its zoom factor. */
export interface Scale {
  s: number;
  k: number;
}

/**
 * The marks clustered for every zoom level, once per set of marks (`hierarchy`); the view picks a level.
 * Made in two parts, so that a first draw pays only for the levels it can show: at first, the levels
 * up to SPLIT, from the marks merged at once with SPLIT's radius; the finer levels from each cluster of
 * level SPLIT clustered on its own (its part), made a few at a time after that (`prepare`) or when a
 * level is first asked for. They nest as the levels of one hierarchy do. Making every level from the marks
 * alone took 20 merges of every mark before the first draw.
 */
export class Clusters {
  readonly #levels: Level<Mark>[];
  /** The finer levels of level SPLIT's clusters, each on its own, in their order: those made so far. */
  readonly #parts: Level<Mark>[][] = [];

  constructor(readonly marks: readonly Mark[]) {
    this.#levels = hierarchy(marks, RADII.slice(0, SPLIT + 1)).slice(0, SPLIT + 1);
  }

  /** Makes parts while `more()` holds, one at least; true once all are made. */
  #part(more: () => boolean): boolean {
    const coarse = this.#levels[SPLIT].items;
    while (this.#parts.length < coarse.length) {
      this.#parts.push(hierarchy(coarse[this.#parts.length].members, RADII.slice(SPLIT + 1)));
      if (!more()) break;
    }
    return this.#parts.length === coarse.length;
  }

  /** Makes the parts in tasks of a few ms after this one, while `live()` holds, so that a deep zoom finds them made. */
  prepare(live: () => boolean) {
    setTimeout(() => {
      const end = performance.now() + 4;
      if (live() && !this.#part(() => performance.now() < end)) this.prepare(live);
    });
  }

  /** Level `z`, from 0 to TOP. */
  level(z: number): Level<Mark> {
    if (!this.#levels[z]) {
      this.#part(() => true);
      const items = this.#parts.flatMap((p) => p[z - SPLIT - 1].items);
      this.#levels[z] = { items, grid: new Grid(items, RADII[z - 1]) };
    }
    return this.#levels[z];
  }

  /** The level of a view: the marks alone at the maximum zoom, so that every one can be reached. */
  #level({ s, k }: Scale) {
    return this.level(k >= L.ZOOM_MAX ? TOP : Math.min(TOP - 1, L.levelOf(s / S0)));
  }

  /** The items drawn at a scale. */
  at(scale: Scale): Item[] {
    return this.#level(scale).items;
  }

  /** The item under a screen point, if any. */
  hit(screen: L.Transform, k: number, p: L.Point): Item | undefined {
    const u = L.invert(screen, p);
    const item = this.#level({ s: screen.k, k }).grid.find(u.x, u.y, HIT / screen.k);
    return item && Math.hypot(item.x - u.x, item.y - u.y) * screen.k <= L.radiusOf(item.members.length) + 4 ? item : undefined;
  }

  /** The smallest zoom factor from `k` on (and at least 2) at which `m` stands alone, for a fit of `fit` pixels per unit. */
  alone(m: Mark, k: number, fit: number): number {
    k = Math.max(k, 2);
    for (let z = L.levelOf((fit * k) / S0); z < TOP; z++) {
      if (this.level(z).items.find((i) => i.members.includes(m))?.members.length === 1) return Math.max(k, (S0 * L.levelScale(z) * 1.01) / fit);
    }
    return L.ZOOM_MAX;
  }
}

/** One item per country, at the middle of its signatories' box (the countries view). */
export function byCountry(marks: readonly Mark[]): Item[] {
  const groups = new Map<string, Mark[]>();
  for (const m of marks) groups.get(m.s.country)?.push(m) ?? groups.set(m.s.country, [m]);
  return [...groups].map(([country, members]) => {
    const box = L.boxOf(members);
    return { country, members, x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
  });
}

/** After the items changed: the one that holds what `old` held (the same country, or its first signatory). */
export const successor = (items: readonly Item[], old: Item) =>
  items.includes(old) ? old : items.find((i) => (old.country ? i.country === old.country : i.members.some((m) => m.s.id === old.members[0].s.id)));
