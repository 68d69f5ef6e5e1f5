// A static server on 127.0.0.1 for the benchmarks. It serves files gzipped (as a CDN would), keeps the
// compressed bodies in memory so that compression never shows in a timing, and logs each response's
// size on the wire so that a run can count the bytes it actually requested.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSED = new Set(['.png', '.woff', '.woff2']);

/** What a response counts as: `js`, `css`, `data` (JSON), `html`, or `other` (images, fonts). */
export function kindOf(path) {
  const ext = extname(path);
  // Our bundle ships its datasets as lazily imported chunks: they are data, not code.
  if (/\/chunks\/(signatories|europe\.shapes|timeline|commitments)-[\w-]+\.js$/.test(path)) return 'data';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.json') return 'data';
  if (ext === '.html' || ext === '') return 'html';
  return 'other';
}

/**
 * Serves `root`, with `pages` (path to HTML or JSON text) served from memory first. Returns the URL, the
 * log of responses (`{ path, kind, bytes }`, bytes as sent) and `close()`.
 */
export async function serve(root, pages = {}) {
  const cache = new Map();
  const log = [];
  async function body(path) {
    let entry = cache.get(path);
    if (!entry) {
      const raw = path in pages ? Buffer.from(pages[path]) : await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
      const ext = extname(path);
      entry = { type: TYPES[ext] ?? 'text/html', raw, gz: COMPRESSED.has(ext) ? undefined : gzipSync(raw, { level: 6 }) };
      cache.set(path, entry);
    }
    return entry;
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    try {
      const { type, raw, gz } = await body(path);
      const zipped = gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const out = zipped ? gz : raw;
      res.writeHead(200, {
        'content-type': type,
        'content-length': out.length,
        'cache-control': 'no-store',
        ...(zipped ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(out);
      log.push({ path, kind: kindOf(path), bytes: out.length });
    } catch {
      res.writeHead(404).end('not found');
      log.push({ path, kind: 'missing', bytes: 0 });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    /** Compresses these paths now, so that no timed run pays for it. */
    warm: (paths) => Promise.all(paths.map((p) => body(p).catch(() => undefined))),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
