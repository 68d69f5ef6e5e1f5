// Statistics and the markdown of the benchmark: the figures table, the targets of issue 7, the machine.
import { WITH_MARKUP } from './cases.mjs';

/** Median, nearest-rank 95th percentile, min and max. */
export function stats(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, p95: at(0.95), min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** One frame at 60 Hz, with 10 % for the jitter of requestAnimationFrame timestamps. */
export const ONE_FRAME = (1000 / 60) * 1.1;

const ms = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)}`);
const kb = (bytes) => (bytes ? (bytes / 1000).toFixed(1) : '0');
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const x = (r) => (Number.isFinite(r) ? `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×` : '–');
export const wire = (r) => r.js + r.css + r.data;

/** The figures: one row per case and contender. */
export function table({ cases, interaction }) {
  const rows = [
    '| case | contender | first render, median ms | min–max ms | ÷ ours | JS+CSS KB gz | data KB gz | other KB | JS heap MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of cases) {
    const ours = c.results.ours;
    for (const [name, r] of Object.entries(c.results)) {
      const flag = r.notes.length ? ' ⚠' : '';
      rows.push(
        `| ${c.label} | ${name}${flag} | ${ms(r.time.median)} | ${ms(r.time.min)}–${ms(r.time.max)} | ${name === 'ours' ? '1' : x(r.time.median / ours?.time.median)} | ${kb(r.js + r.css)} | ${kb(r.data)} | ${kb(r.other)} | ${mb(r.heap)} |`,
      );
    }
  }
  if (interaction) {
    rows.push('', '| map pan and zoom, 10,000 signatories | frame time median ms | p95 ms | worst ms (median of runs) | frames |', '| --- | ---: | ---: | ---: | ---: |');
    const f = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
    for (const [name, r] of Object.entries(interaction)) rows.push(`| ${name} | ${f(r.median)} | ${f(r.p95)} | ${f(r.max, 0)} | ${f(r.frames, 0)} |`);
  }
  return rows.join('\n');
}

/** The targets of issue 7, each judged on this run's figures. */
export function targets({ cases, interaction }) {
  const get = (id) => cases.find((c) => c.id === id)?.results;
  const time = (id, who) => get(id)?.[who]?.time.median;
  const rows = [];
  const add = (what, value, ok) => rows.push(`| ${what} | ${value} | ${ok === undefined ? 'not measured' : ok ? 'met' : '**missed**'} |`);
  // Beside it, where the case has one, the floor showing our finished markup: the least ours could take.
  const within = (id, limit) => {
    const r = time(id, 'ours') / time(id, 'floor');
    const markup = time(id, WITH_MARKUP) / time(id, 'floor');
    add(
      `${get(id) ? cases.find((c) => c.id === id).label : id}: ours within ${limit}× the floor`,
      `${x(r)} the floor${Number.isFinite(markup) ? ` (the floor with our markup: ${x(markup)})` : ''}`,
      Number.isFinite(r) ? r <= limit : undefined,
    );
  };
  // Beside each "faster than a peer" target, the floor's own ratio: the most any library could reach here.
  const faster = (id, peer, factor) => {
    const r = time(id, peer) / time(id, 'ours');
    const floor = time(id, peer) / time(id, 'floor');
    const markup = time(id, peer) / time(id, WITH_MARKUP);
    add(
      `${get(id) ? cases.find((c) => c.id === id).label : id}: at least ${factor}× faster than ${peer}`,
      `${x(r)} (the floor: ${x(floor)}${Number.isFinite(markup) ? `; the floor with our markup: ${x(markup)}` : ''})`,
      Number.isFinite(r) ? r >= factor : undefined,
    );
  };
  within('map-10000', 1.5);
  within('map-100000', 2);
  faster('map-10000', 'Leaflet + markercluster', 4);
  faster('map-100000', 'Leaflet + markercluster', 10);
  const i = interaction?.ours;
  const ok = i && Number.isFinite(i.median);
  add(`Map pan and zoom at 10,000: median frame within one frame (≤ ${ONE_FRAME.toFixed(1)} ms)`, ok ? `${i.median.toFixed(1)} ms (p95 ${i.p95.toFixed(1)} ms)` : '–', ok ? i.median <= ONE_FRAME : undefined);
  faster('timeline-1000', 'TimelineJS', 10);
  faster('timeline-1000', 'vis-timeline', 4);
  within('timeline-14', 1.5);
  within('wheel', 1.5);
  // The dataset is the same file for every contender: the floor's bytes. What is judged is what each
  // library adds to it (code, styles, basemap); the totals are shown beside.
  for (const c of cases) {
    const ours = c.results.ours;
    const dataset = c.results.floor ? wire(c.results.floor) : 0;
    for (const [name, r] of Object.entries(c.results)) {
      if (name === 'ours' || name === 'floor' || name === WITH_MARKUP) continue;
      const ratio = (wire(ours) - dataset) / (wire(r) - dataset);
      add(
        `${c.label}: our bytes at most half of ${name}'s`,
        `${kb(wire(ours) - dataset)} KB vs ${kb(wire(r) - dataset)} KB over the ${kb(dataset)} KB dataset (${(ratio * 100).toFixed(0)} %); totals ${kb(wire(ours))} vs ${kb(wire(r))} KB`,
        ratio <= 0.5,
      );
    }
  }
  return ['| target | this run | |', '| --- | --- | --- |', ...rows].join('\n');
}

/** bench/results.md, less the findings that compare.mjs appends. */
export function results(machine, measured, runs, { interactionN }) {
  const notes = measured.cases.flatMap((c) => [
    ...(c.viaData ? [`- ${c.label}: the dataset is past the elements' 20 MB \`src\` limit, so our page fetches the same file and sets the \`data\` property (the floor and Leaflet fetch it the same way).`] : []),
    ...Object.entries(c.results).flatMap(([name, r]) => [
      ...r.notes.map((n) => `- ${c.label}, ${name}: ${n}`),
      ...(r.outside.length ? [`- ${c.label}, ${name}: asked for ${r.outside.length} file(s) from other hosts (${[...new Set(r.outside)].join(', ')}), refused as the bench allows only loopback; the library went on without them.`] : []),
    ]),
  ]);
  return `# Benchmarks: ours against what partners would otherwise use

Generated by \`npm run bench\` (\`scripts/bench/compare.mjs\`); do not edit by hand. Re-run it to check
every figure on your machine.

**Machine:** ${machine.cpus} × ${machine.cpu}, ${machine.memory}, ${machine.os}; Node ${machine.node};
Chromium ${machine.chromium}, headless, driven by playwright-core ${machine.playwright}. Load average (1, 5,
15 min) ${machine.loadBefore} before the run and ${machine.loadAfter} after: ${
    Number(machine.loadBefore.split(' ')[0]) > machine.cpus / 2
      ? 'other work shared the CPUs, so absolute times are slower than on an idle machine; the contenders ran interleaved, so the ratios are fair'
      : 'the machine was otherwise quiet'
  }.

**Method:** each page opens in a fresh browser context (empty cache) at 1280×800, served gzipped from
127.0.0.1; contenders run interleaved (ours, peer, floor, then rotated), one warm-up round, then ${runs}
rounds; figures are medians. *First render* runs from navigation start to the library's own "drawn"
signal plus two animation frames: \`iclei-load\` and the basemap's countries in the DOM for ours,
markers added for Leaflet (after \`fetch\` of the same JSON), \`ready\` for TimelineJS, the first
\`changed\` for vis-timeline, \`finished\` for ECharts (animation off, as ours has no entry animation).
The page says when it is done with a console message, so that the harness runs no script in the page
before then. The map floor fetches and parses the same JSON and draws one canvas dot per signatory, the least any
map can do; the timeline and wheel floor fetches the JSON and lists the titles. *${WITH_MARKUP}* is that
floor page doing also what none of our code can avoid: it loads our element's script (the same file as
ours) and shows our element's markup as it was when it fired \`iclei-load\`, kept from a page of ours
at the start of the case, with its styles. It is done once that is drawn and the element defined: not a contender, but the least ours could
take if it computed nothing. *Bytes* are the gzipped
responses the page actually requested (the bench page's own HTML left out); our bundled datasets are
lazily imported chunks and count as data. *Heap* is \`performance.memory.usedJSHeapSize\` after the first
render and a forced GC (\`--enable-precise-memory-info\`, \`--js-flags=--expose-gc\`). *Pan and zoom*
drags the map, turns the mouse wheel 8 steps in, drags back and turns it 8 steps out through
playwright's mouse, without pauses, over ${interactionN.toLocaleString('en')} signatories, recording
\`requestAnimationFrame\` deltas in the page (16.7 ms is one frame at 60 Hz).
Synthetic data comes from the generators the elements' stories and tests use
(\`test/fixtures/*.synthetic.ts\`: made-up signatories at real GeoNames towns in Europe, made-up events),
marked \`synthetic: true\` by \`scripts/bench/synthetic.mjs\`; it is never written to \`data/\`.

## Figures

${table(measured)}

÷ ours is the contender's median divided by ours: above 1, we are faster. ⚠ marks a contender with a
note below. The bytes target compares what each library adds to the dataset: its total less the floor's,
which loads the same dataset and nothing else.

![Map first render against the number of signatories, log scales](map-render.svg)

## Targets (issue 7)

${targets(measured)}
${notes.length ? `\n## Notes\n\n${notes.join('\n')}\n` : ''}`;
}
