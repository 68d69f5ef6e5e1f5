import { boxOf, project, type Box, type Point } from './signatory-map.layout.js';

/** The part of TopoJSON the basemap uses: quantized, delta-encoded arcs and (multi)polygons. */
export interface Topology {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}
export interface TopoGeometry {
  type: string;
  id?: string;
  arcs?: number[][] | number[][][];
  properties?: { name?: string; note?: string };
}

/**
 * The basemap's paths are in projected units times this: whole numbers, each point written relative to
 * the one before, at about the basemap's own precision (0.003°).
 */
export const PATH_SCALE = 2e4;

/** A country, projected: an SVG path in units of 1 / PATH_SCALE and the box of its largest polygon in projected units. */
export interface Shape {
  id: string;
  name: string;
  note?: string;
  d: string;
  main: Box;
}

/** Each arc's points, decoded and projected once (arcs are shared by neighbouring countries). */
function projectArcs({ arcs, transform: { scale: [sx, sy], translate: [tx, ty] } }: Topology): Point[][] {
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => project((x += dx) * sx + tx, (y += dy) * sy + ty));
  });
}

const n = (v: number) => Math.round(v * 1e5) / 1e5;

function ring(arcs: Point[][], indexes: number[]): Point[] {
  const points: Point[] = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** A closed ring as a path of whole numbers: `M` to the first point, then `l` steps (zero steps left out). */
function pathOf(points: Point[]): string {
  const [first, ...rest] = points.map((p) => [Math.round(p.x * PATH_SCALE), Math.round(p.y * PATH_SCALE)]);
  let [x, y] = first;
  const steps: string[] = [];
  for (const [px, py] of rest) {
    if (px !== x || py !== y) steps.push(`${px - x} ${py - y}`);
    [x, y] = [px, py];
  }
  return `M${first.join(' ')}${steps.length ? `l${steps.join(' ')}` : ''}z`.replace(/ -/g, '-');
}

/**
 * The countries of a TopoJSON object in the map's projection. Geometries without an id or arcs are
 * skipped, so a damaged basemap draws what it can. Run at build time (`scripts/data/build.mjs` writes
 * data/europe.shapes.json from data/europe.topo.json), so that pages neither load nor run it.
 */
export function shapes(topo: Topology, object = 'countries'): Shape[] {
  const arcs = projectArcs(topo);
  const out: Shape[] = [];
  for (const g of topo.objects[object]?.geometries ?? []) {
    if (!g.id || !g.arcs) continue;
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []) as number[][][];
    if (!polygons.length) continue;
    let main: Box | undefined;
    let area = -1;
    const d: string[] = [];
    for (const polygon of polygons) {
      const rings = polygon.map((r) => ring(arcs, r));
      d.push(...rings.map(pathOf));
      const box = boxOf(rings[0]);
      const a = (box.x1 - box.x0) * (box.y1 - box.y0);
      if (a > area) [main, area] = [box, a];
    }
    const box = { x0: n(main!.x0), y0: n(main!.y0), x1: n(main!.x1), y1: n(main!.y1) };
    out.push({ id: g.id, name: g.properties?.name ?? g.id, ...(g.properties?.note ? { note: g.properties.note } : {}), d: d.join(''), main: box });
  }
  return out;
}
