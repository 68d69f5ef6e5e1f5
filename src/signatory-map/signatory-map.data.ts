import { DOCUMENT_IDS, type DocumentId, type OfficialTotal, type SignatoriesDataset, type Signatory, type Signature } from '../data/types.js';
import { parseList, parseYear } from '../shared/attributes.js';
import { project, type Point } from './signatory-map.layout.js';

/** A signatory that passes the filters, with the signatures that do, placed in projected units. */
export interface Mark extends Point {
  s: Signatory;
  signed: Signature[];
  /** The documents of `signed`, in the dataset's document order. */
  docs: DocumentId[];
}

export interface Filters {
  /** The documents kept; all when empty. */
  documents: DocumentId[];
  /** ISO alpha-2 codes kept; all when empty. */
  countries: string[];
  since?: number;
  until?: number;
}

/** The documents named in a `document` attribute, unknown names left out; all when none is known. */
export const parseDocuments = (value: string | null | undefined): DocumentId[] => parseList(value).filter(isDocument);

const isDocument = (d: string): d is DocumentId => (DOCUMENT_IDS as readonly string[]).includes(d);

// Made on first use: the first Intl object on a page starts ICU (40–125 ms), which a page that loads all
// three elements for a wheel or a timeline should not pay when its script runs.
let regions: Intl.DisplayNames | undefined;
/** The EU's own codes for Greece and the United Kingdom. */
const ALIASES: Record<string, string> = { EL: 'GR', UK: 'GB' };

/** An ISO 3166-1 alpha-2 code as the data spells it (`uk` → `GB`), or undefined when it names no country. */
export function countryCode(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  const c = ALIASES[code] ?? code;
  return /^[A-Z]{2}$/.test(c) && c !== 'ZZ' && (regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })).of(c) ? c : undefined;
}

/** The countries of a `country` attribute, unknown codes left out; all when none is known. */
export const parseCountries = (value: string | null | undefined): string[] => parseList(value, true).flatMap((c) => countryCode(c) ?? []);

export type FilterKey = 'document' | 'country' | 'since' | 'until';

/** The parts of a filter attribute that are ignored, because they name no document, country or year. */
export function rejected(key: FilterKey, value: string | null | undefined): string[] {
  if (key === 'since' || key === 'until') return value?.trim() && parseYear(value) === undefined ? [value] : [];
  return parseList(value, key === 'country').filter((v) => !(key === 'country' ? countryCode(v) : isDocument(v)));
}

export const yearOf = (s: Signature) => (s.date ? Number(s.date.slice(0, 4)) : undefined);

/** Keeps a signature when its document is wanted and, if years are set, its year is within them. */
function keeps(s: Signature, f: Filters): boolean {
  if (f.documents.length && !f.documents.includes(s.document)) return false;
  if (f.since === undefined && f.until === undefined) return true;
  const year = yearOf(s);
  return year !== undefined && year >= (f.since ?? -Infinity) && year <= (f.until ?? Infinity);
}

/** The signatories with at least one signature passing the filters, in data order. */
export function filterMarks(signatories: readonly Signatory[], f: Filters): Mark[] {
  const order = (d: DocumentId) => DOCUMENT_IDS.indexOf(d);
  const out: Mark[] = [];
  for (const s of signatories) {
    if (f.countries.length && !f.countries.includes(s.country)) continue;
    // Most signatories signed one document: they take no filtered, sorted copy (this runs for every mark at load).
    const one = s.signed.length === 1;
    const signed = one ? (keeps(s.signed[0], f) ? s.signed : []) : s.signed.filter((x) => keeps(x, f)).sort((a, b) => order(a.document) - order(b.document));
    if (!signed.length) continue;
    const { x, y } = project(s.lon, s.lat);
    out.push({ s, signed, docs: one ? [signed[0].document] : [...new Set(signed.map((x) => x.document))], x, y });
  }
  return out;
}

/** The filter attributes of the element. */
export interface FilterAttributes {
  document?: string;
  country?: string;
  since?: string;
  until?: string;
}

export interface Shown {
  /** The documents the `document` attribute keeps, in the dataset's order (the legend). */
  documents: DocumentId[];
  /** The marks passing the attributes (the legend's counts). */
  base: Mark[];
  /** The marks passing the attributes and the legend's toggles: those drawn. */
  marks: Mark[];
}

/** Applies the filter attributes and the documents switched off in the legend. */
export function shownOf(value: SignatoriesDataset | undefined, a: FilterAttributes, off: ReadonlySet<DocumentId>): Shown {
  const wanted = parseDocuments(a.document);
  const documents = (value?.documents.map((d) => d.id) ?? [...DOCUMENT_IDS]).filter((d) => !wanted.length || wanted.includes(d));
  const filters = (documents: DocumentId[]) => ({ documents, countries: parseCountries(a.country), since: parseYear(a.since), until: parseYear(a.until) });
  const on = documents.filter((d) => !off.has(d));
  const base = value ? filterMarks(value.signatories, filters(documents)) : [];
  return { documents, base, marks: !value || !on.length ? [] : on.length === documents.length ? base : filterMarks(value.signatories, filters(on)) };
}

/** How many marks carry each document. */
export function countDocuments(marks: readonly Mark[]): Map<DocumentId, number> {
  const counts = new Map<DocumentId, number>();
  for (const m of marks) for (const d of m.docs) counts.set(d, (counts.get(d) ?? 0) + 1);
  return counts;
}

/** How many marks each country has. */
export function countCountries(marks: readonly Mark[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of marks) counts.set(m.s.country, (counts.get(m.s.country) ?? 0) + 1);
  return counts;
}

/** The lower bounds of up to five classes for counts from 1 to `max`, spaced evenly on a log scale. */
export function countryClasses(max: number): number[] {
  const bounds = [1];
  for (let i = 1; i < 5; i++) {
    const b = Math.ceil(max ** (i / 5));
    if (b > bounds[bounds.length - 1] && b <= max) bounds.push(b);
  }
  return bounds;
}

/** The class of a count: -1 for none, else the index of the last bound it reaches. */
export const classOf = (count: number, bounds: readonly number[]) => {
  let i = -1;
  while (i + 1 < bounds.length && count >= bounds[i + 1]) i++;
  return i;
};

/** The headline total to quote for a document: the current one, else the latest dated one. */
export function officialTotal(totals: readonly OfficialTotal[], document: DocumentId): OfficialTotal | undefined {
  const mine = totals.filter((t) => t.document === document);
  return mine.find((t) => t.asOf === 'current') ?? mine.sort((a, b) => String(b.asOf).localeCompare(String(a.asOf)))[0];
}

const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Text folded for matching: no accents, lower case, punctuation as spaces ("Donostia / San Sebastián" → "donostia san sebastian"). */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøæœßđðþı]/g, (c) => LETTERS[c])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The marks whose name matches `query` regardless of accents and case: name starts first, then word starts, then anywhere. */
export function search(marks: readonly Mark[], query: string, limit = 8): Mark[] {
  const q = fold(query);
  if (!q) return [];
  const ranked: [number, Mark][] = [];
  for (const m of marks) {
    const name = fold(m.s.name);
    const at = name.indexOf(q);
    if (at < 0) continue;
    ranked.push([at === 0 ? 0 : name[at - 1] === ' ' ? 1 : 2, m]);
  }
  return ranked
    .sort((a, b) => a[0] - b[0] || a[1].s.name.localeCompare(b[1].s.name))
    .slice(0, limit)
    .map(([, m]) => m);
}
