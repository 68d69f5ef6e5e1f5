// Size budgets on the built CDN files (sizes are deterministic): each element's entry with the chunks
// it imports statically, gzipped. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, normalize } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const cdn = join(root, 'dist/cdn');
const KB = 1000;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A built file and every chunk it imports statically, transitively (lazy `import()`s are not followed). */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.[^"']+)["']/g)) {
    closure(normalize(join(dirname(file), spec)), seen);
  }
  return seen;
}

const bytes = (entry) => [...closure(join(cdn, entry))].reduce((sum, file) => sum + gz(file), 0);

/**
 * The code an entry loads later, on first use (the map's table and detail panel): its lazy `import()`s
 * but the datasets and the non-English messages.
 */
function later(entry) {
  const code = [...closure(join(cdn, entry))].map((file) => readFileSync(file, 'utf8')).join('\n');
  const lazy = [...new Set([...code.matchAll(/import\(\s*[`"']\.\/(chunks\/[^`"']+)[`"']\s*\)/g)].map((m) => m[1]))];
  return lazy.filter((chunk) => !/\/(signatories|commitments|timeline|europe\.shapes|[\w.-]*i18n)-[\w-]+\.js$/.test(chunk)).reduce((sum, chunk) => sum + gz(join(cdn, chunk)), 0);
}

const report = (entry, size) => console.log(`${entry}: ${(size / KB).toFixed(1)} KB gzipped, and ${(later(entry) / KB).toFixed(1)} KB of code loaded on first use`);

for (const element of ['signatory-map', 'commitment-wheel', 'timeline']) {
  test(`${element}.js with its chunks is at most 25 KB of gzipped JavaScript`, () => {
    const size = bytes(`${element}.js`);
    report(`${element}.js`, size);
    assert.ok(size <= 25 * KB, `${size} bytes`);
  });
}

test('iclei-embeds.js (all three) with its chunks is at most 40 KB gzipped', () => {
  const size = bytes('iclei-embeds.js');
  report('iclei-embeds.js', size);
  assert.ok(size <= 40 * KB, `${size} bytes`);
});

test('the basemap is at most 60 KB gzipped', () => {
  const size = gz(join(root, 'data/europe.shapes.json'));
  console.log(`europe.shapes.json: ${(size / KB).toFixed(1)} KB gzipped`);
  assert.ok(size <= 60 * KB, `${size} bytes`);
});

test('the README lists the sizes as built', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const listed = (name) => readme.match(new RegExp(`\\| \`${name.replace('.', '\\.')}\`[^|]*\\| ([\\d.]+) KB \\|`))?.[1];
  for (const entry of ['signatory-map.js', 'commitment-wheel.js', 'timeline.js', 'iclei-embeds.js']) {
    assert.equal(listed(entry), (bytes(entry) / KB).toFixed(1), entry);
  }
});

