// Signatories: grouping, geocoding and dataset assembly shared by build.mjs and import.mjs.
import { readCsv, SOURCES, distinct } from './csv.mjs';
import { normalize, slug } from './geocode.mjs';

/** The three documents, with the official pages cited in the source CSVs. */
export const DOCUMENTS = [
  { id: 'aalborg-charter', name: 'Aalborg Charter', year: 1994, url: 'https://sustainablecities.eu/the-aalborg-charter/' },
  { id: 'aalborg-commitments', name: 'Aalborg Commitments', year: 2004, url: 'https://sustainablecities.eu/conferences/aalborgplus10/' },
  { id: 'basque-declaration', name: 'Basque Declaration', year: 2016, url: 'https://sustainablecities.eu/about-the-basque-declaration/' },
];

/** A document id from an id or a name ("Aalborg Charter", "aalborg-charter"); undefined when unknown. */
export function documentId(value) {
  const v = normalize(value ?? '');
  return DOCUMENTS.find((d) => v === normalize(d.id) || v === normalize(d.name))?.id;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// Names that say the signatory is not a municipality; such entries need a seat in the override table.
const TYPE_PATTERNS = [
  ['province', /^(provincia|province|provincie|provinz|diputacion|county|landkreis|kreis|departement|powiat|nomos)\b|\b(county|province)( council)?$/],
  ['region', /^(regione|region|comunidad|comunitat|generalitat|regiunea|wojewodztwo|landschaft)\b|\bregion$/],
  ['association', /\b(association|asociacion|associazione|verband|federation|federacion|network|consortium|consorzio|mancomunidad)\b/],
];

/** The type a name implies: municipality unless it names a province, region or association. */
const typeOfName = (name) => TYPE_PATTERNS.find(([, re]) => re.test(normalize(name)))?.[0] ?? 'municipality';

/** The slug of a signatory: its name without a parenthesised alternative (or, in a non-Latin script, the gazetteer's ASCII name), then the country. */
const signatoryId = (name, country, at) =>
  `${slug(name.replace(/\s*\(.*\)\s*$/, '')) || slug(at.asciiname ?? '') || at.geonameid}-${country.toLowerCase()}`;

/**
 * Groups signature rows `{ name, country, document, date, source }` into one signatory per government
 * (name compared without diacritics or case, plus country) and places each with `place(name, country)`.
 * Returns the signatories sorted by id, the governments that could not be placed, and dates that are not ISO dates.
 */
export function buildSignatories(rows, place) {
  const groups = new Map();
  const unplaced = [];
  const undated = [];
  for (const r of rows) {
    if (!r.name || !/^[A-Z]{2}$/.test(r.country ?? '') || !r.document) {
      unplaced.push({ name: r.name || '(no name)', country: r.country ?? '', reason: !r.document ? 'unknown document' : 'missing name or alpha-2 country' });
      continue;
    }
    const key = `${r.country}|${normalize(r.name)}`;
    if (!groups.has(key)) groups.set(key, { name: r.name, country: r.country, signed: [] });
    const group = groups.get(key);
    if (group.signed.some((s) => s.document === r.document)) continue;
    if (r.date && !ISO_DATE.test(r.date)) undated.push({ name: r.name, document: r.document, date: r.date });
    group.signed.push({ document: r.document, date: ISO_DATE.test(r.date ?? '') ? r.date : undefined, source: r.source });
  }
  const order = DOCUMENTS.map((d) => d.id);
  const signatories = [];
  for (const g of groups.values()) {
    const at = place(g.name, g.country);
    const type = at?.type ?? typeOfName(g.name);
    // A province or region matched by name alone would sit at a namesake town, not at its seat.
    if (!at || (!at.type && type !== 'municipality')) {
      const reason = type === 'municipality' ? 'not found in the gazetteer' : `a ${type}: add its seat to gazetteer-overrides.csv`;
      unplaced.push({ name: g.name, country: g.country, reason });
      continue;
    }
    g.signed.sort((a, b) => order.indexOf(a.document) - order.indexOf(b.document));
    signatories.push({ id: signatoryId(g.name, g.country, at), name: g.name, country: g.country, type, lon: at.lon, lat: at.lat, signed: g.signed });
  }
  signatories.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const clash = signatories.find((s, i) => i && s.id === signatories[i - 1].id);
  if (clash) throw new Error(`two signatories share the id ${clash.id}`);
  return { signatories, unplaced, undated };
}

/** The published headline counts, from official-totals.csv. */
export function officialTotals() {
  return readCsv(`${SOURCES}official-totals.csv`).map((r) => ({
    document: r.document,
    count: r.count ? Number(r.count) : undefined,
    qualifier: r.qualifier || undefined,
    asOf: r.as_of,
    source: r.source_url,
    note: r.note || undefined,
  }));
}

/** "38 of more than 3,000 Aalborg Charter signatories": this dataset's count against the current official total. */
export function coverage(signatories, totals) {
  return DOCUMENTS.map((d) => {
    const n = signatories.filter((s) => s.signed.some((x) => x.document === d.id)).length;
    const t = totals.find((x) => x.document === d.id && x.asOf === 'current' && x.count);
    const noun = d.id === 'basque-declaration' ? 'endorsers' : 'signatories';
    return t ? `${n} of ${t.qualifier ?? ''} ${t.count.toLocaleString('en')} ${d.name} ${noun}`.replace(/ {2}/g, ' ') : `${n} ${d.name} ${noun} (no total has been published)`;
  });
}

/** The signatories dataset around `signatories`, with documents and official totals from the sources. */
export function signatoriesDataset(signatories, { title, description }) {
  const totals = officialTotals();
  return {
    version: 1,
    meta: {
      title,
      description,
      sources: distinct([...signatories.flatMap((s) => s.signed.map((x) => x.source)), ...totals.map((t) => t.source)]),
      generated: '',
      license:
        'Facts compiled from the public pages cited for each signature. Coordinates: GeoNames (geonames.org), from the 2013 cities1000 dump ' +
        'distributed under CC BY 3.0 (GeoNames now publishes under CC BY 4.0), and for a few places the pages cited in data/sources/gazetteer-overrides.csv.',
      officialTotals: totals,
    },
    documents: DOCUMENTS,
    signatories,
  };
}
