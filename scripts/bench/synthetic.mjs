// Synthetic datasets for the benchmarks, in the project's schemas (src/data/types.ts). Every dataset says
// it is synthetic (`meta.synthetic: true`, and in its title); none of it is ever written to data/.
// Places are real GeoNames cities1000 towns in Europe (CC BY 4.0); which document each "signed", when, and
// for N past the number of towns, small offsets from them, are made up.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const cities = createRequire(import.meta.url)('cities1000');

// The countries of the bundled basemap, less the transcontinental ones whose towns lie mostly outside it.
const EUROPE = new Set(
  'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK'.split(' '),
);
const DOCUMENTS = [
  { id: 'aalborg-charter', name: 'Aalborg Charter', year: 1994, url: 'https://sustainablecities.eu/the-aalborg-charter/' },
  { id: 'aalborg-commitments', name: 'Aalborg Commitments', year: 2004, url: 'https://sustainablecities.eu/the-aalborg-commitments/' },
  { id: 'basque-declaration', name: 'Basque Declaration', year: 2016, url: 'https://sustainablecities.eu/the-basque-declaration/' },
];
const SOURCE = 'https://example.org/synthetic';

/** mulberry32: the same seed gives the same data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let towns;
/** European towns of the gazetteer, in file order: `[name, country, lon, lat]`. */
function europeanTowns() {
  if (towns) return towns;
  towns = [];
  for (const line of readFileSync(cities.file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 9 || !EUROPE.has(f[8])) continue;
    towns.push([f[2] || f[1], f[8], Number(f[5]), Number(f[4])]);
  }
  return towns;
}

const round = (x) => Math.round(x * 1e4) / 1e4;

/**
 * A signatories dataset of `count` synthetic signatories at European towns. Each town is used once before
 * any is used again; a reused town is moved by up to about 5 km so that no two points coincide.
 */
export function syntheticSignatories(count, seed = 1) {
  const pool = europeanTowns();
  const next = random(seed);
  const order = pool.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const signatories = Array.from({ length: count }, (_, i) => {
    const [name, country, lon, lat] = pool[order[i % order.length]];
    const round2 = Math.floor(i / order.length);
    const jitter = round2 ? 0.05 : 0;
    const document = DOCUMENTS[next() < 0.55 ? 0 : next() < 0.85 ? 1 : 2];
    const year = document.year + Math.floor(next() * (2025 - document.year));
    return {
      id: `s${i + 1}`,
      name: round2 ? `${name} ${round2 + 1}` : name,
      country,
      type: 'municipality',
      lon: round(lon + (next() - 0.5) * jitter),
      lat: round(lat + (next() - 0.5) * jitter),
      signed: [{ document: document.id, date: String(year), source: SOURCE }],
    };
  });
  return {
    version: 1,
    meta: {
      title: `Synthetic signatories (${count}), not real data`,
      description: `${count} made-up signatories at GeoNames towns in Europe, for benchmarks only.`,
      sources: [SOURCE],
      generated: '2026-01-01',
      license: 'Places from GeoNames (CC BY 4.0); everything else is synthetic.',
      synthetic: true,
      officialTotals: [],
    },
    documents: DOCUMENTS,
    signatories,
  };
}

const COUNTRIES = ['DE', 'FR', 'ES', 'IT', 'DK', 'PT', 'SE', 'PL', 'NL', 'AT'];
const pad = (n) => String(n).padStart(2, '0');

/** A timeline dataset of `count` synthetic events from 1990 to 2025, dates at all three precisions. */
export function syntheticTimeline(count, seed = 1) {
  const next = random(seed);
  const events = Array.from({ length: count }, (_, i) => {
    const year = 1990 + Math.floor(next() * 36);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const precision = next();
    const conference = next() < 0.4;
    const start = precision < 0.1 ? `${year}` : precision < 0.25 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const end = conference && precision >= 0.25 ? `${year}-${pad(month)}-${pad(Math.min(28, day + 2))}` : undefined;
    return {
      id: `synthetic-${i + 1}`,
      kind: conference ? 'conference' : 'milestone',
      ...(conference ? { number: i + 1 } : {}),
      title: `Synthetic event ${i + 1}`,
      start,
      ...(end ? { end } : {}),
      place: { city: `Synthetic town ${1 + Math.floor(next() * 500)}`, country: COUNTRIES[Math.floor(next() * COUNTRIES.length)] },
      documents: next() < 0.5 ? [{ id: `synthetic-document-${i + 1}`, name: `Synthetic document ${i + 1}` }] : [],
      summary: `A synthetic event made up for benchmarks (${count} events).`,
      sources: [SOURCE],
    };
  });
  return {
    version: 1,
    meta: {
      title: `Synthetic timeline (${count} events), not real data`,
      description: 'Made-up events for benchmarks; not real data.',
      sources: [SOURCE],
      generated: '2026-01-01',
      synthetic: true,
    },
    events,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind = 'signatories', n = '1000'] = process.argv.slice(2);
  const data = kind === 'timeline' ? syntheticTimeline(Number(n)) : syntheticSignatories(Number(n));
  process.stdout.write(JSON.stringify(data));
}
