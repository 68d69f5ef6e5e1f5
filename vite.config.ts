import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** Runtime dependencies stay external in the npm build; the CDN build bundles everything. */
const external = [/^lit($|\/)/, /^@lit\//, /^d3-/, /^topojson-client/];

const elements = ['signatory-map', 'commitment-wheel', 'timeline'];

/** Copies the iframe page (embed.html and its stylesheet) beside the CDN bundle. */
const embedPage: Plugin = {
  name: 'iclei-embed-page',
  apply: (_config, { command, mode }) => command === 'build' && mode === 'cdn',
  generateBundle() {
    for (const fileName of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`, 'utf8') });
    }
  },
};

/** `vite build`: ES modules for npm users. `vite build --mode cdn`: the self-contained build in dist/cdn/. */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  const entry = cdn
    ? {
        'iclei-embeds': 'src/define.ts',
        autoload: 'src/autoload.ts',
        embed: 'src/embed/embed.ts',
        ...Object.fromEntries(elements.map((e) => [e, `src/${e}/${e}.define.ts`])),
      }
    : { index: 'src/index.ts', define: 'src/define.ts', ...Object.fromEntries(elements.map((e) => [`${e}/define`, `src/${e}/${e}.define.ts`])) };
  return {
    plugins: [embedPage],
    build: {
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: cdn ? [] : external,
        output: {
          minify: cdn,
          entryFileNames: '[name].js',
          chunkFileNames: cdn ? 'chunks/[name]-[hash].js' : 'chunks/[name].js',
        },
      },
    },
  };
});
