// Writes the most populous European towns of the GeoNames gazetteer (cities1000, CC BY 4.0) as a compact
// fixture, `[name, country, lon, lat]` rows, for the synthetic signatories of stories and tests.
// Usage: node scripts/signatory-map/places.mjs [count=3000] [out=test/fixtures/places.europe.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const cities = createRequire(import.meta.url)('cities1000');
const EUROPE = new Set(
  'AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK'.split(' '),
);
const [count = '3000', out = 'test/fixtures/places.europe.json'] = process.argv.slice(2);
const round = (x) => Math.round(x * 1e3) / 1e3;
const towns = [];
for (const line of readFileSync(cities.file, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || !EUROPE.has(f[8])) continue;
  towns.push({ row: [f[1], f[8], round(Number(f[5])), round(Number(f[4]))], population: Number(f[14]) || 0 });
}
towns.sort((a, b) => b.population - a.population);
const rows = towns.slice(0, Number(count)).map((t) => t.row);
writeFileSync(out, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`${rows.length} places written to ${out}`);
