// Hostile strings in every text and URL field of each dataset: nothing executes, no element is made
// from data, links are only ever http(s) or mailto, and long, right-to-left and emoji names draw.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import signatories from '../../data/signatories.json';
import commitments from '../../data/commitments.json';
import timeline from '../../data/timeline.json';
import { nextEvent } from '../helpers.js';

const ATTACKS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  'javascript:window.__pwned = "url"',
  `${'Ł'.repeat(10_000)}`,
  'مدينة الرباط 🌍 עיר',
];

/** Every string in `value`, and URL-looking ones especially, replaced by an attack, in turn. */
function poison(value: unknown, i = { n: 0 }): unknown {
  if (typeof value === 'string') return /^https?:/.test(value) ? ATTACKS[2] : `${value} ${ATTACKS[i.n++ % ATTACKS.length]}`;
  if (Array.isArray(value)) return value.map((v) => poison(v, i));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, ['id', 'document', 'country', 'kind', 'start', 'end', 'date', 'type', 'version', 'generated'].includes(k) ? v : poison(v, i)]),
    );
  }
  return value;
}

/** A dataset where half the records keep safe URLs, so some are drawn with hostile text. */
function hostile<T extends object>(dataset: T, key: keyof T): T {
  const records = dataset[key] as unknown as object[];
  return {
    ...dataset,
    [key]: records.map((record, index) => {
      const poisoned = poison(record) as Record<string, unknown>;
      if (index % 2) return poisoned;
      const safe = JSON.parse(JSON.stringify(poisoned).replaceAll(JSON.stringify(ATTACKS[2]).slice(1, -1), 'https://example.org/'));
      return safe;
    }),
  };
}

/** The text a reader can get at: the map draws names on a canvas and lists them in its `shown` records. */
const readable = (el: Element) => (el.localName === 'iclei-signatory-map' ? JSON.stringify((el as unknown as { shown: unknown }).shown) : el.shadowRoot!.textContent!);

const cases = [
  { tag: 'iclei-signatory-map', data: hostile(signatories, 'signatories') },
  { tag: 'iclei-commitment-wheel', data: hostile(commitments, 'themes') },
  { tag: 'iclei-timeline', data: hostile(timeline, 'events') },
];

describe('hostile data', () => {
  for (const { tag, data } of cases) {
    it(`<${tag}> draws hostile records as text, never as markup or script links`, async () => {
      delete (window as unknown as { __pwned?: string }).__pwned;
      const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
      el.setAttribute('loading', 'eager');
      el.data = data;
      const errors: string[] = [];
      el.addEventListener('iclei-error', (e) => errors.push(e.code));
      const loaded = nextEvent(el, 'iclei-load');
      host.append(el);
      expect((await loaded).count).to.be.greaterThan(0);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((window as unknown as { __pwned?: string }).__pwned).to.equal(undefined);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('script, img, iframe, object')).to.have.length(0);
      for (const a of root.querySelectorAll('a[href]')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:)/);
      expect(errors).to.deep.equal(['records']);
      expect(readable(el)).to.contain('<script>');
    });
  }
});
