import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_FLAGS, chromePath } from './scripts/browser.mjs';

/** Serves JSON imported as a module (the bundled datasets) as a JS module; fetched JSON stays JSON. */
const jsonModules = {
  name: 'json-modules',
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};`, headers: { 'content-type': 'text/javascript' } };
    }
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, json: false, tsconfig: 'tsconfig.json', target: 'es2022' }), jsonModules],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_FLAGS } })],
  concurrentBrowsers: 1,
  concurrency: 2,
  testFramework: { config: { timeout: 15000 } },
};
