// The benchmark cases and the pages and datasets they serve, shared by compare.mjs and profile.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { CHROME_FLAGS } from '../browser.mjs';
import * as P from './pages.mjs';
import { generators } from './synthetic.mjs';

export const root = new URL('../../', import.meta.url).pathname;

/** Chromium as the issue asks: the project's headless flags, precise heap figures, no host but loopback. */
export const LAUNCH_FLAGS = [
  ...CHROME_FLAGS,
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
export const VIEWPORT = { width: 1280, height: 800 };
export const INTERACTION_N = 10000;
/** The largest `src` response the elements accept (`limits.maxBytes` in src/data/load.ts). */
export const SRC_LIMIT = 20 * 1024 * 1024;

/**
 * The reference beside the list floors (`floorList` with our markup): not a contender, added to its case by
 * compare.mjs once it has captured our element's finished markup, as `drawn` describes.
 */
export const WITH_MARKUP = 'floor + our markup';

export const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The cases of `only` (map, interaction, timeline, wheel), each with its contenders' pages, ours first,
 * and `pages`: every path the server answers from memory (bench pages and datasets).
 */
export async function buildCases(only, sizes) {
  const synthetic = await generators();
  const pages = {};
  for (const n of sizes) pages[`/bench-data/signatories-${n}.json`] = JSON.stringify(synthetic.signatories(n));
  pages['/bench-data/timeline-1000.json'] = JSON.stringify(synthetic.timeline(1000));
  // Our basemap as GeoJSON for Leaflet, so that both maps draw the same countries.
  const topo = JSON.parse(readFileSync(join(root, 'data/europe.topo.json'), 'utf8'));
  const geo = feature(topo, topo.objects[Object.keys(topo.objects)[0]]);
  const GEO = '/bench-data/europe.geo.json';
  pages[GEO] = JSON.stringify(geo, (key, value) => (typeof value === 'number' && key !== 'id' ? Math.round(value * 1e4) / 1e4 : value));

  const REAL = { signatories: '/data/signatories.json', timeline: '/data/timeline.json', commitments: '/data/commitments.json' };
  const cases = [];
  if (only.includes('map')) {
    cases.push({
      id: 'map-84', group: 'map', n: 84, label: 'Map, 84 real signatories',
      contenders: { ours: P.oursMap(), 'Leaflet + markercluster': P.leafletMap(REAL.signatories, GEO), floor: P.floorMap(REAL.signatories) },
    });
    for (const n of sizes) {
      const src = `/bench-data/signatories-${n}.json`;
      // Past the element's src limit, the page fetches the same file and sets `data` (said in the results).
      const viaData = Buffer.byteLength(pages[src]) > SRC_LIMIT;
      cases.push({
        id: `map-${n}`, group: 'map', n, label: `Map, ${n.toLocaleString('en')} synthetic signatories`, viaData,
        contenders: { ours: P.oursMap(src, viaData), 'Leaflet + markercluster': P.leafletMap(src, GEO), floor: P.floorMap(src) },
      });
    }
  }
  if (only.includes('timeline')) {
    cases.push({
      id: 'timeline-14', group: 'timeline', n: 14, label: 'Timeline, 14 real events',
      drawn: { tag: 'iclei-timeline', file: 'timeline', src: REAL.timeline, key: 'events' },
      contenders: { ours: P.oursTimeline(), TimelineJS: P.timelineJs(REAL.timeline), 'vis-timeline': P.visTimeline(REAL.timeline), floor: P.floorList(REAL.timeline, 'events') },
    });
    const src = '/bench-data/timeline-1000.json';
    cases.push({
      id: 'timeline-1000', group: 'timeline', n: 1000, label: 'Timeline, 1,000 synthetic events',
      drawn: { tag: 'iclei-timeline', file: 'timeline', src, key: 'events' },
      contenders: { ours: P.oursTimeline(src), TimelineJS: P.timelineJs(src), 'vis-timeline': P.visTimeline(src), floor: P.floorList(src, 'events') },
    });
  }
  if (only.includes('wheel')) {
    cases.push({
      id: 'wheel', group: 'wheel', n: 10, label: 'Wheel, 10 themes and 50 commitments',
      drawn: { tag: 'iclei-commitment-wheel', file: 'commitment-wheel', src: REAL.commitments, key: 'themes' },
      contenders: { ours: P.oursWheel(), 'ECharts sunburst': P.echartsWheel(REAL.commitments), floor: P.floorList(REAL.commitments, 'themes') },
    });
  }
  for (const c of cases) for (const [name, html] of Object.entries(c.contenders)) pages[`/bench/${c.id}/${slug(name)}.html`] = html;
  if (only.includes('interaction')) {
    const src = `/bench-data/signatories-${INTERACTION_N}.json`;
    pages[src] ??= JSON.stringify(synthetic.signatories(INTERACTION_N));
    pages['/bench/interaction/ours.html'] = P.oursMap(src);
    pages['/bench/interaction/leaflet-markercluster.html'] = P.leafletMap(src, GEO);
  }
  return { cases, pages };
}
