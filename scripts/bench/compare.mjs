// `npm run bench`: our three elements (the built dist/cdn/ bundle) against what a partner would otherwise
// use, side by side in one run: Leaflet + Leaflet.markercluster, TimelineJS, vis-timeline, an ECharts
// sunburst, and bare-page floors. Headless Chromium through playwright-core, a fresh browser context per
// run, contenders interleaved, medians of --runs (at least 5). Prints a markdown table and writes
// bench/results.md and bench/map-render.svg.
//
//   node scripts/bench/compare.mjs [--runs=5] [--only=map,interaction,timeline,wheel] [--sizes=1000,10000,100000]
//                                  [--no-write] [--write] [--out=DIR] [--shots=DIR]
// Results are written after a full run of 5 or more rounds, or with --write. --report=bench/results.json
// writes results.md and the chart again from saved figures (after an edit of bench/findings.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath } from '../browser.mjs';
import { buildCases, INTERACTION_N, LAUNCH_FLAGS, root, slug, VIEWPORT, WITH_MARKUP } from './cases.mjs';
import { chart } from './chart.mjs';
import { doneOf, floorList, KEEP_MARKUP } from './pages.mjs';
import { serve } from './server.mjs';
import { stats, results, table } from './report.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const RUNS = Math.max(1, Number(args.runs ?? 5));
const ONLY = args.only ? String(args.only).split(',') : ['map', 'interaction', 'timeline', 'wheel'];
const WRITE = args.write || (!args['no-write'] && RUNS >= 5 && !args.only);
const SIZES = (args.sizes ? String(args.sizes).split(',') : ['1000', '10000', '100000']).map(Number);
const TIMEOUT = 120_000;
const OUT = args.out ? String(args.out) : join(root, 'bench');

if (args.report) {
  // Re-renders results.md and the chart from a saved results.json (after editing bench/findings.md).
  write(JSON.parse(readFileSync(String(args.report), 'utf8')));
  process.exit(0);
}

if (!existsSync(join(root, 'dist/cdn/signatory-map.js'))) {
  console.error('dist/cdn/ is missing: run `npm run build:cdn` (or `npm run build`) first.');
  process.exit(1);
}

const { cases, pages } = await buildCases(ONLY, SIZES);
const server = await serve(root, pages);
await server.warm(Object.keys(pages));
const browser = await chromium.launch({ executablePath: chromePath(), args: LAUNCH_FLAGS });
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: browser.version(),
  playwright: JSON.parse(readFileSync(join(root, 'node_modules/playwright-core/package.json'), 'utf8')).version,
  loadBefore: loadavg().map((x) => x.toFixed(2)).join(' '),
};
console.error(`${machine.cpus} × ${machine.cpu}, Chromium ${machine.chromium}, load ${machine.loadBefore}; ${RUNS} runs`);

/** One fresh context and page; returns what the page measured and what it requested. */
async function open(path, shot) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  const outside = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && outside.push(r.url()));
  const from = server.log.length;
  const done = doneOf(page, TIMEOUT);
  try {
    await page.goto(server.url + path, { waitUntil: 'commit', timeout: TIMEOUT });
    await done;
  } catch (error) {
    await context.close();
    throw new Error(`${path}: ${error.message.split('\n')[0]}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
  }
  const bytes = server.log.slice(from).filter((r) => r.kind !== 'html');
  const measured = await page.evaluate(() => {
    window.gc?.();
    return { t: __bench.t, note: __bench.note, count: __bench.count, error: __bench.error, heap: performance.memory.usedJSHeapSize };
  });
  if (shot) await page.screenshot({ path: shot });
  return { page, context, measured, bytes, errors, outside };
}

const sum = (list, kinds) => list.filter((r) => kinds.includes(r.kind)).reduce((s, r) => s + r.bytes, 0);

/** The floor with our finished markup (see `floorList`), kept from one page of ours (not counted); served from then on. */
async function addMarkupFloor(c) {
  const keep = `/bench/${c.id}/ours-keeping-markup.html`;
  pages[keep] = c.contenders.ours.replace('</body>', `${KEEP_MARKUP}\n</body>`);
  await server.warm([keep]);
  const { page, context } = await open(keep);
  const markup = await page.evaluate(() => __bench.markup);
  await context.close();
  const path = `/bench/${c.id}/${slug(WITH_MARKUP)}.html`;
  pages[path] = floorList(c.drawn.src, c.drawn.key, { ...c.drawn, markup });
  await server.warm([path]);
  c.contenders[WITH_MARKUP] = pages[path];
}

/** First render: every contender of a case, interleaved, a warm-up round first (not counted). */
async function firstRender(c) {
  if (c.drawn) await addMarkupFloor(c);
  const names = Object.keys(c.contenders);
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = -1; round < RUNS; round++) {
    const order = names.map((_, i) => names[(i + Math.max(0, round)) % names.length]);
    for (const name of order) {
      const shot = round === 0 && args.shots ? join(String(args.shots), `${c.id}-${slug(name)}.png`) : undefined;
      let run;
      try {
        run = await open(`/bench/${c.id}/${slug(name)}.html`, shot);
        await run.context.close();
      } catch (error) {
        // A contender that never finishes is reported, and the others still run.
        if (round >= 0) runs[name].push({ t: NaN, failed: error.message, errors: [], outside: [] });
        continue;
      }
      if (round < 0) continue;
      const { measured, bytes, errors, outside } = run;
      // A run that drew some other dataset (such as a bundled default) measured the wrong thing.
      if (measured.count !== c.n) {
        runs[name].push({ t: NaN, failed: `drew ${measured.count} items, not ${c.n}`, errors: [], outside: [] });
        continue;
      }
      runs[name].push({ ...measured, js: sum(bytes, ['js']), css: sum(bytes, ['css']), data: sum(bytes, ['data']), other: sum(bytes, ['other', 'missing']), requests: bytes.length, errors, outside });
    }
    process.stderr.write('.');
  }
  process.stderr.write(` ${c.id}\n`);
  return Object.fromEntries(names.map((n) => [n, summarize(runs[n])]));
}

function summarize(runs) {
  const first = runs.find((r) => !r.failed) ?? { js: 0, css: 0, data: 0, other: 0, requests: 0 };
  return {
    time: stats(runs.map((r) => r.t)),
    heap: stats(runs.map((r) => r.heap)).median,
    js: first.js, css: first.css, data: first.data, other: first.other, requests: first.requests,
    count: first.count,
    failed: runs.filter((r) => r.failed).length,
    notes: [...new Set(runs.flatMap((r) => [r.failed, r.note?.startsWith('gave up') ? r.note : undefined, r.error, ...r.errors].filter(Boolean)))],
    // Only the kinds of the files asked for elsewhere (by extension), not their addresses.
    outside: [...new Set(runs.flatMap((r) => r.outside))].map((u) => new URL(u).pathname.match(/\.(\w+)$/)?.[1] ?? 'other'),
  };
}

/**
 * Scripted pan and zoom over the map, without idle gaps: a drag, a burst of wheel steps in, a drag back, a
 * burst out, then 300 ms for the library to settle; the page records requestAnimationFrame deltas.
 */
async function interact(path, surface, shot) {
  const { page, context } = await open(path);
  const box = await page.evaluate(surface);
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height, VIEWPORT.height - box.y) / 2;
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  await page.mouse.move(cx, cy);
  await page.evaluate(() => __bench.record());
  const drag = async (dx, dy) => {
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(cx + (dx * i) / 40, cy + (dy * i) / 40);
      await pause(16);
    }
    await page.mouse.up();
    await page.mouse.move(cx, cy);
  };
  const wheel = async (dy) => {
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, dy);
      await pause(50);
    }
  };
  await drag(-200, -100);
  await wheel(-100);
  await drag(250, 120);
  await wheel(100);
  await pause(300);
  const frames = await page.evaluate(() => __bench.stop());
  if (shot) await page.screenshot({ path: shot });
  await context.close();
  return frames;
}

async function interaction() {
  const contenders = {
    ours: ['/bench/interaction/ours.html', () => document.querySelector('iclei-signatory-map').shadowRoot.querySelector('[part~="map"]').getBoundingClientRect().toJSON()],
    'Leaflet + markercluster': ['/bench/interaction/leaflet-markercluster.html', () => document.getElementById('map').getBoundingClientRect().toJSON()],
  };
  const runs = Object.fromEntries(Object.keys(contenders).map((n) => [n, []]));
  for (let round = 0; round < RUNS; round++) {
    const names = Object.keys(contenders);
    for (const name of round % 2 ? names.reverse() : names) {
      let frames;
      try {
        frames = await interact(...contenders[name], round === 0 && args.shots ? join(String(args.shots), `interaction-${slug(name)}.png`) : undefined);
      } catch (error) {
        console.error(`interaction, ${name}: ${error.message}`);
        continue;
      }
      const s = stats(frames);
      runs[name].push({ median: s.median, p95: s.p95, frames: frames.length, max: s.max });
    }
    process.stderr.write('.');
  }
  process.stderr.write(' interaction\n');
  return Object.fromEntries(
    Object.entries(runs).map(([n, r]) => [n, { median: stats(r.map((x) => x.median)).median, p95: stats(r.map((x) => x.p95)).median, max: stats(r.map((x) => x.max)).median, frames: stats(r.map((x) => x.frames)).median }]),
  );
}

const measured = { cases: [], interaction: undefined };
try {
  for (const c of cases) measured.cases.push({ ...c, contenders: undefined, results: await firstRender(c) });
  if (ONLY.includes('interaction')) measured.interaction = await interaction();
} finally {
  await browser.close();
  await server.close();
}
machine.loadAfter = loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(table(measured));
if (WRITE) write({ machine, runs: RUNS, ...measured });
else console.error('(not written: a full run with --runs of 5 or more writes bench/results.md)');

/** results.md (with bench/findings.md appended), map-render.svg and results.json. */
function write(saved) {
  mkdirSync(OUT, { recursive: true });
  const findings = join(root, 'bench/findings.md');
  const markdown = results(saved.machine, saved, saved.runs, { interactionN: INTERACTION_N });
  writeFileSync(join(OUT, 'results.md'), markdown + (existsSync(findings) ? `\n${readFileSync(findings, 'utf8')}` : ''));
  writeFileSync(join(OUT, 'map-render.svg'), chart(saved.cases.filter((c) => c.group === 'map' && c.n >= 1000)));
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(saved, null, 2) + '\n');
  console.error(`wrote results.md, map-render.svg and results.json in ${OUT === join(root, 'bench') ? 'bench/' : OUT}`);
}
