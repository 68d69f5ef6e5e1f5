// Writes a synthetic signatories dataset of any size: made-up signatories at real European towns of the
// GeoNames gazetteer (test/fixtures/places.europe.json, from scripts/signatory-map/places.mjs). The
// dataset says it is synthetic in its title; never write it into data/.
// Usage: node scripts/signatory-map/synthetic.mjs <count> [out.json]   (stdout without out.json)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The generator shared with the stories and tests (test/fixtures/signatories.synthetic.ts), bundled for Node. */
export async function loadGenerator() {
  const { outputFiles } = await build({
    entryPoints: [`${root}test/fixtures/signatories.synthetic.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    loader: { '.json': 'json' },
    logLevel: 'error',
  });
  const { syntheticSignatories } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return syntheticSignatories;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '1000', out] = process.argv.slice(2);
  if (out && /(^|\/)data\//.test(out)) throw new Error('synthetic data never goes into data/');
  const json = JSON.stringify((await loadGenerator())(Number(count)));
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
}
