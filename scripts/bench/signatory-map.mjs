// npm run bench:map — first-render time and pan/zoom frame times of <iclei-signatory-map> at 1k, 10k and
// 100k synthetic signatories, in headless Chromium. The element is bundled minified (as on the CDN);
// the synthetic data is generated in the page before the clock starts.
//   first render: from setting `data` to two animation frames after `iclei-load`;
//   frame work:   from a pointer or wheel event to the map redrawn (Lit update and canvas draw, layout forced);
//   frame interval: the time between animation frames during a real mouse drag (the whole pipeline).
// Usage: node scripts/bench/signatory-map.mjs [sizes=1000,10000,100000]
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);

const entry = `
import '${root}src/signatory-map/signatory-map.define.ts';
import { syntheticSignatories } from '${root}test/fixtures/signatories.synthetic.ts';
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
window.bench = {
  async render(n) {
    document.body.innerHTML = '<iclei-signatory-map loading="eager" style="width: 1200px"></iclei-signatory-map>';
    const el = document.body.firstElementChild;
    const data = syntheticSignatories(n);
    await frame();
    const t0 = performance.now();
    const loaded = new Promise((r) => el.addEventListener('iclei-load', r, { once: true }));
    el.data = data;
    await loaded;
    await frame();
    await frame();
    return performance.now() - t0;
  },
  async frames(kind) {
    const el = document.querySelector('iclei-signatory-map');
    const map = el.shadowRoot.querySelector('.map');
    const box = map.getBoundingClientRect();
    const at = (x, y) => ({ clientX: box.left + x, clientY: box.top + y, pointerId: 1, pointerType: 'mouse', bubbles: true });
    const times = [];
    const cx = box.width / 2, cy = box.height / 2;
    if (kind === 'pan') map.dispatchEvent(new PointerEvent('pointerdown', { ...at(cx, cy), button: 0 }));
    for (let i = 1; i <= 60; i++) {
      await frame();
      const t0 = performance.now();
      if (kind === 'pan') map.dispatchEvent(new PointerEvent('pointermove', at(cx + 150 * Math.sin(i / 6), cy + 80 * Math.cos(i / 6))));
      else map.dispatchEvent(new WheelEvent('wheel', { ...at(cx + 40, cy - 30), deltaY: i <= 30 ? -60 : 60, ctrlKey: true, cancelable: true, bubbles: true }));
      await el.updateComplete;
      map.getBoundingClientRect();
      times.push(performance.now() - t0);
    }
    if (kind === 'pan') map.dispatchEvent(new PointerEvent('pointerup', at(cx, cy)));
    return { median: median(times), p95: p95(times) };
  },
  async intervals() {
    const stamps = [];
    let on = true;
    const tick = (t) => { stamps.push(t); if (on) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    return () => { on = false; const d = stamps.slice(1).map((t, i) => t - stamps[i]); return { median: median(d), p95: p95(d) }; };
  },
};
`;

const { outputFiles } = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  splitting: false,
  tsconfig: `${root}tsconfig.json`,
  loader: { '.json': 'json' },
  logLevel: 'error',
});
const script = outputFiles[0].text;
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><body style="margin:0;font-family:sans-serif"></body><script type="module" src="/bench.js"></script></html>`;
const server = createServer((req, res) => {
  const js = req.url === '/bench.js';
  res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
  res.end(js ? script : page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
const rows = [];
try {
  for (const n of sizes) {
    const tab = await browser.newPage({ viewport: { width: 1240, height: 1100 } });
    tab.on('pageerror', (e) => console.error(e));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => window.bench);
    const first = await tab.evaluate((count) => window.bench.render(count), n);
    const pan = await tab.evaluate(() => window.bench.frames('pan'));
    const zoom = await tab.evaluate(() => window.bench.frames('zoom'));
    // A real mouse drag, to time the whole pipeline between frames.
    const box = await tab.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('iclei-signatory-map').shadowRoot.querySelector('.map').getBoundingClientRect())));
    await tab.evaluate(() => (window.stop = null));
    await tab.evaluate(() => window.bench.intervals().then((stop) => (window.stop = stop)));
    await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await tab.mouse.down();
    for (let i = 0; i < 60; i++) await tab.mouse.move(box.x + box.width / 2 + 200 * Math.sin(i / 8), box.y + box.height / 2 + 100 * Math.cos(i / 8));
    await tab.mouse.up();
    const interval = await tab.evaluate(() => window.stop());
    rows.push({ signatories: n, 'first render ms': first, 'pan median ms': pan.median, 'pan p95 ms': pan.p95, 'zoom median ms': zoom.median, 'zoom p95 ms': zoom.p95, 'drag frame interval median ms': interval.median });
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
const round = (v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10) / 10 : v);
console.table(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]))));
