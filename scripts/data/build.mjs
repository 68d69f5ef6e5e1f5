// `npm run data`: builds data/*.json from data/sources/*.csv. `--out DIR` writes elsewhere (tests).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readCsv, SOURCES } from './csv.mjs';
import { createGeocoder } from './geocode.mjs';
import { buildSignatories, coverage, documentId, officialTotals, signatoriesDataset } from './signatories.mjs';
import { buildCommitments } from './commitments.mjs';
import { buildTimeline } from './timeline.mjs';
import { writeDataset } from './json.mjs';
import { buildShapes } from './shapes.mjs';

/** The sample dataset from signatories-evidence.csv; throws naming every government it cannot place. */
export function buildSampleSignatories() {
  const rows = readCsv(`${SOURCES}signatories-evidence.csv`).map((r) => ({
    name: r.local_government,
    country: r.country_iso2,
    document: documentId(r.document),
    date: r.date_or_year_signed,
    source: r.source_url,
  }));
  const { signatories, unplaced, undated } = buildSignatories(rows, createGeocoder());
  if (unplaced.length) throw new Error(`cannot place: ${unplaced.map((u) => `${u.name} (${u.country}): ${u.reason}`).join('; ')}`);
  const countries = new Set(signatories.map((s) => s.country)).size;
  const [charter, commitments, basque] = coverage(signatories, officialTotals());
  const description =
    `A small sourced sample of the real lists, not the whole: ${charter}, ${commitments} and ${basque}; ` +
    `${signatories.length} local governments in ${countries} countries and territories, each signature with the public page that reports it. ` +
    "The complete lists are held by the network's secretariat.";
  return { dataset: signatoriesDataset(signatories, { title: 'Signatories of the Aalborg Charter, the Aalborg Commitments and the Basque Declaration (a sourced sample)', description }), undated };
}

export async function build(out) {
  mkdirSync(out, { recursive: true });
  const { dataset, undated } = buildSampleSignatories();
  const written = {
    'signatories.json': writeDataset(`${out}/signatories.json`, dataset),
    'commitments.json': writeDataset(`${out}/commitments.json`, buildCommitments(), ['themes']),
    'timeline.json': writeDataset(`${out}/timeline.json`, buildTimeline()),
  };
  const basemap = fileURLToPath(new URL('./basemap.mjs', import.meta.url));
  if (existsSync(basemap)) {
    const { buildBasemap } = await import(basemap);
    const topo = await buildBasemap();
    for (const [file, json] of [['europe.topo.json', topo], ['europe.shapes.json', await buildShapes(topo)]]) {
      const text = `${JSON.stringify(json)}\n`;
      const path = `${out}/${file}`;
      written[file] = !existsSync(path) || readFileSync(path, 'utf8') !== text;
      if (written[file]) writeFileSync(path, text);
    }
  } else console.warn('warning: scripts/data/basemap.mjs is missing; europe.topo.json and europe.shapes.json not built');
  console.log(`${dataset.signatories.length} signatories; ${undated.length} dates are bounds such as "by 2007-02", not dates, and are left out`);
  for (const [file, changed] of Object.entries(written)) console.log(`${changed ? 'wrote' : 'unchanged'} ${file}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  build(resolve(values.out ?? fileURLToPath(new URL('../../data/', import.meta.url)))).catch((e) => {
    console.error(`data build failed: ${e.message}`);
    process.exit(1);
  });
}
