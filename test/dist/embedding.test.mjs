// Every HTML snippet of docs/embedding.md, as a page of its own with the built CDN files: the element
// must render. Snippets for authors who cannot paste a script get the site-wide script added, as the
// guide says. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../../scripts/browser.mjs';
import { serve } from './serve.mjs';

const root = new URL('../../', import.meta.url).pathname;
const SCRIPT = '<script type="module" src="SCRIPT_URL"></script>';
const guide = readFileSync(`${root}docs/embedding.md`, 'utf8');
const snippets = [...guide.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
const pages = Object.fromEntries(
  snippets.map((snippet, i) => {
    const html = (snippet.includes('<script') ? snippet : `${SCRIPT}\n${snippet}`)
      .replaceAll('SCRIPT_URL', '/dist/cdn/iclei-embeds.js')
      .replaceAll('STYLE_URL', '/dist/cdn/iclei-embeds.css')
      .replaceAll('EMBED_URL', '/dist/cdn/embed.html');
    return [`/snippet-${i}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`];
  }),
);

let server;
let browser;

before(async () => {
  server = await serve(root, pages);
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the guide has HTML snippets to test', () => assert.ok(snippets.length >= 6));

for (const [path, html] of Object.entries(pages)) {
  test(`docs/embedding.md snippet ${path.match(/\d+/)[0]} renders`, async () => {
    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.goto(server.url + path);
    const drawn = () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('iclei-'))
        .every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[part="placeholder"], [role="alert"]') && el.shadowRoot.childElementCount > 0);
    if (html.includes('<iframe')) {
      const frame = tab.frame({ url: /embed\.html/ }) ?? (await tab.waitForEvent('frameattached'));
      await frame.waitForFunction(drawn, null, { timeout: 15000 });
      await tab.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) !== 640, null, { timeout: 15000 });
    } else {
      await tab.waitForFunction(drawn, null, { timeout: 15000 });
    }
    assert.deepEqual(problems, []);
    await tab.close();
  });
}
