// Diffable, deterministic JSON: objects pretty, each array item on its own line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Formats `value`; items of arrays under a key listed in `expand` are written pretty instead of on one line. */
export function format(value, expand = [], indent = '', key = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    const items = value.map((v) => inner + (isObject(v) && expand.includes(key) ? format(v, expand, inner) : JSON.stringify(v)));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, expand, inner, k)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * Writes a dataset, setting `meta.generated`: the previous file's date when nothing else changed
 * (so a re-run gives the same bytes), else today's. Returns whether the file changed.
 */
export function writeDataset(path, dataset, expand = []) {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const kept = previous && JSON.parse(previous).meta?.generated;
  const text = (generated) => `${format({ ...dataset, meta: { ...dataset.meta, generated } }, expand)}\n`;
  if (kept && text(kept) === previous) return false;
  writeFileSync(path, text(new Date().toISOString().slice(0, 10)));
  return true;
}
