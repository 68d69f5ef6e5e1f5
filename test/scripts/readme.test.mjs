import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readmeWithReference } from '../../scripts/docs.mjs';

const root = new URL('../../', import.meta.url);

test('the README starts with the two commands', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const blocks = [...readme.matchAll(/```(?:sh|bash)?\n([^`]+)```/g)].map((m) => m[1].trim());
  assert.deepEqual(blocks.slice(0, 2), ['npm install && npm start', 'npm test']);
});

test('the README element reference matches custom-elements.json (run `npm run docs` after changing an element)', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  assert.equal(readme, readmeWithReference(readme, manifest));
});
