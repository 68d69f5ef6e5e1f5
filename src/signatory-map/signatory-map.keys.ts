import type { Item } from './signatory-map.clusters.js';
import * as L from './signatory-map.layout.js';
import type { ViewController } from './signatory-map.view.js';

const DIRECTIONS: Record<string, L.Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** What the map's keyboard drives. */
export interface KeyHost {
  readonly view: ViewController;
  active(): Item | undefined;
  /** The items drawn now. */
  items(): readonly Item[];
  /** Makes an item the active one (ring, tooltip, announcement). */
  move(item: Item): void;
  /** Enter or Space on the active item. */
  activate(item: Item | undefined): void;
  /** Escape: clears the selection or the active item; false when there was nothing to clear. */
  escape(): boolean;
}

/** The item an arrow key moves to: the nearest in that direction, or the one nearest the centre when none is active. */
function next(host: KeyHost, direction: L.Direction): Item | undefined {
  const s = host.view.screen();
  const items = host.items();
  const points = items.map((i) => L.apply(s, i));
  const active = host.active();
  if (active) return items[L.nearestInDirection(L.apply(s, active), points, direction)];
  const mid = { x: host.view.width / 2, y: host.view.height / 2 };
  const d = (p: L.Point) => Math.hypot(p.x - mid.x, p.y - mid.y);
  return items[points.reduce((best, p, i) => (d(p) < d(points[best]) ? i : best), 0)];
}

/**
 * The keydown handler of the map, which is one tab stop: arrow keys move to the nearest item in that
 * direction (and bring it into view), Enter or Space activates, + and − zoom, Home goes home, Escape clears.
 */
export const mapKeys = (host: KeyHost) => (e: KeyboardEvent) => {
  const { view } = host;
  const direction = DIRECTIONS[e.key];
  if (direction) {
    const item = next(host, direction);
    if (item) {
      host.move(item);
      const p = L.apply(view.screen(), item);
      if (p.x < 16 || p.y < 16 || p.x > view.width - 16 || p.y > view.height - 16) view.centre(item, view.zoom.k);
    }
  } else if (e.key === 'Enter' || e.key === ' ') host.activate(host.active());
  else if (e.key === '+' || e.key === '=') view.zoomBy(2);
  else if (e.key === '-' || e.key === '_') view.zoomBy(0.5);
  else if (e.key === 'Home') view.goHome();
  else if (e.key !== 'Escape' || !host.escape()) return;
  e.preventDefault();
};
