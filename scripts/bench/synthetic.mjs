// Synthetic datasets for the benchmarks, from the generators the elements' own stories and tests use
// (test/fixtures/*.synthetic.ts, bundled for Node with esbuild), so that every benchmark of the project
// draws the same made-up data. Each is marked `meta.synthetic: true` here besides its title; none is ever
// written to data/. Coordinates are rounded to 4 decimals, the precision of the bundled dataset.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadGenerator } from '../signatory-map/synthetic.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A named export of a TypeScript fixture, bundled for Node. */
async function fixture(file, name) {
  const { outputFiles } = await build({ entryPoints: [`${root}${file}`], bundle: true, write: false, format: 'esm', platform: 'neutral', loader: { '.json': 'json' }, logLevel: 'error' });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`))[name];
}

const round = (x) => Math.round(x * 1e4) / 1e4;
const marked = (dataset) => ({ ...dataset, meta: { ...dataset.meta, synthetic: true } });

/** Loads both generators once: `{ signatories(n), timeline(n) }`, each giving a marked dataset. */
export async function generators() {
  const [signatories, timeline] = await Promise.all([loadGenerator(), fixture('test/fixtures/timeline.synthetic.ts', 'syntheticTimeline')]);
  return {
    signatories(n) {
      const dataset = signatories(n);
      for (const s of dataset.signatories) [s.lon, s.lat] = [round(s.lon), round(s.lat)];
      return marked(dataset);
    },
    timeline: (n) => marked(timeline(n)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind = 'signatories', n = '1000'] = process.argv.slice(2);
  const g = await generators();
  process.stdout.write(JSON.stringify(kind === 'timeline' ? g.timeline(Number(n)) : g.signatories(Number(n))));
}
