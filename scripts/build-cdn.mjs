// The CDN build in dist/cdn/: each entry of vite.config.ts's `cdnEntries` built on its own, so that
// each is a single file (see the comment there).
import { build } from 'vite';

const entries = ['iclei-embeds', 'signatory-map', 'commitment-wheel', 'timeline', 'autoload', 'embed'];

for (const [i, entry] of entries.entries()) {
  process.env.ICLEI_CDN_ENTRY = entry;
  await build({ mode: 'cdn', logLevel: 'warn', build: { emptyOutDir: i === 0 } });
}
