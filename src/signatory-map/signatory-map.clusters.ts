import type { Mark } from './signatory-map.data.js';
import * as L from './signatory-map.layout.js';

/** A drawn mark: a signatory, a cluster of them, or (in the countries view) a country. */
export type Item = L.Cluster<Mark> & { country?: string };

/** Cluster and hit radii in screen pixels. */
const CLUSTER = 28;
const HIT = 32;

/** The marks clustered per zoom level for a fit, each level built on first use, with a grid to hit-test it. */
export class Clusters {
  #levels = new Map<number, { items: Item[]; grid: L.Grid<Item> }>();

  constructor(
    readonly marks: readonly Mark[],
    readonly fit: L.Fit,
  ) {}

  #level(level: number) {
    let found = this.#levels.get(level);
    if (!found) {
      const scale = this.fit.k * L.levelScale(level);
      const items: Item[] = level >= L.levelOf(L.ZOOM_MAX) ? this.marks.map((m) => ({ x: m.x, y: m.y, members: [m] })) : L.cluster(this.marks, CLUSTER / scale);
      this.#levels.set(level, (found = { items, grid: new L.Grid(items, HIT / scale) }));
    }
    return found;
  }

  /** The items at zoom `k`. */
  at(k: number): Item[] {
    return this.#level(L.levelOf(k)).items;
  }

  /** The item under a screen point, if any. */
  hit(screen: L.Transform, zoom: number, p: L.Point): Item | undefined {
    const u = L.invert(screen, p);
    const item = this.#level(L.levelOf(zoom)).grid.find(u.x, u.y, HIT / screen.k);
    return item && Math.hypot(item.x * screen.k + screen.x - p.x, item.y * screen.k + screen.y - p.y) <= L.radiusOf(item.members.length) + 4 ? item : undefined;
  }

  /** The smallest zoom from `k` on (and at least 2) at which `m` stands alone. */
  alone(m: Mark, k: number): number {
    let level = Math.max(L.levelOf(k), L.levelOf(2));
    while (level < L.levelOf(L.ZOOM_MAX) && (this.#level(level).items.find((i) => i.members.includes(m))?.members.length ?? 1) > 1) level++;
    return Math.max(k, L.levelScale(level) * 1.01);
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
