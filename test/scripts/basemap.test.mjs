// Checks the Europe basemap built by scripts/data/basemap.mjs.
// Run: node --test test/scripts/basemap.test.mjs
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { geoArea, geoContains } from 'd3-geo';
import { buildBasemap, BOX, KOSOVO_NOTE } from '../../scripts/data/basemap.mjs';

const MAX_GZIP_BYTES = 60 * 1024;
const COMMITTED = fileURLToPath(new URL('../../data/europe.topo.json', import.meta.url));

let topo;
let json;
let features;
const byId = (id) => features.find((f) => f.id === id);

before(async () => {
  topo = await buildBasemap();
  json = JSON.stringify(topo);
  features = feature(topo, topo.objects.countries).features;
});

test('is a topology with one GeometryCollection, countries', () => {
  assert.equal(topo.type, 'Topology');
  assert.deepEqual(Object.keys(topo.objects), ['countries']);
  assert.equal(topo.objects.countries.type, 'GeometryCollection');
  assert.ok(topo.transform, 'quantized');
});

test('every feature has a unique ISO 3166-1 alpha-2 id and an English name', () => {
  const ids = topo.objects.countries.geometries.map((g) => g.id);
  for (const id of ids) assert.match(String(id), /^[A-Z]{2}$/, `bad id ${id}`);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
  for (const g of topo.objects.countries.geometries) {
    assert.equal(typeof g.properties?.name, 'string');
    assert.ok(g.properties.name.length > 2, `${g.id} has a name`);
    assert.ok(g.type === 'Polygon' || g.type === 'MultiPolygon', `${g.id} is a polygon`);
  }
});

test('includes the expected countries and leaves out the others', () => {
  const ids = new Set(features.map((f) => f.id));
  for (const id of ['DE', 'FR', 'CY', 'XK', 'MK', 'IS', 'MT', 'LU', 'NO', 'TR', 'RU', 'UA']) {
    assert.ok(ids.has(id), `includes ${id}`);
  }
  for (const id of ['AD', 'LI', 'MC', 'SM', 'FI', 'PT', 'ES', 'GE', 'AM', 'AZ', 'KZ']) {
    assert.ok(ids.has(id), `includes ${id}`);
  }
  // Greenland, North Africa and the Middle East are not part of the basemap; Åland is in FI.
  for (const id of ['GL', 'MA', 'DZ', 'TN', 'LY', 'EG', 'SY', 'IQ', 'IR', 'AX']) {
    assert.ok(!ids.has(id), `leaves out ${id}`);
  }
});

test('follows the EU institutions conventions', () => {
  assert.equal(byId('MK').properties.name, 'North Macedonia');
  assert.equal(byId('XK').properties.name, 'Kosovo');
  assert.equal(byId('XK').properties.note, KOSOVO_NOTE);
  assert.match(KOSOVO_NOTE, /UNSCR 1244\/1999 and the ICJ Opinion/);
  const at = ([lon, lat]) => features.filter((f) => geoContains(f, [lon, lat])).map((f) => f.id);
  // Cyprus whole: Kyrenia and Famagusta (north of the Green Line) and Nicosia are in CY.
  assert.deepEqual(at([33.32, 35.3]), ['CY']);
  assert.deepEqual(at([33.9, 35.2]), ['CY']);
  assert.deepEqual(at([33.36, 35.17]), ['CY']);
  assert.deepEqual(at([21.17, 42.67]), ['XK'], 'Pristina');
  assert.deepEqual(at([34.1, 44.95]), ['UA'], 'Simferopol (Crimea)');
  assert.deepEqual(at([20.0, 60.2]), ['FI'], 'Åland');
  assert.deepEqual(at([-16.6, 28.27]), ['ES'], 'Tenerife');
  assert.deepEqual(at([-25.5, 37.78]), ['PT'], 'São Miguel, Azores');
  assert.deepEqual(at([-16.95, 32.75]), ['PT'], 'Madeira');
  assert.deepEqual(at([14.45, 35.88]), ['MT'], 'Valletta');
});

test('every coordinate lies inside the Europe box', () => {
  const [w, s, e, n] = BOX;
  const eps = 1e-9;
  let count = 0;
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      count++;
      assert.ok(c[0] >= w - eps && c[0] <= e + eps && c[1] >= s - eps && c[1] <= n + eps, `${c} outside ${BOX}`);
    } else c.forEach(walk);
  };
  for (const f of features) {
    assert.ok(f.geometry, `${f.id} has a geometry`);
    walk(f.geometry.coordinates);
  }
  assert.ok(count > 1000);
  // Russia and Kazakhstan are cut along the Urals meridian.
  const maxLon = (f) => Math.max(...f.geometry.coordinates.flat(2).map((p) => p[0]));
  assert.equal(Math.round(maxLon(byId('RU')) * 1e6) / 1e6, 60);
  assert.equal(Math.round(maxLon(byId('KZ')) * 1e6) / 1e6, 60);
});

test('micro-states survive simplification as real shapes', () => {
  for (const id of ['MT', 'LU', 'AD', 'LI', 'MC', 'SM', 'VA']) {
    const f = byId(id);
    assert.ok(f, `includes ${id}`);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) assert.ok(polygon[0].length >= 4, `${id} ring has 3+ vertices`);
    const area = geoArea(f);
    assert.ok(area > 0 && area < 1e-3, `${id} has a small positive area (${area})`);
  }
});

test('every ring is closed, with at least 3 distinct vertices', () => {
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polygons.flat()) {
      assert.deepEqual(ring[0], ring[ring.length - 1], `${f.id} ring closed`);
      assert.ok(new Set(ring.map(String)).size >= 3, `${f.id} ring has 3+ distinct vertices`);
    }
  }
});

test(`gzips to at most ${MAX_GZIP_BYTES} bytes`, () => {
  const gz = gzipSync(json).length;
  assert.ok(gz <= MAX_GZIP_BYTES, `${gz} bytes gzipped`);
});

test('is deterministic', async () => {
  assert.equal(JSON.stringify(await buildBasemap()), json);
});

test('the committed data/europe.topo.json, if present, is small and up to date', { skip: !existsSync(COMMITTED) }, () => {
  const text = readFileSync(COMMITTED, 'utf8');
  const gz = gzipSync(text).length;
  assert.ok(gz <= MAX_GZIP_BYTES, `data/europe.topo.json is ${gz} bytes gzipped`);
  assert.deepEqual(JSON.parse(text), JSON.parse(json), 'data/europe.topo.json is stale: re-run scripts/data/build.mjs');
});
