// The importer: local spellings land where GeoNames puts them; unplaceable names are reported, not written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '../../scripts/data/csv.mjs';
import { createGeocoder, normalize, variants } from '../../scripts/data/geocode.mjs';
import { buildSignatories } from '../../scripts/data/signatories.mjs';

const fixture = 'test/fixtures/export.csv';
const out = join(mkdtempSync(join(tmpdir(), 'iclei-import-')), 'signatories.json');
const stdout = execFileSync(process.execPath, ['scripts/data/import.mjs', fixture, '--out', out], { encoding: 'utf8' });
const { signatories, meta, documents } = JSON.parse(readFileSync(out, 'utf8'));
const rows = readCsv(fixture);

const km = (a, b) => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

test('the fixture has the required local spellings', () => {
  const names = new Set(rows.map((r) => r.name));
  assert.ok(names.size >= 31);
  for (const n of ['München', 'Wien', 'Göteborg', 'Vitoria-Gasteiz', 'Donostia / San Sebastián', "'s-Hertogenbosch", "Reggio nell'Emilia", 'Bruxelles', 'Łódź', 'Cluj-Napoca']) {
    assert.ok(names.has(n), n);
  }
});

test('every real name lands within 10 km of its GeoNames position', () => {
  for (const r of rows.filter((x) => x.geonameid)) {
    const s = signatories.find((x) => normalize(x.name) === normalize(r.name));
    assert.ok(s, `${r.name} was not written`);
    const d = km(s, { lat: Number(r.expected_lat), lon: Number(r.expected_lon) });
    assert.ok(d < 10, `${r.name} is ${d.toFixed(1)} km off`);
  }
});

test('one signatory per government, with every document it signed', () => {
  assert.equal(signatories.length, new Set(rows.filter((r) => r.geonameid).map((r) => r.name)).size);
  const munich = signatories.find((s) => s.id === 'munchen-de');
  assert.deepEqual(munich.signed.map((x) => x.document), ['aalborg-charter', 'aalborg-commitments']);
  assert.equal(munich.signed[0].date, '1996');
  assert.ok(signatories.find((s) => s.id === 'thessaloniki-gr' && s.country === 'GR'));
  assert.ok(signatories.find((s) => s.id === 'edinburgh-gb'));
});

test('an unplaceable name is reported and not written', () => {
  assert.match(stdout, /could not place 1/);
  assert.match(stdout, /Zyxwvuburg an der Nirgendwo \(DE\)/);
  assert.ok(!signatories.some((s) => s.name.startsWith('Zyxwvuburg')));
});

test('official totals and documents come from the sources', () => {
  assert.equal(meta.officialTotals.length, 8);
  assert.equal(documents.length, 3);
});

test('name variants and normalisation', () => {
  assert.equal(normalize("Reggio nell’Emilia"), normalize("Reggio nell'Emilia"));
  assert.equal(normalize('Łódź'), 'lodz');
  assert.deepEqual(variants('Donostia / San Sebastián'), ['donostia / san sebastian', 'donostia', 'san sebastian']);
  assert.deepEqual(variants('Mariehamn (Maarianhamina)'), ['mariehamn (maarianhamina)', 'mariehamn', 'maarianhamina']);
});

test('a province missing from the override table is reported, not placed at a namesake town', () => {
  const row = { country: 'IT', document: 'aalborg-charter', source: 'https://example.org/' };
  const { signatories, unplaced } = buildSignatories([{ ...row, name: 'Provincia di Lucca' }, { ...row, name: 'Provincia di Bologna' }], createGeocoder());
  assert.deepEqual(unplaced.map((u) => u.name), ['Provincia di Lucca']);
  assert.equal(signatories[0].type, 'province');
});
