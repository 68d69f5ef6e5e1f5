import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../helpers.js';

type Constructors = Record<string, new (...args: unknown[]) => object>;

/** The names of the Intl objects made while `work` runs: the first on a page starts ICU, tens of ms. */
async function intlMadeBy(work: () => Promise<unknown>): Promise<string[]> {
  const intl = Intl as unknown as Constructors;
  const names = ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter'];
  const originals: Constructors = Object.fromEntries(names.map((name) => [name, intl[name]]));
  const made: string[] = [];
  for (const name of names) {
    intl[name] = new Proxy(originals[name], {
      construct(target, args) {
        made.push(name);
        return Reflect.construct(target, args);
      },
    });
  }
  try {
    await work();
  } finally {
    Object.assign(intl, originals);
  }
  return made;
}

describe('loading the three elements', () => {
  it('makes no Intl object before an element needs one', async () => {
    expect(await intlMadeBy(() => import('../../src/define.js'))).to.deep.equal([]);
  });

  // The timeline writes dates and country names at once, so it needs ICU; it starts it while its data loads.
  for (const tag of ['iclei-commitment-wheel', 'iclei-signatory-map']) {
    it(`draws <${tag}> in English without starting ICU`, async () => {
      await import('../../src/define.js');
      const made = await intlMadeBy(async () => {
        const el = document.createElement(tag);
        el.setAttribute('loading', 'eager');
        const loaded = nextEvent(el, 'iclei-load');
        (await fixture(html`<div></div>`)).append(el);
        await loaded;
      });
      expect(made).to.deep.equal([]);
    });
  }
});
