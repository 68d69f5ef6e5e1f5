// The timeline: conferences and milestones from timeline-evidence.csv, titles and summaries in our own words.
import { readCsv, SOURCES, urls, distinct } from './csv.mjs';
import { slug } from './geocode.mjs';
import { DOCUMENTS } from './signatories.mjs';

/** Our wording per row, keyed by `kind-startYear`; `name` gives a milestone's id (`iclei-founded` → `iclei-founded-1990`). */
const TEXT = {
  'organisation-1990': {
    name: 'iclei-founded',
    title: 'ICLEI founded',
    summary: 'Local governments from 43 countries, more than 200 in all, met at the UN in New York and founded ICLEI. It took its present name, ICLEI – Local Governments for Sustainability, in 2003.',
  },
  'organisation-1991': {
    name: 'iclei-europe-opens',
    title: 'ICLEI Europe opens in Freiburg',
    summary: 'ICLEI set up its European Secretariat in Freiburg im Breisgau in 1991, alongside its World Secretariat in Toronto. Sources disagree on the month.',
  },
  'global-1992': {
    name: 'earth-summit',
    title: 'Earth Summit adopts Agenda 21',
    summary: 'The UN Conference on Environment and Development in Rio de Janeiro adopted Agenda 21 on 14 June 1992. Its Chapter 28, on local authorities, is the root of Local Agenda 21, an idea ICLEI is credited with proposing.',
  },
  'conference-1994': {
    summary: 'About 600 participants approved the Aalborg Charter on 27 May 1994, and 80 local authorities signed it straight away. The conference launched the European Sustainable Cities & Towns Campaign.',
  },
  'conference-1996': {
    summary: 'More than 1,000 participants from 39 countries adopted the Lisbon Action Plan, turning the Charter into practical steps. Leicester, Dunkerque, Albertslund, Graz and The Hague won the 1996 European Sustainable City Award.',
  },
  'conference-2000': {
    summary: 'Around 1,450 participants from 52 countries attended. More than 250 mayors adopted the Hannover Call, and over 60 municipalities signed the Aalborg Charter during the conference.',
  },
  'conference-2004': {
    summary: 'Ten years after the Charter, the Aalborg+10 conference approved the Aalborg Commitments on 11 June 2004, and representatives of 110 local governments signed them on stage.',
  },
  'conference-2007': {
    summary: 'More than 1,500 delegates set out to take the Commitments to the streets and adopted the Spirit of Sevilla. About 40 cities signed the Aalborg Commitments there, among them Paris, Munich and Seville.',
  },
  'conference-2010': {
    summary: 'More than 1,800 participants attended. The closing plenary on 21 May 2010 approved two texts: a Local Sustainability Declaration and a Call on Climate Action.',
  },
  'conference-2013': {
    summary: 'The conference asked whether a green and socially responsible economy could answer the economic crisis. It saw the launch of the European Sustainable Cities Platform.',
  },
  'platform-2013': {
    name: 'sustainable-cities-platform',
    title: 'European Sustainable Cities Platform launched',
    summary: 'An online information hub launched at the Geneva conference. It later collected endorsements of the Basque Declaration and a database of transformative actions.',
  },
  'conference-2016': {
    summary: 'About 800 participants adopted the Basque Declaration, with 15 pathways in three areas of transformation. Bilbao, Donostia / San Sebastián and Vitoria-Gasteiz were the first to sign it.',
  },
  'conference-2020': {
    summary: 'The first online edition drew more than 1,500 participants. Mayors finalised the Mannheim Message, with five systemic changes and nine policy shifts, and handed it to the European Commission on 1 October 2020.',
  },
  'conference-2024': {
    summary: 'Nearly 500 participants from 163 cities in 33 countries marked 30 years of the Charter. The Aalborg Conditions ask for shared governance, integrated finance and a socially inclusive transition.',
  },
};

// Pages among a row's sources that are the document itself (a published copy), not a report about it.
const DOCUMENT_PAGES = { 'lisbon-action-plan': 'https://yumpu.com/en/document/view/50961173/the-lisbon-action-plan-from-charter-to-action' };

const withoutNote = (s) => s.replace(/\s*\(.*\)\s*$/, '');

/** The outcome documents of a row: one of the three signatory documents where it is one, else a slug of its name. */
function documentsOf(row, sources) {
  if (!row.outcome_document || row.outcome_document.startsWith('(no named declaration found)')) return [];
  return row.outcome_document.split('; ').map((text) => {
    const known = DOCUMENTS.find((d) => text.startsWith(d.name));
    if (known) return { id: known.id, name: known.name, url: known.url };
    const name = withoutNote(text).replace(/ adopted$/, '');
    const id = slug(name.split(':')[0]);
    const url = DOCUMENT_PAGES[id];
    if (url && !sources.includes(url)) throw new Error(`timeline: ${url} is not among the sources of ${row.label}`);
    return { id, name, url };
  });
}

export function buildTimeline() {
  const events = readCsv(`${SOURCES}timeline-evidence.csv`).map((row) => {
    const year = row.start_date.slice(0, 4);
    const text = TEXT[`${row.kind}-${year}`];
    if (!text) throw new Error(`timeline: no title and summary for ${row.kind} ${year} (${row.label})`);
    const city = withoutNote(row.host_city);
    const conference = row.kind === 'conference';
    const sources = urls(row.source_urls);
    return {
      id: conference ? `conference-${year}-${slug(city)}` : `${text.name}-${year}`,
      kind: conference ? 'conference' : 'milestone',
      number: conference ? Number(row.seq) : undefined,
      title: text.title ?? withoutNote(row.label),
      start: row.start_date,
      end: row.end_date || undefined,
      place: city ? { city, country: row.country_iso2 } : undefined,
      documents: documentsOf(row, sources),
      summary: text.summary,
      sources,
    };
  });
  const conferences = events.filter((e) => e.kind === 'conference');
  return {
    version: 1,
    meta: {
      title: 'European Conferences on Sustainable Cities & Towns',
      description:
        `The ${conferences.length} European Conferences on Sustainable Cities & Towns (${conferences[0].start.slice(0, 4)} to ${conferences.at(-1).start.slice(0, 4)}) ` +
        `and ${events.length - conferences.length} milestones around them, from ICLEI's founding in ${events[0].start.slice(0, 4)}. ` +
        'Dates are given at the precision the sources give; summaries are in our own words.',
      sources: distinct(events.flatMap((e) => e.sources)),
      generated: '',
      license: 'Facts from the pages cited for each event; all wording is the project\'s own.',
    },
    events,
  };
}
