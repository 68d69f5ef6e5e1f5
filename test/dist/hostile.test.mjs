// The built bundle in hostile host pages: a strict CSP, aggressive CSS, no JavaScript, lazy loading,
// layout shift, print, and requests leaving the page's origin. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../../scripts/browser.mjs';
import { serve } from './serve.mjs';

const root = new URL('../../', import.meta.url).pathname;
const TAGS = ['iclei-signatory-map', 'iclei-commitment-wheel', 'iclei-timeline'];
const SCRIPT = '<script type="module" src="/dist/cdn/iclei-embeds.js"></script>';
const elements = (attrs = '') => TAGS.map((tag) => `<${tag} ${attrs}><a href="https://sustainablecities.eu/">Fallback for ${tag}</a></${tag}>`).join('\n');
/** The stylesheet docs/embedding.md has pages link to reserve each element's box before the script runs. */
const RESERVE = '<link rel="stylesheet" href="/dist/cdn/iclei-embeds.css">';
const ARTICLE = '<style>body { font: 16px/1.5 "DejaVu Serif", serif; margin: 0 } main { width: 900px; margin: auto }</style>';
const article = (tags) => `<main><h1>Article</h1><p>Text above.</p>${tags.map((tag) => `<${tag}><a href="https://sustainablecities.eu/">Fallback for ${tag}</a></${tag}>`).join('\n')}<p>Text below.</p></main>`;
const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

let server;
let browser;

before(async () => {
  server = await serve(root, {
    '/csp.html': page(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; script-src 'self'">${SCRIPT}`, elements('loading="eager"')),
    '/hostile-css.html': page(`<style>* { all: unset } svg { display: none } div { padding: 50px } body { font-family: "DejaVu Serif", serif }</style>${SCRIPT}`, elements('loading="eager"')),
    '/plain.html': page(`${ARTICLE}${SCRIPT}`, article(TAGS)),
    '/reserved.html': page(`${ARTICLE}${RESERVE}${SCRIPT}`, article(TAGS)),
    ...Object.fromEntries(TAGS.map((tag) => [`/reserved-${tag}.html`, page(`${ARTICLE}${RESERVE}${SCRIPT}`, article([tag]))])),
    '/phone.html': page(`<meta name="viewport" content="width=device-width"><style>body { font: 16px/1.5 "DejaVu Serif", serif; margin: 0 12px }</style>${RESERVE}${SCRIPT}`, article(TAGS)),
    '/eager.html': page(SCRIPT, elements('loading="eager"')),
    '/lazy.html': page(SCRIPT, `<div style="height: 5000px">Long article</div>${elements()}`),
  });
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Resolves in the page when every element has fired iclei-load. */
const allLoaded = `window.__loaded = new Set(); document.addEventListener('iclei-load', (e) => window.__loaded.add(e.target.localName), true);`;

async function open(path, { javaScript = true, waitLoaded = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1200, height: 800 } });
  const tab = await context.newPage();
  const problems = [];
  const requests = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('request', (request) => requests.push(request.url()));
  if (javaScript) await tab.addInitScript(allLoaded);
  await tab.goto(server.url + path);
  if (javaScript && waitLoaded) await tab.waitForFunction((n) => window.__loaded.size === n, TAGS.length, { timeout: 15000 });
  return { tab, problems, requests, close: () => context.close() };
}

test('a strict CSP page renders all three with no securitypolicyviolation', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(`window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));${allLoaded}`);
  await tab.goto(`${server.url}/csp.html`);
  await tab.waitForFunction((n) => window.__loaded.size === n, TAGS.length, { timeout: 15000 });
  await tab.waitForTimeout(300);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  await context.close();
});

test('aggressive host CSS does not break them, and the host font is inherited', async () => {
  const { tab, problems, close } = await open('/hostile-css.html');
  const boxes = await tab.evaluate((tags) => tags.map((tag) => {
    const el = document.querySelector(tag);
    const box = el.getBoundingClientRect();
    return { tag, width: box.width, height: box.height, display: getComputedStyle(el).display };
  }), TAGS);
  for (const box of boxes) {
    assert.ok(box.width > 250 && box.height > 150, `${box.tag} is drawn at a usable size: ${JSON.stringify(box)}`);
  }
  const fonts = await tab.evaluate((tags) => tags.map((tag) => getComputedStyle(document.querySelector(tag)).fontFamily), TAGS);
  for (const font of fonts) assert.match(font, /DejaVu Serif/);
  assert.deepEqual(problems, []);
  await close();
});

test('without JavaScript the fallback content stays readable', async () => {
  const { tab, close } = await open('/plain.html', { javaScript: false });
  for (const tag of TAGS) {
    const visible = await tab.getByText(`Fallback for ${tag}`).isVisible();
    assert.ok(visible, tag);
  }
  await close();
});

/**
 * The layout shifts of a page until its elements have loaded and settled: their sum (CLS), and the sum of
 * those after the elements were defined and drawn (two frames after the last `customElements.define`).
 */
async function layoutShifts(path, tags = TAGS, viewport = { width: 1200, height: 3000 }) {
  const context = await browser.newContext({ viewport });
  const tab = await context.newPage();
  await tab.addInitScript(`window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ t: e.startTime, value: e.value }); }).observe({ type: 'layout-shift', buffered: true });
    Promise.all(${JSON.stringify(tags)}.map((t) => customElements.whenDefined(t))).then(() => requestAnimationFrame(() => requestAnimationFrame(() => (window.__upgraded = performance.now()))));
    ${allLoaded}`);
  await tab.goto(server.url + path);
  await tab.waitForFunction((n) => window.__loaded.size === n, tags.length, { timeout: 15000 });
  await tab.waitForTimeout(1500); // the map's basemap arrives after its data
  const { shifts, upgraded } = await tab.evaluate(() => ({ shifts: window.__shifts, upgraded: window.__upgraded }));
  await context.close();
  const sum = (list) => list.reduce((total, s) => total + s.value, 0);
  return { cls: sum(shifts), afterUpgrade: sum(shifts.filter((s) => s.t > upgraded)), shifts };
}

test('with JavaScript the box is reserved from the first frame: cumulative layout shift is 0', async () => {
  const { cls, shifts } = await layoutShifts('/reserved.html');
  assert.equal(cls, 0, `layout shifts: ${JSON.stringify(shifts)}`);
});

for (const tag of TAGS) {
  test(`<${tag}> alone: cumulative layout shift is 0, from the first frame to its data and basemap`, async () => {
    const { cls, shifts } = await layoutShifts(`/reserved-${tag}.html`, [tag]);
    assert.equal(cls, 0, `layout shifts: ${JSON.stringify(shifts)}`);
  });
}

test('on a phone (360 px) too, layout shift is 0 with the page stylesheet', async () => {
  const { cls, shifts } = await layoutShifts('/phone.html', TAGS, { width: 360, height: 3000 });
  assert.equal(cls, 0, `layout shifts: ${JSON.stringify(shifts)}`);
});

test('on a phone (360 px) the wheel\'s box holds the whole list of themes under the wheel', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const tab = await context.newPage();
  await tab.addInitScript(allLoaded);
  await tab.goto(server.url + '/phone.html');
  await tab.evaluate(() => document.querySelector('iclei-commitment-wheel').scrollIntoView());
  await tab.waitForFunction(() => window.__loaded.has('iclei-commitment-wheel'), null, { timeout: 15000 });
  const list = await tab.evaluate(() => {
    const legend = document.querySelector('iclei-commitment-wheel').shadowRoot.querySelector('[part="legend"]');
    const scroller = legend.closest('.side') ?? legend.parentElement;
    return { items: legend.children.length, overflow: scroller.scrollHeight - scroller.clientHeight };
  });
  await context.close();
  assert.equal(list.items, 10);
  assert.ok(list.overflow <= 1, `the list scrolls by ${list.overflow}px`);
});

test('without the page rules, nothing shifts once the elements are drawn: loading and data keep the box', async () => {
  const { afterUpgrade, shifts } = await layoutShifts('/plain.html');
  assert.equal(afterUpgrade, 0, `layout shifts: ${JSON.stringify(shifts)}`);
});

test('loading="lazy": an element far below the fold requests no data until it comes near', async () => {
  const { tab, requests, close } = await open('/lazy.html', { waitLoaded: false });
  await tab.waitForFunction(() => customElements.get('iclei-timeline'));
  await tab.waitForTimeout(500);
  const dataRequests = () => requests.filter((url) => /\/chunks\/(signatories|commitments|timeline|europe\.shapes)-[\w-]+\.js$/.test(url));
  assert.deepEqual(dataRequests(), []);
  for (const tag of TAGS) {
    await tab.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
    await tab.waitForFunction((t) => window.__loaded.has(t), tag, { timeout: 15000 });
  }
  assert.ok(dataRequests().length >= 3);
  await close();
});

test('no request leaves the page origin', async () => {
  const { requests, close } = await open('/plain.html', { waitLoaded: false });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const foreign = requests.filter((url) => !url.startsWith(server.url));
  assert.deepEqual(foreign, []);
  await close();
});

test('printing gives a static picture of each element', async () => {
  const { tab, close } = await open('/eager.html');
  await tab.emulateMedia({ media: 'print' });
  await tab.waitForTimeout(200);
  const heights = await tab.evaluate((tags) => tags.map((tag) => document.querySelector(tag).getBoundingClientRect().height), TAGS);
  for (const height of heights) assert.ok(height > 100);
  await tab.screenshot({ path: `${root}dist/print.png`, fullPage: true });
  await close();
});
