// CSV reading shared by the data scripts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The folder of the source CSVs, wherever the scripts are run from. */
export const SOURCES = fileURLToPath(new URL('../../data/sources/', import.meta.url));

/** Rows of a CSV file with a header line, as objects keyed by lower-case header, values trimmed. */
export const readCsv = (path) =>
  parse(readFileSync(path), { columns: (h) => h.map((c) => c.trim().toLowerCase()), trim: true, bom: true, skip_empty_lines: true });

/** The URLs of a " ; "-separated list cell (split on the spaced semicolon only: URLs may hold commas). */
export const urls = (cell) => (cell ? cell.split(/\s+;\s+/).map((u) => u.trim()).filter(Boolean) : []);

/** The first occurrence of each value, in order. */
export const distinct = (values) => [...new Set(values.filter(Boolean))];
