// Issue 6: "No request leaves the page's origin: no web fonts, tiles or analytics." Builds Storybook from
// the current sources into a temporary folder, opens its preview and shows every story and docs page in
// turn, as the Storybook UI does, recording every request made while each one loads: data: URLs too,
// over the DevTools protocol, since Playwright's request event leaves them out. Each must go to the
// page's own origin. A story that is not shown fails the test.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../../scripts/browser.mjs';
import { serve } from './serve.mjs';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

/** The stories written in stories/*.stories.ts, counted from the source: every named export but `default`. */
const written = readdirSync(join(root, 'stories'))
  .filter((file) => file.endsWith('.stories.ts'))
  .flatMap((file) => [...readFileSync(join(root, 'stories', file), 'utf8').matchAll(/^export const (\w+)\b/gm)].map((m) => `${file}#${m[1]}`));

// The Storybook preview imports the manifest that `npm run analyze` writes (CI's `npm run build` has made it).
if (!existsSync(join(root, 'custom-elements.json'))) await run('npm', ['run', 'analyze', '--silent'], { cwd: root });
const out = await mkdtemp(join(tmpdir(), 'iclei-storybook-'));
await run(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '--disable-telemetry', '-o', out], { cwd: root, timeout: 300_000, maxBuffer: 64 << 20 });
const entries = Object.values(JSON.parse(await readFile(join(out, 'index.json'), 'utf8')).entries);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const server = await serve(out);
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
after(async () => {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
});

/** The URLs not of the server's origin: other hosts, and data: (a font or image inlined from elsewhere); a blob: URL has its page's origin. */
const foreign = (urls) => urls.filter((url) => new URL(url).origin !== server.url);

/**
 * A tab that records every request into `log.urls` and page errors into `log.problems`; `idle()` resolves
 * once no request has been in flight for 300 ms.
 */
async function recordingTab(viewport) {
  const context = await browser.newContext({ viewport });
  const tab = await context.newPage();
  const log = { urls: [], problems: [] };
  let inflight = 0;
  let last = Date.now();
  const settle = () => ((last = Date.now()), inflight--);
  tab.on('request', (request) => (log.urls.push(request.url()), inflight++, (last = Date.now())));
  tab.on('requestfinished', settle);
  tab.on('requestfailed', settle);
  tab.on('pageerror', (error) => log.problems.push(error.message));
  const cdp = await context.newCDPSession(tab);
  cdp.on('Network.requestWillBeSent', (e) => log.urls.push(e.request.url));
  await cdp.send('Network.enable');
  const idle = async () => {
    while (inflight > 0 || Date.now() - last < 300) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  return { context, tab, log, idle };
}

/** In the page: the iclei-* elements, in the light DOM or any shadow root, and whether all have drawn or failed. */
function drawState() {
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('iclei-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const undefinedTags = found.filter((el) => !customElements.get(el.localName)).map((el) => el.localName);
  const elements = found.filter((el) => customElements.get(el.localName) && el.localName !== 'iclei-embed-builder');
  const drawn = elements.every((el) => el.shadowRoot?.childElementCount > 0 && !el.shadowRoot.querySelector('[part="placeholder"]'));
  return { count: elements.length, undefinedTags, done: undefinedTags.length > 0 || (elements.length > 0 && drawn) };
}

const preview = await recordingTab({ width: 1200, height: 800 });
const results = new Map();

/** Shows `entry` in the preview the way the Storybook UI does, and returns what it requested while loading. */
async function show(entry, first) {
  const { tab, log, idle } = preview;
  log.urls = [];
  log.problems = [];
  if (first) {
    await tab.goto(`${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}`);
    await tab.waitForFunction(() => document.body.matches('.sb-show-main, .sb-show-errordisplay'), null, { timeout: 30_000 });
  } else {
    const rendered = await tab.evaluate(
      ({ id, viewMode }) =>
        new Promise((resolve) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          // A docs page renders its stories (each firing storyRendered) before docsRendered.
          const done = viewMode === 'docs' ? 'docsRendered' : 'storyRendered';
          const events = [done, 'storyErrored', 'storyThrewException', 'storyMissing'];
          const handlers = events.map((name) => [name, (payload) => finish(name, payload)]);
          const finish = (name, payload) => {
            if (name === done && payload !== id) return;
            for (const [n, h] of handlers) channel.off(n, h);
            resolve({ name, payload: typeof payload === 'string' ? payload : JSON.stringify(payload)?.slice(0, 300) });
          };
          for (const [n, h] of handlers) channel.on(n, h);
          channel.emit('setCurrentStory', { storyId: id, viewMode });
        }),
      { id: entry.id, viewMode: entry.type },
    );
    assert.deepEqual(rendered, { name: entry.type === 'docs' ? 'docsRendered' : 'storyRendered', payload: entry.id });
  }
  assert.equal(await tab.evaluate(() => document.body.matches('.sb-show-main')), true, `${entry.id} shows without Storybook's error display`);
  // Elements that never draw are reported by the drawing test; the requests made meanwhile are still checked.
  await tab.waitForFunction(`(${drawState})().done`, null, { timeout: 20_000, polling: 100 }).catch(() => {});
  const state = await tab.evaluate(drawState);
  await idle();
  return { urls: [...new Set(log.urls)], problems: [...log.problems], state };
}

test('the Storybook build holds every story written in stories/, and docs pages', () => {
  assert.equal(stories.length, written.length, `index.json: ${stories.map((s) => s.id).join(', ')}; source: ${written.join(', ')}`);
  assert.ok(docs.length >= 1);
});

[...stories, ...docs].forEach((entry, i) => {
  test(`${entry.type} ${entry.id}: every request goes to the page's origin`, async () => {
    const result = await show(entry, i === 0);
    results.set(entry.id, result);
    if (i === 0) assert.ok(result.urls.some((url) => url.endsWith('.js')), `the tab's requests are recorded: ${result.urls.join(' ')}`);
    assert.deepEqual(foreign(result.urls), []);
    assert.deepEqual(result.problems, []);
  });
  test(`${entry.type} ${entry.id}: its elements are defined and drawn`, () => {
    const { state } = results.get(entry.id) ?? assert.fail('not shown');
    assert.deepEqual(state.undefinedTags, [], 'elements never defined');
    assert.ok(state.count > 0 && state.done, `elements drawn: ${JSON.stringify(state)}`);
  });
});

test('every story and docs page was shown and recorded', () => {
  assert.deepEqual([...results.keys()].sort(), [...stories, ...docs].map((e) => e.id).sort());
  assert.equal(results.size, written.length + docs.length);
});

test('the recording would catch a request to another origin and a data: font', async () => {
  const { tab, log, idle } = preview;
  log.urls = [];
  const other = server.url.replace('127.0.0.1', 'localhost');
  await tab.evaluate(async (url) => {
    const style = document.createElement('style');
    style.textContent = `@font-face { font-family: Inlined; src: url(data:font/woff2;base64,d09GMgABAAAAAA) } #probe { font-family: Inlined }`;
    const probe = Object.assign(document.createElement('p'), { id: 'probe', textContent: 'probe' });
    document.body.append(style, probe);
    await document.fonts.load('16px Inlined').catch(() => {});
    await fetch(`${url}/index.json`, { mode: 'no-cors' }).catch(() => {});
  }, other);
  await idle();
  const caught = foreign(log.urls);
  assert.ok(caught.some((url) => url.startsWith(`${other}/`)), `another origin: ${caught}`);
  assert.ok(caught.some((url) => url.startsWith('data:font/')), `a data: font: ${caught}`);
});
