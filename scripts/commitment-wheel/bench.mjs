// `npm run bench:wheel`: builds <iclei-commitment-wheel>'s CDN entry on its own (minified, like the CDN
// build), reports its gzipped size with its chunks (the data chunk apart), and measures its first render in
// headless Chromium: from the page's start to `iclei-load` (data loaded and drawn), median of --runs.
//
//   node scripts/commitment-wheel/bench.mjs [--runs=9] [--width=1200]
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
const RUNS = Math.max(1, Number(args.runs ?? 9));
const WIDTH = Number(args.width ?? 1200);

const out = mkdtempSync(join(tmpdir(), 'wheel-bench-'));
try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: { 'commitment-wheel': join(root, 'src/commitment-wheel/commitment-wheel.define.ts') }, formats: ['es'] },
      rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });

  const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const sizes = files(out)
    .filter((f) => extname(f) === '.js')
    .map((f) => ({ file: relative(out, f), raw: statSync(f).size, gzip: gzipSync(readFileSync(f), { level: 9 }).length }));
  const isData = (s) => /chunks\/commitments-/.test(s.file);
  const sum = (list, key) => list.reduce((n, s) => n + s[key], 0);
  const code = sizes.filter((s) => !isData(s));
  for (const s of sizes) console.log(`${s.file.padEnd(40)} ${String(s.raw).padStart(8)} B  ${String(s.gzip).padStart(7)} B gzipped${isData(s) ? '  (data, loaded lazily)' : ''}`);
  console.log(`entry with its code chunks: ${(sum(code, 'gzip') / 1024).toFixed(1)} KB gzipped (budget 25 KB)`);

  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>window.t0 = performance.now()</script>
    <script type="module" src="/commitment-wheel.js"></script></head><body style="margin:0;font-family:system-ui,sans-serif">
    <iclei-commitment-wheel loading="eager"></iclei-commitment-wheel>
    <script>document.querySelector('iclei-commitment-wheel').addEventListener('iclei-load', () => { window.drawn = performance.now() - window.t0; })</script></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    try {
      const body = readFileSync(join(out, path));
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(url);
    times.push(await tab.waitForFunction(() => window.drawn, null, { timeout: 20_000 }).then((h) => h.jsonValue()));
    await context.close();
  }
  await browser.close();
  server.close();
  times.sort((a, b) => a - b);
  console.log(`first render (page start to iclei-load, ${WIDTH}px, ${RUNS} runs): median ${times[times.length >> 1].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
