import type { Item } from './signatory-map.clusters.js';
import * as L from './signatory-map.layout.js';
import type { Selection } from './signatory-map.selection.js';
import type { ViewController } from './signatory-map.view.js';

/** The arrow keys' directions as unit vectors on screen (y down). */
const DIRECTIONS: Record<string, L.Point> = { ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };

/** What the map's keyboard drives: the active item (ring, tooltip, announcement), Enter and Escape. */
export type KeySelection = Pick<Selection, 'active' | 'move' | 'activate' | 'escape'>;

/** The item an arrow key moves to: the nearest in that direction, or the one nearest the centre when none is active. */
function next(view: ViewController, active: Item | undefined, items: readonly Item[], direction: L.Point): Item | undefined {
  const s = view.screen();
  const points = items.map((i) => L.apply(s, i));
  if (active) return items[L.nearestInDirection(L.apply(s, active), points, direction)];
  const mid = view.middle();
  const d = (p: L.Point) => Math.hypot(p.x - mid.x, p.y - mid.y);
  return items[points.reduce((best, p, i) => (d(p) < d(points[best]) ? i : best), 0)];
}

/**
 * The keydown handler of the map, which is one tab stop: arrow keys move to the nearest item in that
 * direction (and bring it into view), Enter or Space activates, + and − zoom, Home goes home, Escape clears.
 */
export const mapKeys = (view: ViewController, selection: KeySelection, items: () => readonly Item[]) => (e: KeyboardEvent) => {
  const direction = DIRECTIONS[e.key];
  if (direction) {
    const item = next(view, selection.active, items(), direction);
    if (item) {
      selection.move(item);
      const p = L.apply(view.screen(), item);
      if (p.x < 16 || p.y < 16 || p.x > view.width - 16 || p.y > view.height - 16) view.centre(item, view.zoom.k);
    }
  } else if (e.key === 'Enter' || e.key === ' ') selection.activate(selection.active);
  else if (e.key === '+' || e.key === '=') view.zoomBy(2);
  else if (e.key === '-' || e.key === '_') view.zoomBy(0.5);
  else if (e.key === 'Home') view.goHome();
  else if (e.key !== 'Escape' || !selection.escape()) return;
  e.preventDefault();
};
