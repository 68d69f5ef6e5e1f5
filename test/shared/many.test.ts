// Issue 8: "Many at once: 50 elements on one page with different attributes all render correctly, sharing
// one request per distinct `src`." Fifty elements, each with its own combination of attributes, on one
// page: each must show what its attributes ask for (the count worked out here from the dataset, the
// selected item, the language of its text, its theme, its caption), and each distinct `src` is
// requested once, counted by the page and, for /__test/count.json, by the server.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import signatories from '../../data/signatories.json';
import commitments from '../../data/commitments.json';
import timeline from '../../data/timeline.json';
import small from '../fixtures/signatories.small.json';

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it';
type Kind = 'map' | 'wheel' | 'timeline';
const TAGS: Record<Kind, string> = { map: 'iclei-signatory-map', wheel: 'iclei-commitment-wheel', timeline: 'iclei-timeline' };

// A fresh query per run, so that the shared request cache and the server's counter start at zero.
const run = Math.random().toString(36).slice(2, 8);
const SRC = {
  signatories: `/data/signatories.json?many-${run}`,
  small: `/test/fixtures/signatories.small.json?many-${run}`,
  commitments: `/data/commitments.json?many-${run}`,
  timeline: `/data/timeline.json?many-${run}`,
  /** Valid JSON in no element's schema: every element naming it shows an error. */
  counted: `/__test/count.json?many-${run}`,
};

interface Variant {
  kind: Kind;
  attrs: Record<string, string>;
  /** The language of an ancestor, for elements without their own `lang`. */
  parentLang?: Lang;
  width?: string;
}

/** What the test itself expects: the count from the dataset, by the rules of API.md. */
interface Expected {
  error: boolean;
  count: number;
  lang: Lang;
  dark: boolean;
  /** The title of the selected item, shown in the detail panel. */
  selectedTitle?: string;
}

const V = (kind: Kind, attrs: Record<string, string> = {}, more: Partial<Variant> = {}): Variant => ({ kind, attrs, ...more });

const VARIANTS: Variant[] = [
  // 20 maps
  V('map'),
  V('map', { src: SRC.signatories, document: 'aalborg-charter' }),
  V('map', { src: SRC.signatories, document: 'aalborg-commitments', lang: 'de' }),
  V('map', { document: 'basque-declaration', lang: 'fr' }),
  V('map', { src: SRC.signatories, document: 'aalborg-charter,basque-declaration', view: 'countries' }),
  V('map', { src: SRC.signatories, country: 'ES', lang: 'es' }),
  V('map', { country: 'IT,PT', view: 'countries', theme: 'dark' }),
  V('map', { src: SRC.signatories, country: 'SE', since: '2000' }),
  V('map', { since: '2004', lang: 'it' }),
  V('map', { src: SRC.signatories, until: '1999', theme: 'dark' }),
  V('map', { since: '1996', until: '2005', document: 'aalborg-charter', theme: 'light' }),
  V('map', { src: SRC.signatories, country: 'DE', selected: 'freiburg-im-breisgau-de' }),
  V('map', { src: SRC.small }),
  V('map', { src: SRC.small, document: 'aalborg-commitments', view: 'countries' }),
  V('map', { src: SRC.small, lang: 'de', label: 'Kleine Karte', selected: 'aalborg-dk' }),
  V('map', { src: SRC.signatories, country: 'FI', description: 'Finnish towns and cities.' }),
  V('map', { since: '2090' }),
  V('map', { src: SRC.counted, lang: 'de' }),
  V('map', { country: 'CH', 'no-search': '' }, { parentLang: 'it' }),
  V('map', { lang: 'pt', country: 'CZ', 'no-legend': '', 'no-table': '' }),
  // 14 wheels
  V('wheel'),
  V('wheel', { src: SRC.commitments, selected: '3' }),
  V('wheel', { selected: '3.2', lang: 'de' }),
  V('wheel', { src: SRC.commitments, selected: '7', lang: 'fr', theme: 'dark' }),
  V('wheel', { selected: '10.5', lang: 'es' }),
  V('wheel', { src: SRC.commitments, selected: '1', lang: 'it' }),
  V('wheel', { theme: 'light', label: 'Ten themes', selected: '8.1' }),
  V('wheel', { src: SRC.commitments, 'no-legend': '', selected: '2' }),
  V('wheel', { selected: '5.1', theme: 'dark', lang: 'it' }),
  V('wheel', { description: 'Our commitments in a wheel.', selected: '4' }),
  V('wheel', { src: SRC.counted }),
  V('wheel', { selected: '9' }, { parentLang: 'fr' }),
  V('wheel', { src: SRC.commitments, selected: '4.4', lang: 'es', theme: 'dark' }),
  V('wheel', { src: SRC.commitments, selected: '6', lang: 'de' }),
  // 16 timelines
  V('timeline'),
  V('timeline', { src: SRC.timeline, kinds: 'conference' }),
  V('timeline', { kinds: 'milestone', lang: 'de' }),
  V('timeline', { src: SRC.timeline, from: '2000' }),
  V('timeline', { from: '2000', to: '2010', lang: 'fr' }),
  V('timeline', { kinds: 'conference', to: '1996', orientation: 'horizontal' }),
  V('timeline', { src: SRC.timeline, orientation: 'vertical', lang: 'es' }),
  V('timeline', { orientation: 'horizontal', theme: 'dark' }),
  V('timeline', { kinds: 'conference,milestone', from: '1990', to: '1993' }, { width: '400px' }),
  V('timeline', { src: SRC.timeline, selected: 'conference-2004-aalborg' }),
  V('timeline', { selected: 'conference-2016-bilbao', lang: 'it' }),
  V('timeline', { label: 'Conferences since 2010', kinds: 'conference', from: '2010' }),
  V('timeline', { src: SRC.timeline, description: 'Milestones and meetings.', theme: 'light' }),
  V('timeline', { src: SRC.counted, lang: 'fr' }),
  V('timeline', { from: '2013', to: '2013' }, { parentLang: 'es' }),
  V('timeline', { lang: 'de', theme: 'dark', orientation: 'vertical', to: '2004', selected: 'earth-summit-1992' }),
];

// ---- The oracle: API.md's rules applied to the datasets, independently of the elements' code. ----

type Signatory = (typeof signatories.signatories)[number];
const list = (value: string | undefined, upper = false) => (value ? value.split(',').map((v) => (upper ? v.trim().toUpperCase() : v.trim())) : []);

function mapCount(data: { signatories: Signatory[] }, a: Record<string, string>): number {
  const documents = list(a.document);
  const countries = list(a.country, true);
  const since = a.since ? Number(a.since) : -Infinity;
  const until = a.until ? Number(a.until) : Infinity;
  const years = a.since !== undefined || a.until !== undefined;
  return data.signatories.filter(
    (s) =>
      (!countries.length || countries.includes(s.country)) &&
      s.signed.some((x) => {
        if (documents.length && !documents.includes(x.document)) return false;
        const year = 'date' in x && x.date ? Number(String(x.date).slice(0, 4)) : undefined;
        return !years || (year !== undefined && year >= since && year <= until);
      }),
  ).length;
}

function timelineEvents(a: Record<string, string>) {
  const kinds = list(a.kinds);
  const from = a.from ? Number(a.from) : -Infinity;
  const to = a.to ? Number(a.to) : Infinity;
  return timeline.events.filter((e) => {
    const first = Number(e.start.slice(0, 4));
    const last = Number((e.end || e.start).slice(0, 4));
    return (!kinds.length || kinds.includes(e.kind)) && last >= from && first <= to;
  });
}

function expected(v: Variant): Expected {
  const a = v.attrs;
  const lang = (['en', 'de', 'fr', 'es', 'it'].includes(a.lang ?? v.parentLang ?? 'en') ? (a.lang ?? v.parentLang ?? 'en') : 'en') as Lang;
  const base = { error: a.src === SRC.counted, lang, dark: a.theme === 'dark' };
  if (base.error) return { ...base, count: 0 };
  if (v.kind === 'map') {
    const data = a.src === SRC.small ? small : signatories;
    const selected = data.signatories.find((s) => s.id === a.selected);
    return { ...base, count: mapCount(data as { signatories: Signatory[] }, a), selectedTitle: selected?.name };
  }
  if (v.kind === 'wheel') {
    const theme = commitments.themes.find((t) => t.id === a.selected?.split('.')[0]);
    const item = a.selected?.includes('.') ? theme?.commitments.find((c) => c.id === a.selected) : theme;
    return { ...base, count: commitments.themes.length, selectedTitle: item?.title };
  }
  return { ...base, count: timelineEvents(a).length, selectedTitle: timeline.events.find((e) => e.id === a.selected)?.title };
}

/** Words that only the text of each language has, in the map's and the timeline's summaries. */
const SUMMARY_WORD: Record<'map' | 'timeline', Record<Lang, RegExp>> = {
  map: { en: /signator(y|ies) in/, de: /Unterzeichner in/, fr: /signataires? dans/, es: /firmantes? en/, it: /firmatar[io] in/ },
  timeline: { en: /events?, /, de: /Ereignis(se)?, /, fr: /événements?, /, es: /eventos?, /, it: /event[oi], / },
};
/** The wheel's detail panel names a theme or a commitment in each language. */
const WHEEL_KICKER: Record<Lang, [string, string]> = {
  en: ['Theme', 'Commitment'],
  de: ['Thema', 'Verpflichtung'],
  fr: ['Thème', 'Engagement'],
  es: ['Tema', 'Compromiso'],
  it: ['Tema', 'Impegno'],
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Checks one element against what its attributes ask for; returns the problems found. */
function check(el: HTMLElement, v: Variant, want: Expected, outcome: { type: string; count?: number }): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(what);
  const root = el.shadowRoot!;
  const part = (name: string) => root.querySelector(`[part~="${name}"]`);

  if (want.error) {
    if (outcome.type !== 'iclei-error') fail(`fired ${outcome.type}, not iclei-error`);
    if (!root.querySelector('[role="alert"]')) fail('no role="alert" message');
    return problems;
  }
  if (outcome.type !== 'iclei-load') return [`fired ${outcome.type}: ${text(root.querySelector('[role="alert"]'))}`];
  if (outcome.count !== want.count) fail(`iclei-load count ${outcome.count}, expected ${want.count}`);
  if (root.querySelector('[part="placeholder"], [role="alert"]')) fail('placeholder or alert still shown');
  if (getComputedStyle(el).colorScheme !== (want.dark ? 'dark' : 'light')) fail(`color-scheme ${getComputedStyle(el).colorScheme}`);
  if (v.attrs.label !== undefined && text(part(v.kind === 'timeline' ? 'caption' : 'label')) !== v.attrs.label) fail(`caption "${text(part('label') ?? part('caption'))}"`);
  if (want.selectedTitle !== undefined && text(root.querySelector('#detail-title')) !== want.selectedTitle) {
    fail(`detail title "${text(root.querySelector('#detail-title'))}", expected "${want.selectedTitle}"`);
  }
  if ('no-legend' in v.attrs && part('legend')) fail('a legend despite no-legend');

  const summary = text(part('summary'));
  if (v.kind === 'map') {
    if (want.count === 0) {
      if (!part('empty')) fail('no empty-state message');
    } else if (v.attrs.description !== undefined) {
      if (summary !== v.attrs.description) fail(`summary "${summary}"`);
    } else {
      if (!summary.startsWith(`${want.count} `)) fail(`summary "${summary}" does not start with ${want.count}`);
      if (!SUMMARY_WORD.map[want.lang].test(summary)) fail(`summary "${summary}" is not in ${want.lang}`);
    }
    if ('no-search' in v.attrs && part('search')) fail('a search field despite no-search');
    if ('no-table' in v.attrs && part('table')) fail('a table despite no-table');
  } else if (v.kind === 'wheel') {
    if (root.querySelectorAll('[part~="theme"]').length !== want.count) fail(`${root.querySelectorAll('[part~="theme"]').length} theme sectors`);
    if (v.attrs.description !== undefined && summary !== v.attrs.description) fail(`summary "${summary}"`);
    const id = v.attrs.selected;
    if (id) {
      const chosen = root.querySelector('[part~="selected"]')?.getAttribute('data-id');
      if (chosen !== id) fail(`selected sector ${chosen}, expected ${id}`);
      const [themeWord, commitmentWord] = WHEEL_KICKER[want.lang];
      const kicker = text(part('detail')?.querySelector('.kicker'));
      const wanted = id.includes('.') ? `${commitmentWord} ${id}` : `${themeWord} ${id}`;
      if (kicker !== wanted) fail(`detail kicker "${kicker}", expected "${wanted}" (${want.lang})`);
    }
  } else {
    const events = root.querySelectorAll('[part~="event"]').length;
    if (events !== want.count) fail(`${events} events drawn, expected ${want.count}`);
    if (v.attrs.description !== undefined) {
      if (!summary.startsWith(v.attrs.description)) fail(`summary "${summary}"`);
    } else {
      if (want.count > 1 && !summary.startsWith(`${want.count} `)) fail(`summary "${summary}" does not start with ${want.count}`);
      if (!SUMMARY_WORD.timeline[want.lang].test(summary)) fail(`summary "${summary}" is not in ${want.lang}`);
    }
    // A vertical timeline has a rail; a horizontal one an SVG axis. `auto` is vertical below 600px.
    const vertical = v.attrs.orientation === 'vertical' || (v.attrs.orientation !== 'horizontal' && parseFloat(v.width ?? '700') < 600);
    const axis = part('axis');
    if (!axis || (axis.localName === 'svg') === vertical) fail(`axis <${axis?.localName}>, expected ${vertical ? 'vertical' : 'horizontal'}`);
  }
  return problems;
}

describe('many elements on one page', () => {
  it('renders 50 elements, each as its attributes ask, with one request per distinct src', async function () {
    this.timeout(120_000);
    const host = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const distinct = new Set(VARIANTS.map((v) => JSON.stringify([v.kind, v.attrs, v.parentLang, v.width])));
    expect(VARIANTS, 'variants').to.have.length(50);
    expect(distinct.size, 'distinct attribute combinations').to.equal(50);

    const elements = VARIANTS.map((v) => {
      const el = document.createElement(TAGS[v.kind]);
      el.setAttribute('loading', 'eager');
      for (const [name, value] of Object.entries(v.attrs)) el.setAttribute(name, value);
      if (v.width) el.style.width = v.width;
      const slot = v.parentLang ? Object.assign(document.createElement('div'), { lang: v.parentLang }) : host;
      if (slot !== host) host.append(slot);
      slot.append(el);
      return el;
    });
    const outcomes = await Promise.all(
      elements.map(
        (el) =>
          new Promise<{ type: string; count?: number }>((resolve) => {
            el.addEventListener('iclei-load', (e) => resolve({ type: e.type, count: e.count }), { once: true });
            el.addEventListener('iclei-error', (e) => resolve({ type: e.type }), { once: true });
          }),
      ),
    );
    for (const el of elements) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // Lazily loaded translations and the wheel's measured labels may take a frame more.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const problems = VARIANTS.flatMap((v, i) => check(elements[i], v, expected(v), outcomes[i]).map((p) => `#${i} <${TAGS[v.kind]} ${JSON.stringify(v.attrs)}>: ${p}`));
    expect(problems).to.deep.equal([]);

    // Each distinct src: one request, however many elements name it.
    const used = Object.values(SRC);
    for (const src of used) expect(VARIANTS.filter((v) => v.attrs.src === src).length, src).to.be.greaterThan(1);
    const requested = (src: string) => performance.getEntriesByType('resource').filter((r) => r.name === new URL(src, location.href).href).length;
    expect(Object.fromEntries(used.map((src) => [src, requested(src)]))).to.deep.equal(Object.fromEntries(used.map((src) => [src, 1])));
    // The server counts too: this request is the second one it sees for the counted src.
    const { requests } = await (await fetch(SRC.counted, { cache: 'no-store' })).json();
    expect(requests, `server-side requests for ${SRC.counted}`).to.equal(2);
  });
});
