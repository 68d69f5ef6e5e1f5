// The built bundle, not the sources, in a real Chromium page (TOOLCHAIN.md pitfall 1: a bundle can
// break while the source tests pass). Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../../scripts/browser.mjs';
import { serve } from './serve.mjs';

const root = new URL('../../', import.meta.url).pathname;
const TAGS = ['iclei-signatory-map', 'iclei-commitment-wheel', 'iclei-timeline'];
const elements = TAGS.map((tag) => `<${tag} loading="eager"><a href="#fallback">fallback</a></${tag}>`).join('\n');
const page = (scripts) => `<!doctype html><html lang="en"><body>${scripts}\n${elements}</body></html>`;

let server;
let browser;

before(async () => {
  server = await serve(root, {
    '/all.html': page('<script type="module" src="/dist/cdn/iclei-embeds.js"></script>'),
    '/twice.html': page('<script type="module" src="/dist/cdn/iclei-embeds.js"></script><script type="module" src="/dist/cdn/iclei-embeds.js?second-copy"></script>'),
    '/autoload-one.html': '<!doctype html><html lang="en"><body><script type="module" src="/dist/cdn/autoload.js"></script><iclei-timeline loading="eager"></iclei-timeline></body></html>',
    '/autoload.html': page('<script type="module" src="/dist/cdn/autoload.js"></script>'),
    '/each.html': page(TAGS.map((tag) => `<script type="module" src="/dist/cdn/${tag.slice(6)}.js"></script>`).join('')),
  });
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens `path`, waits until every element has fired iclei-load, and returns what went wrong on the page. */
async function load(path) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await tab.addInitScript(() => {
    window.__loaded = [];
    document.addEventListener('iclei-load', (e) => window.__loaded.push(e.target.localName), true);
  });
  await tab.goto(server.url + path);
  await tab.waitForFunction((n) => window.__loaded.length >= n, TAGS.length, { timeout: 15000 });
  const drawn = await tab.evaluate((tags) => tags.map((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0), TAGS);
  await tab.close();
  return { problems, drawn };
}

test('dist/cdn/iclei-embeds.js registers and draws all three elements', async () => {
  const { problems, drawn } = await load('/all.html');
  assert.deepEqual(problems, []);
  for (const count of drawn) assert.ok(count > 0);
});

test('the bundle loaded twice raises no error and keeps working', async () => {
  const { problems } = await load('/twice.html');
  assert.deepEqual(problems, []);
});

test('the autoloader registers the tags on the page and those added later, loading nothing else', async () => {
  const { problems } = await load('/autoload.html');
  assert.deepEqual(problems, []);
  const tab = await browser.newPage();
  const before = server.requests.length;
  await tab.goto(`${server.url}/autoload-one.html`);
  await tab.waitForFunction(() => customElements.get('iclei-timeline'));
  await tab.waitForTimeout(300);
  assert.equal(await tab.evaluate(() => !!customElements.get('iclei-signatory-map')), false);
  await tab.evaluate(() => document.body.append(document.createElement('iclei-signatory-map')));
  await tab.waitForFunction(() => customElements.get('iclei-signatory-map'));
  assert.ok(!server.requests.slice(before).some((path) => path.includes('commitment-wheel')));
  await tab.close();
});

test('each element has an entry of its own that works alone', async () => {
  const { problems } = await load('/each.html');
  assert.deepEqual(problems, []);
});

test('the datasets are separate files, never inlined into an entry', async () => {
  const files = await readdir(join(root, 'dist/cdn'));
  const entries = files.filter((f) => f.endsWith('.js'));
  assert.deepEqual(entries.sort(), ['autoload.js', 'commitment-wheel.js', 'embed.js', 'iclei-embeds.js', 'signatory-map.js', 'timeline.js']);
  for (const entry of entries) {
    const code = await readFile(join(root, 'dist/cdn', entry), 'utf8');
    // A source URL that only the signatories dataset holds, and a key only the basemap's shapes have.
    assert.ok(!code.includes('stateofgreen.com') && !code.includes('"main"'), `${entry} inlines a dataset`);
  }
});

test('each dataset chunk is one JSON.parse of a string, which V8 parses faster than object literals', async () => {
  const chunks = (await readdir(join(root, 'dist/cdn/chunks'))).filter((f) => /^(signatories|commitments|timeline|europe\.shapes)-[\w-]+\.js$/.test(f));
  assert.deepEqual([...new Set(chunks.map((f) => f.split('-')[0]))].sort(), ['commitments', 'europe.shapes', 'signatories', 'timeline']);
  for (const chunk of chunks) {
    const code = await readFile(join(root, 'dist/cdn/chunks', chunk), 'utf8');
    const rest = code.replace(/JSON\.parse\((`[^`]*`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)/, 'JSON.parse()');
    assert.ok(rest.length < 100, `${chunk}: ${rest.slice(0, 200)}`);
  }
});
