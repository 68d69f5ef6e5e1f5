// The data build: deterministic output and the sample's invariants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv, SOURCES } from '../../scripts/data/csv.mjs';

const build = (out) => execFileSync(process.execPath, ['scripts/data/build.mjs', '--out', out], { encoding: 'utf8' });
const out = mkdtempSync(join(tmpdir(), 'iclei-data-'));
build(out);
const files = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
const json = (f) => JSON.parse(files[f].toString());

// Europe as the basemap draws it (Azores and Canaries included), east edge at the Urals.
const BOX = { west: -32, south: 27, east: 60, north: 72 };
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

test('a second build gives identical bytes', () => {
  const second = build(out);
  assert.match(second, /unchanged signatories\.json/);
  for (const [f, bytes] of Object.entries(files)) assert.ok(bytes.equals(readFileSync(join(out, f))), `${f} changed on re-run`);
  for (const f of ['signatories.json', 'commitments.json', 'timeline.json']) assert.match(json(f).meta.generated, /^\d{4}-\d{2}-\d{2}$/);
});

test('84 signatories, unique slugs, all inside Europe', () => {
  const { signatories } = json('signatories.json');
  assert.equal(signatories.length, 84);
  assert.equal(new Set(signatories.map((s) => s.id)).size, 84);
  for (const s of signatories) {
    assert.match(s.id, /^[a-z0-9]+(-[a-z0-9]+)*-[a-z]{2}$/, s.id);
    assert.ok(s.lon >= BOX.west && s.lon <= BOX.east && s.lat >= BOX.south && s.lat <= BOX.north, `${s.name} at ${s.lat},${s.lon}`);
    assert.equal(Math.round(s.lat * 1e4) / 1e4, s.lat);
    for (const x of s.signed) {
      assert.ok(x.source.startsWith('http'), s.name);
      if (x.date !== undefined) assert.match(x.date, ISO_DATE);
    }
  }
  assert.ok(signatories.find((s) => s.id === 'aalborg-dk'));
  assert.equal(signatories.filter((s) => s.type === 'province').length, 4);
});

test('counts per document equal the evidence CSV', () => {
  const { signatories, documents, meta } = json('signatories.json');
  const rows = readCsv(`${SOURCES}signatories-evidence.csv`);
  for (const d of documents) {
    const expected = rows.filter((r) => r.document === d.name).length;
    assert.equal(signatories.filter((s) => s.signed.some((x) => x.document === d.id)).length, expected, d.id);
  }
  assert.deepEqual(documents.map((d) => d.year), [1994, 2004, 2016]);
  const cited = ['official-totals.csv', 'timeline-evidence.csv'].map((f) => readFileSync(`${SOURCES}${f}`, 'utf8')).join('\n');
  for (const d of documents) assert.ok(cited.includes(d.url), `${d.url} is not in the sources`);
  assert.equal(meta.officialTotals.length, 8);
  assert.equal(meta.officialTotals.find((t) => t.document === 'basque-declaration').count, undefined);
  assert.match(meta.description, /38 of more than 3,000 Aalborg Charter/);
});

test('commitments: 10 themes of 5', () => {
  const { themes } = json('commitments.json');
  assert.equal(themes.length, 10);
  assert.deepEqual(themes[2].commitments.map((c) => c.id), ['3.1', '3.2', '3.3', '3.4', '3.5']);
  for (const t of themes) {
    assert.equal(t.id, String(t.number));
    assert.ok(t.summary && t.source.startsWith('http'));
    for (const c of t.commitments) assert.ok(c.title.length < 45 && /^[A-Z]/.test(c.title) && c.source.startsWith('http'), c.id);
  }
});

test('timeline: 14 events, conferences numbered 1 to 10', () => {
  const { events } = json('timeline.json');
  assert.equal(events.length, 14);
  assert.equal(new Set(events.map((e) => e.id)).size, 14);
  assert.deepEqual(events.filter((e) => e.kind === 'conference').map((e) => e.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(events.find((e) => e.id === 'conference-2013-geneva').documents.length, 0);
  assert.equal(events.find((e) => e.id === 'conference-1994-aalborg').documents[0].id, 'aalborg-charter');
  for (const e of events) {
    assert.match(e.start, ISO_DATE);
    if (e.end) assert.match(e.end, ISO_DATE);
    assert.ok(e.sources.length && e.summary, e.id);
  }
});
