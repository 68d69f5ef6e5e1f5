// Where a benchmark page spends its first render: a Chromium trace (main-thread time by kind: script,
// style, layout, paint, GC...) and a V8 CPU profile mapped back to our TypeScript through the bundle's
// source maps, as the top functions and source files by self time.
//
//   node scripts/bench/profile.mjs --case=timeline-1000 [--who=ours] [--top=25] [--save=DIR]
//   node scripts/bench/profile.mjs --case=interaction [--who=ours]      (the scripted pan and zoom)
//
// --save writes trace.json and a .cpuprofile to open in the DevTools Performance panel.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath } from '../browser.mjs';
import { buildCases, LAUNCH_FLAGS, root, slug, VIEWPORT } from './cases.mjs';
import { doneOf } from './pages.mjs';
import { serve } from './server.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const CASE = String(args.case ?? 'map-10000');
const WHO = slug(String(args.who ?? 'ours'));
const TOP = Number(args.top ?? 25);
const interaction = CASE === 'interaction';
const size = Number(CASE.match(/^map-(\d+)$/)?.[1] ?? 10000);
const sizes = size === 84 ? [] : [size]; // map-84 is the real, bundled dataset
const { pages } = await buildCases([interaction ? 'interaction' : CASE.replace(/-.*/, '')], sizes);
const path = interaction ? `/bench/interaction/${WHO}.html` : `/bench/${CASE}/${WHO}.html`;
if (!pages[path]) {
  console.error(`No page ${path}: --case is one of map-84, map-N, timeline-14, timeline-1000, wheel, interaction; --who names a contender.`);
  process.exit(1);
}

const server = await serve(root, pages);
await server.warm(Object.keys(pages));
const browser = await chromium.launch({ executablePath: chromePath(), args: LAUNCH_FLAGS });

/**
 * Opens the page and waits for its done signal; for the interaction case, also pans and zooms. `start`
 * begins recording: before navigation, or for the interaction case once the map is drawn.
 */
async function run(page, start) {
  if (!interaction) await start();
  const done = doneOf(page, 120_000);
  await page.goto(server.url + path, { waitUntil: 'commit' });
  await done;
  if (!interaction) {
    const phases = await page.evaluate(() => ({
      resources: performance.getEntriesByType('resource').map((r) => [r.name.replace(location.origin, ''), r.startTime, r.responseEnd]),
      marks: { 'DOMContentLoaded': performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd, 'element defined': __bench.defined, 'iclei-load': __bench.loaded, 'done (+2 frames)': __bench.t },
    }));
    waterfall.push(phases);
    return phases.marks['done (+2 frames)'];
  }
  const box = await page.evaluate(() =>
    (document.querySelector('iclei-signatory-map')?.shadowRoot.querySelector('[part~="map"]') ?? document.getElementById('map')).getBoundingClientRect().toJSON(),
  );
  const [cx, cy] = [box.x + box.width / 2, box.y + Math.min(box.height, VIEWPORT.height - box.y) / 2];
  await page.mouse.move(cx, cy);
  await start();
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(cx - i * 5, cy - i * 2.5);
  await page.mouse.up();
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -100), await page.waitForTimeout(50);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 100), await page.waitForTimeout(50);
  await page.waitForTimeout(300);
  return undefined;
}

const waterfall = [];

// ---- 1. the trace: main-thread self time by event name ----
const traceContext = await browser.newContext({ viewport: VIEWPORT });
const tracePage = await traceContext.newPage();
const traced = await run(tracePage, () => browser.startTracing(tracePage, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'] }));
const trace = JSON.parse((await browser.stopTracing()).toString());
await traceContext.close();

function mainThreadSelfTimes(events) {
  const threads = new Map();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.set(`${e.pid}:${e.tid}`, true);
  const complete = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`) && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) stack.pop();
  };
  // Thread time (tdur) where the trace has it: on a shared machine, wall time would count the moments
  // the renderer was waiting for a CPU.
  const cost = (e) => e.tdur ?? e.dur;
  for (const e of complete) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cost(e));
    self.set(e.name, (self.get(e.name) ?? 0) + cost(e));
    stack.push({ name: e.name, end: e.ts + e.dur });
  }
  return [...self].map(([name, us]) => [name, us / 1000]).filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]);
}

const traceEvents = trace.traceEvents ?? trace;
const busy = mainThreadSelfTimes(traceEvents);
const cpu = busy.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`# ${path}${traced ? `: done at ${Math.round(traced)} ms (traced run)` : ''}\n\n## Main thread, self CPU time by trace event (ms)\n`);
console.log(`The renderer's main thread used ${Math.round(cpu)} ms of CPU${traced ? ` in the ${Math.round(traced)} ms to done` : ''}.\n`);
console.log('| event | ms |\n| --- | ---: |');
for (const [name, ms] of busy.slice(0, 15)) console.log(`| ${name} | ${ms.toFixed(1)} |`);

for (const { resources, marks } of waterfall) {
  console.log('\n## Waterfall of the traced run (ms from navigation start)\n\n| what | start | end |\n| --- | ---: | ---: |');
  for (const [name, start, end] of resources) console.log(`| ${name.length > 60 ? `…${name.slice(-59)}` : name} | ${start.toFixed(0)} | ${end.toFixed(0)} |`);
  for (const [name, at] of Object.entries(marks)) if (at !== undefined) console.log(`| ${name} | | ${at.toFixed(0)} |`);
}

// ---- 2. the CPU profile, mapped to sources ----
const cpuContext = await browser.newContext({ viewport: VIEWPORT });
const cpuPage = await cpuContext.newPage();
const cdp = await cpuContext.newCDPSession(cpuPage);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const profiled = await run(cpuPage, () => cdp.send('Profiler.start'));
const { profile } = await cdp.send('Profiler.stop');
await cpuContext.close();
await browser.close();
await server.close();

/** Source maps of dist/cdn, if @jridgewell/trace-mapping is at hand (it comes with the build tools). */
let TraceMap;
let originalPositionFor;
try {
  ({ TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping'));
} catch {
  console.error('(@jridgewell/trace-mapping not found: functions stay as minified positions)');
}
const maps = new Map();
function original(frame) {
  const local = frame.url.startsWith(server.url) ? new URL(frame.url).pathname : undefined;
  if (!local || !TraceMap || !local.startsWith('/dist/cdn/')) return undefined;
  const file = join(root, local + '.map');
  if (!maps.has(file)) maps.set(file, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
  const map = maps.get(file);
  if (!map) return undefined;
  const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!pos.source) return undefined;
  const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
  return { source, line: pos.line, name: pos.name };
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const functions = new Map();
const files = new Map();
for (const node of profile.nodes) {
  const ms = dt.get(node.id) ?? 0;
  if (!ms) continue;
  const f = node.callFrame;
  const o = original(f);
  const where = o ? `${o.source}:${o.line}` : f.url ? `${f.url.replace(server.url, '')}:${f.lineNumber + 1}` : '(native)';
  const key = `${f.functionName || o?.name || '(anonymous)'} ${where}`;
  functions.set(key, (functions.get(key) ?? 0) + ms);
  const file = o?.source ?? (f.url ? f.url.replace(server.url, '') : f.functionName || '(native)');
  files.set(file, (files.get(file) ?? 0) + ms);
}
const total = [...functions.values()].reduce((a, b) => a + b, 0);
console.log(`\n## CPU profile${profiled ? ` (done at ${Math.round(profiled)} ms)` : ''}: self time, ${Math.round(total)} ms sampled\n`);
console.log('| function | source | self ms |\n| --- | --- | ---: |');
for (const [key, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  const [name, where] = key.split(' ');
  console.log(`| ${name} | ${where} | ${ms.toFixed(1)} |`);
}
console.log('\n| source file | self ms |\n| --- | ---: |');
for (const [file, ms] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`| ${file} | ${ms.toFixed(1)} |`);

if (args.save) {
  const dir = String(args.save);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${CASE}-${WHO}.trace.json`), JSON.stringify(trace));
  writeFileSync(join(dir, `${CASE}-${WHO}.cpuprofile`), JSON.stringify(profile));
  console.error(`saved the trace and the CPU profile in ${dir}`);
}
