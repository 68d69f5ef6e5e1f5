// `npm run data:import -- export.csv [--out path] [--source URL]`: turns the network's full export
// (columns name, country, document, date; others ignored) into data/signatories.json.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readCsv } from './csv.mjs';
import { createGeocoder } from './geocode.mjs';
import { buildSignatories, coverage, documentId, DOCUMENTS, officialTotals, signatoriesDataset } from './signatories.mjs';
import { writeDataset } from './json.mjs';

// Country codes EU institutions use that differ from ISO 3166-1.
const EU_CODES = { UK: 'GB', EL: 'GR' };

/**
 * Imports `file` into `out`. Each signature's source is `source`, else the document's official page (where
 * the network publishes its lists). Returns the governments that could not be placed; the others are written.
 */
export function importExport(file, out, source) {
  const rows = readCsv(file).map((r) => {
    const country = (r.country ?? '').toUpperCase();
    const document = documentId(r.document);
    return { name: r.name, country: EU_CODES[country] ?? country, document, date: r.date, source: source ?? DOCUMENTS.find((d) => d.id === document)?.url };
  });
  const { signatories, unplaced, undated } = buildSignatories(rows, createGeocoder());
  const description =
    `The signatories in an export of the network's full lists: ${coverage(signatories, officialTotals()).join(', ')}; ` +
    `${signatories.length} local governments placed on the map` +
    (unplaced.length ? `, ${unplaced.length} more left out because they could not be placed.` : '.');
  mkdirSync(dirname(out), { recursive: true });
  writeDataset(out, signatoriesDataset(signatories, { title: 'Signatories of the Aalborg Charter, the Aalborg Commitments and the Basque Declaration', description }));
  return { signatories, unplaced, undated };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, source: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('usage: npm run data:import -- export.csv [--out data/signatories.json] [--source URL]');
    process.exit(2);
  }
  const out = resolve(values.out ?? fileURLToPath(new URL('../../data/signatories.json', import.meta.url)));
  const { signatories, unplaced, undated } = importExport(resolve(positionals[0]), out, values.source);
  console.log(`wrote ${signatories.length} signatories to ${out}`);
  if (undated.length) console.log(`${undated.length} dates are not ISO dates (yyyy, yyyy-mm or yyyy-mm-dd) and were left out`);
  if (unplaced.length) {
    console.log(`could not place ${unplaced.length} (not written; add them to data/sources/gazetteer-overrides.csv):`);
    for (const u of unplaced) console.log(`  ${u.name} (${u.country}): ${u.reason}`);
  }
}
