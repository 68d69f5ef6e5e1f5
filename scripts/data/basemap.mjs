// Builds the Europe basemap: Natural Earth 1:50m admin-0 countries (public domain), taken from
// the `world-atlas` package (ISC), cut to Europe, re-keyed by ISO 3166-1 alpha-2, simplified
// and quantized into a small TopoJSON topology with one object, `countries`.
//
// Conventions follow EU institutions' maps (data/README.md, "Country shapes"):
// - Cyprus is drawn whole: Natural Earth's "N. Cyprus" (no ISO code) is merged into CY.
// - Kosovo has the id XK and carries the usual designation footnote in `properties.note`.
// - "North Macedonia" (MK); "Türkiye" (TR), as in the EU Interinstitutional Style Guide.
// - Åland (separate in Natural Earth, ISO AX) is merged into Finland (FI).
// - Crimea is drawn as part of Ukraine (Natural Earth 4.1, as packaged in world-atlas 2,
//   draws it in Russia; the EU does not recognise the annexation).
// - Europe means Iceland to the Urals (cut along 60°E, which also cuts Kazakhstan), the
//   Azores, Madeira and the Canaries to the North Cape, with Türkiye, the Caucasus and Cyprus.
//   Greenland, Svalbard and territories outside BOX are left out.
//
// Deterministic: the same world-atlas input gives byte-identical output.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { geoClipRectangle, geoStream } from 'd3-geo';
import { topology } from 'topojson-server';
import { merge, feature, quantize } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);

/** [west, south, east, north] in degrees. The east edge (60°E) stands for the Urals. */
export const BOX = Object.freeze([-32, 27, 60, 72]);

/**
 * Visvalingam weight (spherical triangle area, in steradians) under which a point is dropped.
 * Fitted to 1200 px, this map is about 5.8 km per px; zoomed 4× it is about 1.45 km per px,
 * where half a square pixel is about 1 km², or 2.6e-8 sr. So 2e-8 sr only drops points whose
 * Visvalingam triangle is under half a square pixel at 4× zoom. Natural Earth 50m is already
 * generalised for about this scale, so few points go (about 1.5%); most of the saving comes
 * from quantization.
 */
export const MIN_WEIGHT = 2e-8;

/**
 * Quantization of the output: a 3e4 × 3e4 grid over the bbox, cells of about 0.003° × 0.0015°
 * (≈ 200 m × 165 m), a tenth of a pixel at 4× zoom and close to world-atlas's own grid.
 * 1e5 would add ~5 KB gzipped for no visible gain; 1e4 would start to square off micro-states.
 */
export const QUANTIZATION = 3e4;

/** Every ring keeps at least this many distinct vertices, so micro-states stay drawable. */
const MIN_RING_VERTICES = 4;

export const KOSOVO_NOTE =
  'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.';

/**
 * ISO 3166-1 numeric (as in world-atlas) → [alpha-2, English name]. Hand-checked against
 * ISO 3166-1; names as in the EU Interinstitutional Style Guide (short forms).
 * Only these countries are kept; everything else in world-atlas is left out.
 */
const COUNTRIES = {
  '008': ['AL', 'Albania'],
  '020': ['AD', 'Andorra'],
  '031': ['AZ', 'Azerbaijan'],
  '040': ['AT', 'Austria'],
  '051': ['AM', 'Armenia'],
  '056': ['BE', 'Belgium'],
  '070': ['BA', 'Bosnia and Herzegovina'],
  '100': ['BG', 'Bulgaria'],
  '112': ['BY', 'Belarus'],
  '191': ['HR', 'Croatia'],
  '196': ['CY', 'Cyprus'],
  '203': ['CZ', 'Czechia'],
  '208': ['DK', 'Denmark'],
  '233': ['EE', 'Estonia'],
  '234': ['FO', 'Faroe Islands'],
  '246': ['FI', 'Finland'],
  '248': ['FI', 'Finland'], // Åland (AX): part of Finland
  '250': ['FR', 'France'],
  '268': ['GE', 'Georgia'],
  '276': ['DE', 'Germany'],
  '292': ['GI', 'Gibraltar'], // not in Natural Earth 50m, listed for completeness
  '300': ['GR', 'Greece'],
  '336': ['VA', 'Vatican City'],
  '348': ['HU', 'Hungary'],
  '352': ['IS', 'Iceland'],
  '372': ['IE', 'Ireland'],
  '380': ['IT', 'Italy'],
  '398': ['KZ', 'Kazakhstan'], // cut at 60°E
  '428': ['LV', 'Latvia'],
  '438': ['LI', 'Liechtenstein'],
  '440': ['LT', 'Lithuania'],
  '442': ['LU', 'Luxembourg'],
  '470': ['MT', 'Malta'],
  '492': ['MC', 'Monaco'],
  '498': ['MD', 'Moldova'],
  '499': ['ME', 'Montenegro'],
  '528': ['NL', 'Netherlands'],
  '578': ['NO', 'Norway'],
  '616': ['PL', 'Poland'],
  '620': ['PT', 'Portugal'],
  '642': ['RO', 'Romania'],
  '643': ['RU', 'Russia'], // cut at 60°E
  '674': ['SM', 'San Marino'],
  '688': ['RS', 'Serbia'],
  '703': ['SK', 'Slovakia'],
  '705': ['SI', 'Slovenia'],
  '724': ['ES', 'Spain'],
  '752': ['SE', 'Sweden'],
  '756': ['CH', 'Switzerland'],
  '792': ['TR', 'Türkiye'],
  '804': ['UA', 'Ukraine'],
  '807': ['MK', 'North Macedonia'],
  '826': ['GB', 'United Kingdom'],
  '831': ['GG', 'Guernsey'],
  '832': ['JE', 'Jersey'],
  '833': ['IM', 'Isle of Man'],
};

/** world-atlas features that have no ISO numeric id, matched by their Natural Earth name. */
const BY_NAME = {
  Kosovo: ['XK', 'Kosovo'],
  'N. Cyprus': ['CY', 'Cyprus'],
};

/** Crimea (with Sevastopol): the Russia polygons lying wholly inside this lon/lat box. */
const CRIMEA_BOX = [32, 44, 36.7, 46.3];

function keyOf(geometry) {
  if (geometry.id != null) return COUNTRIES[geometry.id];
  return BY_NAME[geometry.properties?.name];
}

/** Planar signed area of a closed ring in lon/lat; negative = clockwise = d3 exterior. */
function planarArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; ++i) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2;
}

function ringContains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Rounds away float noise, so the point where a border meets the 60°E cut comes out identical
// in both countries' rings (Russia and Kazakhstan) and the cut stays one shared topology node.
const snap = (v) => Math.round(v * 1e7) / 1e7;

/** Closes a ring, drops repeated points; null if fewer than 3 distinct points remain. */
function cleanRing(points) {
  const out = [];
  for (const [x, y] of points) {
    const p = [snap(x), snap(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  if (out.length < 3) return null;
  out.push(out[0].slice());
  return out;
}

/**
 * Clips one GeoJSON polygon (array of rings, d3 winding) to BOX, in lon/lat, with d3-geo's
 * rectangle clip (which expects screen coordinates, so latitude is negated on the way in and
 * out). Returns an array of polygons. Land is only ever cut along the east edge (the Urals):
 * a polygon that the west, south or north edge would cut (an island such as Novaya Zemlya)
 * is left out whole rather than drawn with a straight edge.
 */
function clipPolygon(polygon) {
  const [W, S, E, N] = BOX;
  const outer = polygon[0];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of outer) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x1 < W || x0 > E || y1 < S || y0 > N) return [];
  if (x0 >= W && x1 <= E && y0 >= S && y1 <= N) {
    const rings = polygon.map(cleanRing);
    return rings[0] ? [rings.filter(Boolean)] : [];
  }

  const rings = [];
  let ring = null;
  const sink = {
    polygonStart() {},
    polygonEnd() {},
    lineStart() { ring = []; },
    lineEnd() { rings.push(ring); ring = null; },
    point(x, y) { ring.push([x, -y]); },
    sphere() {},
  };
  const clip = geoClipRectangle(W, -N, E, -S)(sink);
  geoStream(
    { type: 'Polygon', coordinates: polygon },
    {
      polygonStart: () => clip.polygonStart(),
      polygonEnd: () => clip.polygonEnd(),
      lineStart: () => clip.lineStart(),
      lineEnd: () => clip.lineEnd(),
      point: (x, y) => clip.point(x, -y),
      sphere() {},
    },
  );

  const cleaned = rings.map(cleanRing).filter(Boolean);
  const cutElsewhere = cleaned.some((r) => r.some(([x, y]) => x === W || y === S || y === N));
  if (cutElsewhere) return [];

  const exteriors = cleaned.filter((r) => planarArea(r) < 0).map((r) => [r]);
  for (const hole of cleaned.filter((r) => planarArea(r) > 0)) {
    const owner = exteriors.find((p) => ringContains(p[0], hole[0]));
    if (owner) owner.push(hole);
  }
  return exteriors;
}

/** Splits world-atlas's Russia (a MultiPolygon) into Crimea and the rest. */
function splitCrimea(world, geometry) {
  const [x0, y0, x1, y1] = CRIMEA_BOX;
  const crimea = [];
  const rest = [];
  for (const polygonArcs of geometry.arcs) {
    const ring = feature(world, { type: 'Polygon', arcs: [polygonArcs[0]] }).geometry.coordinates[0];
    const inside = ring.every(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
    (inside ? crimea : rest).push(polygonArcs);
  }
  return {
    crimea: crimea.length ? { type: 'MultiPolygon', arcs: crimea } : null,
    rest: { ...geometry, arcs: rest },
  };
}

/**
 * Natural Earth rings that cross the antimeridian (Russia's mainland, through Chukotka) jump
 * from 180° to -180°; shift their western points by 360° so a planar clip sees one shape.
 */
function unwrapAntimeridian(polygon) {
  const jumps = polygon.some((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180));
  if (!jumps) return polygon;
  return polygon.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
}

/** The European countries as GeoJSON features keyed by alpha-2, clipped, sorted by id. */
async function europeFeatures() {
  const file = require.resolve('world-atlas/countries-50m.json');
  const world = JSON.parse(await readFile(file, 'utf8'));

  /** alpha-2 → { name, geometries[] } */
  const groups = new Map();
  for (let geometry of world.objects.countries.geometries) {
    const key = keyOf(geometry);
    if (!key) continue;
    let [id, name] = key;
    if (id === 'RU') {
      const { crimea, rest } = splitCrimea(world, geometry);
      if (!crimea) throw new Error('basemap: no Crimea in the Russia geometry; has world-atlas changed?');
      if (!groups.has('UA')) groups.set('UA', { name: COUNTRIES['804'][1], geometries: [] });
      groups.get('UA').geometries.push(crimea);
      geometry = rest;
    }
    if (!groups.has(id)) groups.set(id, { name, geometries: [] });
    groups.get(id).geometries.push(geometry);
  }

  const features = [];
  for (const id of [...groups.keys()].sort()) {
    const { name, geometries } = groups.get(id);
    // merge() dissolves the shared border (Cyprus / N. Cyprus); keeps separate parts otherwise.
    const merged =
      geometries.length > 1 ? merge(world, geometries) : feature(world, geometries[0]).geometry;
    const polygons = merged.type === 'Polygon' ? [merged.coordinates] : merged.coordinates;
    // Natural Earth 50m has no European island small enough to be worth filtering out, so
    // every polygon inside BOX is kept; simplification keeps each ring drawable.
    const kept = polygons.map(unwrapAntimeridian).flatMap(clipPolygon);
    if (!kept.length) continue;

    const properties = { name };
    if (id === 'XK') properties.note = KOSOVO_NOTE;
    features.push({
      type: 'Feature',
      id,
      properties,
      geometry:
        kept.length === 1
          ? { type: 'Polygon', coordinates: kept[0] }
          : { type: 'MultiPolygon', coordinates: kept },
    });
  }
  return features;
}

/** Points of a ring as references into the presimplified arcs (closing point excluded). */
function ringPoints(arcs, ring) {
  const points = [];
  for (const index of ring) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    for (let i = points.length ? 1 : 0; i < arc.length; ++i) points.push(arc[i]);
  }
  points.pop();
  return points;
}

/**
 * Makes sure simplification leaves every ring with at least MIN_RING_VERTICES distinct
 * vertices, by raising the weight of its most significant points. Shared arcs are changed
 * once for all the rings that use them, so borders stay shared.
 */
function protectSmallRings(topo, minWeight) {
  const rings = [];
  for (const g of topo.objects.countries.geometries) {
    if (g.type === 'Polygon') rings.push(...g.arcs);
    else if (g.type === 'MultiPolygon') for (const p of g.arcs) rings.push(...p);
  }
  for (const ring of rings) {
    const points = ringPoints(topo.arcs, ring);
    const distinct = (list) => new Set(list.map((p) => `${p[0]},${p[1]}`)).size;
    const kept = points.filter((p) => p[2] >= minWeight);
    const want = Math.min(MIN_RING_VERTICES, distinct(points));
    if (distinct(kept) >= want) continue;
    const candidates = points
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p[2] < minWeight)
      .sort((a, b) => b.p[2] - a.p[2] || a.i - b.i);
    for (const { p } of candidates) {
      p[2] = Infinity;
      kept.push(p);
      if (distinct(kept) >= want) break;
    }
  }
}

/**
 * Returns the Europe basemap as a TopoJSON Topology with one object, `countries`.
 * The options exist for comparisons in tests; the build uses the defaults.
 */
export async function buildBasemap({ minWeight = MIN_WEIGHT, quantization = QUANTIZATION } = {}) {
  const features = await europeFeatures();
  let topo = topology({ countries: { type: 'FeatureCollection', features } });
  topo = presimplify(topo, sphericalTriangleArea);
  protectSmallRings(topo, minWeight);
  topo = simplify(topo, minWeight);
  topo = quantize(topo, quantization);
  return topo;
}
