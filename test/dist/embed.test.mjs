// embed.html from the built CDN folder inside an iframe: one element from the query string, and its
// height posted to the parent. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../../scripts/browser.mjs';
import { serve } from './serve.mjs';

const root = new URL('../../', import.meta.url).pathname;
let server;
let browser;

before(async () => {
  server = await serve(root, {
    '/host.html': `<!doctype html><html lang="en"><body>
      <iframe id="map" title="Signatories" style="width: 100%; border: 0"
        src="/dist/cdn/embed.html?element=signatory-map&document=aalborg-charter&lang=de&id=map"></iframe>
      <script type="module">
        window.heights = [];
        addEventListener('message', (e) => {
          if (e.data?.type !== 'iclei-embed-height') return;
          window.heights.push(e.data);
          document.getElementById(e.data.id).style.height = e.data.height + 'px';
        });
      </script></body></html>`,
  });
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('embed.html renders the element named in the query, with its attributes, and posts its height', async () => {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  await tab.goto(`${server.url}/host.html`);
  const frame = tab.frame({ url: /embed\.html/ });
  await frame.waitForFunction(() => document.querySelector('iclei-signatory-map')?.shadowRoot?.childElementCount > 0);
  assert.equal(await frame.evaluate(() => document.querySelector('iclei-signatory-map').getAttribute('document')), 'aalborg-charter');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
  await tab.waitForFunction(() => window.heights.some((h) => h.height > 200));
  const last = await tab.evaluate(() => window.heights.at(-1));
  assert.equal(last.id, 'map');
  assert.equal(await tab.evaluate(() => document.getElementById('map').getBoundingClientRect().height), last.height);
  assert.deepEqual(problems, []);
  await tab.close();
});
