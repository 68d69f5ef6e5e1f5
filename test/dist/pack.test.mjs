// What `npm pack` would publish: the built modules, their types, the CDN build, the manifest and the
// datasets; no tests, sources of the demo, stories or scripts. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = packed.files.map((f) => f.path);

test('the package holds the modules, types, CDN build, manifest and datasets', () => {
  for (const path of [
    'package.json',
    'README.md',
    'custom-elements.json',
    'dist/index.js',
    'dist/define.js',
    'dist/signatory-map/define.js',
    'dist/commitment-wheel/define.js',
    'dist/timeline/define.js',
    'dist/types/index.d.ts',
    'dist/types/define.d.ts',
    'dist/cdn/iclei-embeds.js',
    'dist/cdn/autoload.js',
    'dist/cdn/iclei-embeds.css',
    'dist/cdn/embed.html',
    'data/signatories.json',
    'data/europe.topo.json',
    'data/europe.shapes.json',
  ]) {
    assert.ok(files.includes(path), `${path} is published`);
  }
});

test('every export of package.json points at a published file', () => {
  const { exports } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  for (const target of Object.values(exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))) {
    assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is published`);
  }
});

test('no tests, demo, stories, scripts or sources are published', () => {
  const unwanted = files.filter((path) => /^(test|demo|stories|scripts|src|\.storybook|\.ci|data\/sources)\//.test(path));
  assert.deepEqual(unwanted, []);
});
