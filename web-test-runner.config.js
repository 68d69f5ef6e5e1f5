import { Readable } from 'node:stream';
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

/** Test endpoints: a response past the size limit, with and without a Content-Length. */
const MB = 1024 * 1024;
async function testEndpoints(context, next) {
  if (context.path === '/__test/huge.json') {
    context.type = 'application/json';
    context.body = `[${'0,'.repeat(11 * MB)}0]`;
    return;
  }
  if (context.path === '/__test/huge-stream.json') {
    context.type = 'application/json';
    context.body = Readable.from((function* chunks() {
      for (let i = 0; i < 22; i++) yield ' '.repeat(MB);
      yield '{}';
    })());
    return;
  }
  const canned = {
    '/__test/500.json': [500, 'application/json', '{}'],
    '/__test/html.json': [200, 'text/html', '<!doctype html><title>Not found</title><p>Sorry'],
    '/__test/text.json': [200, 'text/plain', 'version: 1'],
    '/__test/empty.json': [200, 'application/json', ''],
    '/__test/other-schema.json': [200, 'application/json', '{"type": "FeatureCollection", "features": []}'],
  }[context.path];
  if (canned) {
    [context.status, context.type, context.body] = canned;
    return;
  }
  if (context.path === '/__test/network-failure.json') {
    context.req.socket.destroy();
    return;
  }
  if (context.path === '/__test/never.json') {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    context.body = '{}';
    return;
  }
  if (context.path === '/__test/cross-origin.json') {
    // Same server, other origin (localhost and 127.0.0.1 differ), and no CORS header.
    const host = context.host.startsWith('localhost') ? context.host.replace('localhost', '127.0.0.1') : context.host.replace('127.0.0.1', 'localhost');
    context.redirect(`http://${host}/test/fixtures/signatories.small.json?cross`);
    return;
  }
  if (context.path === '/__test/count.json') {
    requestCounts.set(context.querystring, (requestCounts.get(context.querystring) ?? 0) + 1);
    context.type = 'application/json';
    context.body = JSON.stringify({ requests: requestCounts.get(context.querystring) });
    return;
  }
  await next();
}

/**
 * `executeServerCommand('emulate-forced-colors', { forcedColors: 'active' | 'none', reducedMotion? })`: the
 * built-in emulateMedia passes forcedColors to Playwright only, and Puppeteer refuses the feature, so
 * this sets it over the DevTools protocol.
 */
const forcedColors = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    const features = [{ name: 'forced-colors', value: payload.forcedColors }];
    if (payload.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
    await cdp.send('Emulation.setEmulatedMedia', { features });
    return true;
  },
};

/** How often each /__test/count.json?key was requested. */
const requestCounts = new Map();

export default {
  middleware: [testEndpoints],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, json: false, tsconfig: 'tsconfig.json', target: 'es2022' }), jsonModules, forcedColors],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: [...CHROME_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] } })],
  concurrentBrowsers: 1,
  // One page at a time: tests wait on animation frames, which Chromium throttles in pages it deems hidden.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  // The whole suite on 2 busy cores can take minutes; one slow file must not fail the run.
  testsFinishTimeout: 600_000,
};
