// `npm run bench:timeline`: builds <iclei-timeline>'s CDN entry on its own (minified, like the CDN build),
// reports its gzipped size with its chunks (the data chunk apart), then in headless Chromium measures the
// render time for 14 (the bundled data), 1,000 and 10,000 synthetic events: from setting `data` to
// `iclei-load` and the next painted frame, median of --runs, each run in a fresh page. Last, it scrolls the
// 1,000-event track 12,000 px at 40 px a frame (a brisk swipe) and reports frame times.
//
//   node scripts/timeline/bench.mjs [--runs=5] [--width=1200] [--sizes=14,1000,10000]
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROME_FLAGS, chromePath } from '../browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const RUNS = Math.max(1, Number(args.runs ?? 5));
const WIDTH = Number(args.width ?? 1200);
const SIZES = String(args.sizes ?? '14,1000,10000').split(',').map(Number);

const out = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];

try {
  // The element's entry, as the CDN build makes it; the synthetic generator built beside it for the page only.
  const lib = (entry) => ({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(out, Object.keys(entry)[0] === 'timeline' ? 'cdn' : 'tools'),
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['es'] },
      rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  await build(lib({ timeline: join(root, 'src/timeline/timeline.define.ts') }));
  await build(lib({ synthetic: join(root, 'test/fixtures/timeline.synthetic.ts') }));

  const cdn = join(out, 'cdn');
  const sizes = files(cdn)
    .filter((f) => extname(f) === '.js')
    .map((f) => ({ file: relative(cdn, f), raw: statSync(f).size, gzip: gzipSync(readFileSync(f), { level: 9 }).length }));
  const isData = (s) => /^chunks\/timeline-/.test(s.file);
  const code = sizes.filter((s) => !isData(s));
  for (const s of sizes) console.log(`${s.file.padEnd(40)} ${String(s.raw).padStart(8)} B  ${String(s.gzip).padStart(7)} B gzipped${isData(s) ? '  (data, loaded lazily)' : ''}`);
  console.log(`entry with its code chunks: ${(code.reduce((n, s) => n + s.gzip, 0) / 1024).toFixed(1)} KB gzipped (budget 25 KB)\n`);

  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module">
      import '/cdn/timeline.js';
      import { syntheticTimeline } from '/tools/synthetic.js';
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      /** Draws n events (14: the bundled dataset) in a new element; resolves with ms from setting data to the painted frame. */
      window.draw = async (n) => {
        const data = n === 14 ? await (await fetch('/data/timeline.json')).json() : syntheticTimeline(n);
        const el = document.createElement('iclei-timeline');
        el.setAttribute('loading', 'eager');
        document.body.append(el);
        await customElements.whenDefined('iclei-timeline');
        await frame();
        const loaded = new Promise((r) => el.addEventListener('iclei-load', (e) => r(e.count), { once: true }));
        const t0 = performance.now();
        el.data = data;
        const count = await loaded;
        await frame();
        return { ms: performance.now() - t0, count, nodes: el.shadowRoot.querySelectorAll('*').length };
      };
      /** Scrolls the track by px each frame for steps frames; resolves with the frame intervals. */
      window.scroll = async (steps, px) => {
        const scroller = document.querySelector('iclei-timeline').shadowRoot.querySelector('.scroller');
        const gaps = [];
        let last = performance.now();
        for (let i = 1; i <= steps; i++) {
          scroller.scrollLeft = i * px;
          await new Promise(requestAnimationFrame);
          const now = performance.now();
          gaps.push(now - last);
          last = now;
        }
        return { gaps, width: scroller.scrollWidth };
      };
      window.ready = true;
    </script></head><body style="margin:0;font-family:system-ui,sans-serif"></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    const file = path.startsWith('/data/') ? join(root, path) : join(out, path);
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/javascript' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => window.ready);
    return { context, tab };
  };

  console.log(`render, ${WIDTH}px wide, ${RUNS} runs each (from setting data to the painted frame):`);
  for (const n of SIZES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { context, tab } = await open();
      runs.push(await tab.evaluate((count) => window.draw(count), n));
      await context.close();
    }
    const ms = runs.map((r) => r.ms);
    console.log(`  ${String(n).padStart(6)} events: median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}); ${runs[0].count} drawn, ${runs[0].nodes} shadow DOM nodes`);
  }

  const { context, tab } = await open();
  await tab.evaluate(() => window.draw(1000));
  const { gaps, width } = await tab.evaluate(() => window.scroll(300, 40));
  await context.close();
  const sorted = [...gaps].sort((a, b) => a - b);
  console.log(
    `\nscroll, 1,000 events (a ${width.toLocaleString('en')} px track), 40 px a frame for 300 frames: median frame ${median(gaps).toFixed(1)} ms, 95th percentile ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, longest ${sorted.at(-1).toFixed(1)} ms, ${gaps.filter((g) => g > 50).length} frames over 50 ms`,
  );
  await browser.close();
  server.close();
} finally {
  rmSync(out, { recursive: true, force: true });
}
