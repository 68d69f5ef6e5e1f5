import {
  DOCUMENT_IDS,
  type CommitmentsDataset,
  type Commitment,
  type DatasetMeta,
  type EventDocument,
  type Signatory,
  type SignatoriesDataset,
  type SignatoryDocument,
  type Theme,
  type TimelineDataset,
  type TimelineEvent,
} from './types.js';
import { remembered } from '../shared/remembered.js';

/** One record left out, with where it was and why. */
export interface RecordIssue {
  /** The record's path in the dataset: `signatories[12]`. */
  path: string;
  reason: string;
}

/** What a validator gives: the dataset with its valid records, or why none could be used. */
export type Validation<T> = { ok: true; value: T; issues: RecordIssue[] } | { ok: false; code: 'schema' | 'version'; reason: string };

/** Thrown by a field check; caught per record, or for the whole dataset with its `code`. */
class Invalid extends Error {
  constructor(
    message: string,
    readonly code: 'schema' | 'version' = 'schema',
  ) {
    super(message);
  }
}

/** Throws `Invalid` with `message`: a check builds its message only when it fails. */
function fail(message: string): never {
  throw new Invalid(message);
}

type Obj = Record<string, unknown>;

const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A test a string must pass, and what the string must be: `[isSafeUrl, 'an http(s) or mailto URL']`. */
type Kind = [test: (value: string) => boolean, what: string];

/** The non-empty string at `key`, of `kind` if given; `undefined` where an optional field is missing. */
function text(record: Obj, key: string, optional = false, kind?: Kind): string | undefined {
  const value = record[key];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || !/\S/.test(value)) fail(`${key} must be a non-empty string`);
  if (kind && !kind[0](value)) fail(`${key} must be ${kind[1]}`);
  return value;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for an existing calendar date at any precision: `1994`, `2013-04`, `1994-05-24`. */
export const isIsoDate = remembered((value): boolean => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  // A missing month or day is the first; the date exists where UTC keeps the month and day as written.
  const [, year, month = '1', day = '1'] = match;
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  return date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day;
});

const date = (record: Obj, key: string, optional = false) => text(record, key, optional, [isIsoDate, 'an ISO date (1994, 2013-04 or 1994-05-24)']);

/** Only http(s) and mailto links are ever drawn. */
export const isSafeUrl = remembered((value): boolean => {
  try {
    return /^(https?|mailto):$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
});

/** The host name of a source URL, as its link text: `https://www.iclei.org/x` gives `iclei.org`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const SAFE_URL: Kind = [isSafeUrl, 'an http(s) or mailto URL'];

const url = (record: Obj, key: string, optional = false) => text(record, key, optional, SAFE_URL);

function number(record: Obj, key: string, min: number, max: number): number {
  const value = record[key];
  if (typeof value !== 'number' || !(value >= min && value <= max)) fail(`${key} must be a number from ${min} to ${max}`);
  return value;
}

function oneOf<T extends string>(record: Obj, key: string, allowed: readonly T[]): T {
  const value = record[key] as T;
  if (!allowed.includes(value)) fail(`${key} must be one of ${allowed.join(', ')}`);
  return value;
}

function list(record: Obj, key: string, optional = false): unknown[] {
  const value = record[key] === undefined && optional ? [] : record[key];
  if (!Array.isArray(value)) fail(`${key} must be a list`);
  return value;
}

function object(value: unknown, what: string): Obj {
  if (!isObject(value)) fail(`${what} must be an object`);
  return value;
}

function urls(record: Obj, key: string): string[] {
  return list(record, key).map((value, i) => {
    if (typeof value !== 'string' || !isSafeUrl(value)) fail(`${key}[${i}] must be ${SAFE_URL[1]}`);
    return value;
  });
}

/**
 * Checks each record with `check`, keeping the valid ones and listing the others;
 * a record whose id repeats an earlier one is left out too.
 */
function records<T extends { id: string }>(items: unknown[], name: string, check: (record: Obj) => T, issues: RecordIssue[]): T[] {
  const seen = new Set<string>();
  const valid: T[] = [];
  items.forEach((item, index) => {
    try {
      const record = check(object(item, 'the record'));
      if (seen.has(record.id)) fail(`id ${record.id} is a duplicate`);
      seen.add(record.id);
      valid.push(record);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      issues.push({ path: `${name}[${index}]`, reason: error.message });
    }
  });
  return valid;
}

function meta(value: unknown): DatasetMeta {
  const record = object(value, 'meta');
  return {
    title: text(record, 'title') as string,
    description: text(record, 'description', true) ?? '',
    sources: list(record, 'sources', true).filter((x): x is string => typeof x === 'string' && isSafeUrl(x)),
    generated: text(record, 'generated', true) ?? '',
    ...(typeof record.license === 'string' ? { license: record.license } : {}),
  };
}

/** The envelope every dataset shares: an object, `version: 1`, a `meta` object and a records list. */
function envelope<T>(json: unknown, key: string, body: (root: Obj, issues: RecordIssue[]) => T): Validation<T> {
  try {
    if (!isObject(json)) fail('the dataset must be a JSON object');
    if (json.version === undefined) fail('the dataset has no version');
    if (json.version !== 1) throw new Invalid(`version ${String(json.version)} is not 1`, 'version');
    if (!Array.isArray(json[key])) fail(`the dataset has no ${key} list`);
    const issues: RecordIssue[] = [];
    return { ok: true, value: body(json, issues), issues };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { ok: false, code: error.code, reason: error.message };
  }
}

const COUNTRY = /^[A-Z]{2}$/;
const SIGNATORY_TYPES = ['municipality', 'province', 'region', 'association'] as const;

function signatory(record: Obj, documents: Set<string>): Signatory {
  const country = text(record, 'country') as string;
  if (!COUNTRY.test(country)) fail('country must be an ISO 3166-1 alpha-2 code');
  const signed = list(record, 'signed').map((item, i) => {
    const entry = object(item, `signed[${i}]`);
    const document = text(entry, 'document') as string;
    if (!documents.has(document)) fail(`signed[${i}].document ${document} is not a known document`);
    const when = date(entry, 'date', true);
    return { document: document as Signatory['signed'][number]['document'], ...(when ? { date: when } : {}), source: url(entry, 'source') as string };
  });
  if (!signed.length) fail('signed must list at least one document');
  return {
    id: text(record, 'id') as string,
    name: text(record, 'name') as string,
    country,
    type: oneOf(record, 'type', SIGNATORY_TYPES),
    lon: number(record, 'lon', -180, 180),
    lat: number(record, 'lat', -90, 90),
    signed,
  };
}

function signatoryDocument(record: Obj): SignatoryDocument {
  return {
    id: oneOf(record, 'id', DOCUMENT_IDS),
    name: text(record, 'name') as string,
    year: number(record, 'year', 1900, 2100),
    url: url(record, 'url') as string,
  };
}

/** Validates a signatories dataset: the valid signatories are kept, the others listed. */
export function validateSignatories(json: unknown): Validation<SignatoriesDataset> {
  return envelope(json, 'signatories', (root, issues) => {
    const documents = records(list(root, 'documents'), 'documents', signatoryDocument, issues);
    const known = new Set<string>(documents.map((d) => d.id));
    const rootMeta = object(root.meta, 'meta');
    return {
      version: 1,
      meta: { ...meta(rootMeta), officialTotals: list(rootMeta, 'officialTotals', true).filter(isObject) as unknown as SignatoriesDataset['meta']['officialTotals'] },
      documents,
      signatories: records(root.signatories as unknown[], 'signatories', (r) => signatory(r, known), issues),
    };
  });
}

function commitment(record: Obj): Commitment {
  return { id: text(record, 'id') as string, title: text(record, 'title') as string, source: url(record, 'source') as string };
}

function theme(record: Obj): Theme {
  const id = text(record, 'id') as string;
  const commitments = list(record, 'commitments').map((item, i) => {
    const c = commitment(object(item, `commitments[${i}]`));
    if (!c.id.startsWith(`${id}.`)) fail(`commitments[${i}].id ${c.id} does not belong to theme ${id}`);
    return c;
  });
  return {
    id,
    number: number(record, 'number', 1, 99),
    title: text(record, 'title') as string,
    summary: text(record, 'summary') as string,
    source: url(record, 'source') as string,
    commitments,
  };
}

/** Validates a commitments dataset: the valid themes are kept, the others listed. */
export function validateCommitments(json: unknown): Validation<CommitmentsDataset> {
  return envelope(json, 'themes', (root, issues) => ({
    version: 1,
    meta: meta(root.meta),
    themes: records(root.themes as unknown[], 'themes', theme, issues),
  }));
}

function eventDocument(item: unknown, i: number): EventDocument {
  const record = object(item, `documents[${i}]`);
  const link = url(record, 'url', true);
  return { id: text(record, 'id') as string, name: text(record, 'name') as string, ...(link ? { url: link } : {}) };
}

function timelineEvent(record: Obj): TimelineEvent {
  const start = date(record, 'start') as string;
  const end = date(record, 'end', true);
  if (end !== undefined && end < start) fail('end must not be before start');
  const place = record.place === undefined ? undefined : object(record.place, 'place');
  const country = place && (text(place, 'country') as string);
  if (country !== undefined && !COUNTRY.test(country)) fail('place.country must be an ISO 3166-1 alpha-2 code');
  return {
    id: text(record, 'id') as string,
    kind: oneOf(record, 'kind', ['conference', 'milestone'] as const),
    ...(record.number === undefined ? {} : { number: number(record, 'number', 1, 999) }),
    title: text(record, 'title') as string,
    start,
    ...(end ? { end } : {}),
    ...(place ? { place: { city: text(place, 'city') as string, country: country! } } : {}),
    documents: list(record, 'documents', true).map(eventDocument),
    summary: text(record, 'summary', true) ?? '',
    sources: urls(record, 'sources'),
  };
}

/** Validates a timeline dataset: the valid events are kept, the others listed. */
export function validateTimeline(json: unknown): Validation<TimelineDataset> {
  return envelope(json, 'events', (root, issues) => ({
    version: 1,
    meta: meta(root.meta),
    events: records(root.events as unknown[], 'events', timelineEvent, issues),
  }));
}
