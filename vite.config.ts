import { readFileSync } from 'node:fs';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplatesPlugin } from './scripts/build/minify-templates.mjs';

/** Runtime dependencies stay external in the npm build; the CDN build bundles everything. */
const external = [/^lit($|\/)/, /^@lit\//, /^d3-/, /^topojson-client/];

const elements = ['signatory-map', 'commitment-wheel', 'timeline'];

/**
 * The CDN entries. `scripts/build-cdn.mjs` builds each on its own (`ICLEI_CDN_ENTRY` names it), so that an
 * entry is one file with Lit inside: a page waits for one request before the element is defined, not a
 * chain of shared chunks. Only the datasets and the non-English messages stay lazy chunks beside it.
 */
const cdnEntries: Record<string, string> = {
  'iclei-embeds': 'src/define.ts',
  autoload: 'src/autoload.ts',
  embed: 'src/embed/embed.ts',
  ...Object.fromEntries(elements.map((e) => [e, `src/${e}/${e}.define.ts`])),
};

function cdnEntry(): Record<string, string> {
  const name = process.env.ICLEI_CDN_ENTRY ?? '';
  if (!cdnEntries[name]) throw new Error(`The CDN build takes one entry (${Object.keys(cdnEntries).join(', ')}): run \`npm run build:cdn\`.`);
  return { [name]: cdnEntries[name] };
}

/** Copies the iframe page (embed.html and its stylesheet) and the page stylesheet that reserves the boxes beside the CDN bundle. */
const embedPage: Plugin = {
  name: 'iclei-embed-page',
  apply: (_config, { command, mode }) => command === 'build' && mode === 'cdn' && process.env.ICLEI_CDN_ENTRY === 'embed',
  generateBundle() {
    for (const fileName of ['embed.html', 'embed.css', 'iclei-embeds.css']) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`, 'utf8') });
    }
  },
};

/**
 * The datasets as `JSON.parse('…')` rather than as object literals, which is what Rolldown makes of a JSON
 * import: V8 parses JSON much faster than the same data written as JavaScript (the V8 team's advice for
 * anything over 10 kB). Measured in Chromium, importing the basemap chunk: about 57 → 24 ms at best.
 */
const jsonParse: Plugin = {
  name: 'iclei-json-parse',
  apply: 'build',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.json')) return null;
    const json = JSON.stringify(JSON.parse(readFileSync(id, 'utf8')));
    return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: { mappings: '' }, moduleType: 'js' };
  },
};

/**
 * A Terser compress pass over each CDN chunk before Rolldown's own minifier (oxc) runs on it. The two find
 * different savings: Terser's `reduce_vars` inlines single-use functions and constants that oxc keeps;
 * together they take about 550 B gzipped off the three elements, against oxc alone. Terser leaves the
 * names to oxc (no mangling) and the datasets alone.
 */
const compress: Plugin = {
  name: 'iclei-compress',
  apply: (_config, { command, mode }) => command === 'build' && mode === 'cdn',
  async renderChunk(code, chunk) {
    if (chunk.moduleIds.every((id) => id.endsWith('.json'))) return null;
    const out = await minify(code, { module: true, ecma: 2022, compress: { passes: 2 }, mangle: false, sourceMap: true });
    return { code: out.code!, map: out.map as string };
  },
};

/** `vite build`: ES modules for npm users. `npm run build:cdn`: the self-contained build in dist/cdn/. */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  const entry = cdn
    ? cdnEntry()
    : { index: 'src/index.ts', define: 'src/define.ts', ...Object.fromEntries(elements.map((e) => [`${e}/define`, `src/${e}/${e}.define.ts`])) };
  return {
    plugins: [jsonParse, embedPage, minifyTemplatesPlugin, compress],
    build: {
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: cdn ? [] : external,
        // The compress pass takes most of a CDN build's few seconds, by design: no warning about it.
        checks: { bundlerTimings: !cdn },
        // Lets the code an entry shares with its lazy chunks stay in the entry rather than a chunk of its own.
        preserveEntrySignatures: cdn ? 'allow-extension' : 'strict',
        output: {
          minify: cdn,
          // The CDN files are not bundled again: the annotations for bundlers (`@__PURE__`) and Lit's ten
          // licence headers give way to one notice.
          comments: !cdn,
          postBanner: (chunk) => (cdn && chunk.moduleIds.some((id) => id.includes('/lit-html/')) ? '/*! iclei-embeds, MIT. Includes Lit: BSD-3-Clause, Copyright Google LLC. */' : ''),
          entryFileNames: '[name].js',
          chunkFileNames: cdn ? 'chunks/[name]-[hash].js' : 'chunks/[name].js',
        },
      },
    },
  };
});
