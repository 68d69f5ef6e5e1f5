import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { Formatter, langOf, toLang, type Messages } from '../../src/shared/locale.js';
import { translations } from '../../src/shared/messages.i18n.js';
import { catalogueOf } from '../../src/shared/messages.js';
import '../fixtures/data-element.js';
import type { DataElement } from '../fixtures/data-element.js';

const placeholderText = (el: Element) => el.shadowRoot!.querySelector('[part="placeholder"]')?.textContent?.trim();

describe('the locale layer', () => {
  it('maps language tags to the five UI languages, anything else to English', () => {
    const cases: [string | null, string][] = [
      ['de', 'de'],
      ['de-AT', 'de'],
      ['FR_ca', 'fr'],
      ['es-419', 'es'],
      ['it', 'it'],
      ['en-GB', 'en'],
      ['xx', 'en'],
      ['', 'en'],
      [null, 'en'],
    ];
    for (const [tag, lang] of cases) expect(toLang(tag), String(tag)).to.equal(lang);
  });

  it('has every shared message in every language', () => {
    const keys = Object.keys(catalogueOf({}, async () => ({ translations: { de: {}, fr: {}, es: {}, it: {} } })).en).sort();
    for (const [lang, messages] of Object.entries(translations)) expect(Object.keys(messages).sort(), lang).to.deep.equal(keys);
  });

  it('fills placeholders and chooses plural forms', () => {
    const en: Messages<'n'> = { n: { one: '{count} city', other: '{count} cities' } };
    expect(new Formatter('en', en).t('n', { count: 1 })).to.equal('1 city');
    expect(new Formatter('en', en).t('n', { count: 3000 })).to.equal('3,000 cities');
    expect(new Formatter('de', { n: { one: '{count} Stadt', other: '{count} Städte' } }).t('n', { count: 3000 })).to.equal('3.000 Städte');
    expect(new Formatter('fr', { n: { one: '{count} ville', other: '{count} villes' } }).t('n', { count: 0 })).to.equal('0 ville');
  });

  it('chooses the singular where Intl.PluralRules says one, in each language', () => {
    const n: Messages<'n'> = { n: { one: 'one', other: 'other' } };
    for (const lang of ['en', 'de', 'fr', 'es', 'it'] as const) {
      const rules = new Intl.PluralRules(lang);
      for (const count of [0, 1, 2, 1.5, 0.5, -1, 11, 21, 101, 1000, 1e6, 2e6]) {
        expect(new Formatter(lang, n).t('n', { count }), `${lang}: ${count}`).to.equal(rules.select(count) === 'one' ? 'one' : 'other');
      }
    }
  });

  it('writes numbers as Intl.NumberFormat does in each language', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'it'] as const) {
      const intl = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang);
      for (const n of [0, 7, 999, 1000, 3000, 9999, 10_000, 123_456, 1_234_567, -1234, -56_789, 2 ** 53, 1.5, 1234.5678]) {
        expect(new Formatter(lang, {}).number(n), `${lang}: ${n}`).to.equal(intl.format(n));
      }
    }
  });

  it('joins lists as Intl.ListFormat does in each language', () => {
    const lists = [[], ['Aalborg'], ['Aalborg', 'Bilbao'], ['1 Governance', '2 Local management', '3 Natural common goods'], ['Francia', 'Italia'], ['agua', 'hierro'], ['nieve', 'hielo'], ['A', 'hilo'], ['A', 'Ibiza', 'Hiena']];
    for (const lang of ['en', 'de', 'fr', 'es', 'it'] as const) {
      const intl = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' });
      for (const items of lists) expect(new Formatter(lang, {}).list(items), `${lang}: ${items.join('|')}`).to.equal(intl.format(items));
    }
  });

  it('formats dates at the precision they are given', () => {
    const de = new Formatter('de', {});
    expect(de.date('1994')).to.equal('1994');
    expect(de.date('2013-04')).to.equal('April 2013');
    expect(de.date('1994-05-24')).to.equal('24. Mai 1994');
    expect(new Formatter('en', {}).date('1994-05-24')).to.equal('24 May 1994');
    expect(new Formatter('fr', {}).date('2013-04')).to.equal('avril 2013');
    expect(new Formatter('es', {}).date('1994-05-24')).to.equal('24 de mayo de 1994');
    expect(new Formatter('it', {}).date('1994-05-24')).to.equal('24 maggio 1994');
  });

  it('names countries in the UI language, Kosovo included', () => {
    expect(new Formatter('de', {}).country('DK')).to.equal('Dänemark');
    expect(new Formatter('fr', {}).country('de')).to.equal('Allemagne');
    expect(new Formatter('en', {}).country('XK')).to.equal('Kosovo');
    expect(new Formatter('it', {}).country('ES')).to.equal('Spagna');
  });

  it('reads lang from the closest ancestor, across shadow roots', async () => {
    const outer = await fixture(html`<section lang="fr"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    expect(langOf(inner)).to.equal('fr');
  });

  it('gives an element the language of its ancestor and follows changes at run time', async () => {
    // A request that does not answer for seconds keeps the element in its loading state.
    const section = await fixture(html`<section lang="it"><test-data-element loading="eager" src="/__test/never.json?locale"></test-data-element></section>`);
    const el = section.querySelector('test-data-element') as DataElement;
    await el.updateComplete;
    expect(placeholderText(el)).to.equal('Caricamento…');
    section.setAttribute('lang', 'es-ES');
    await nextFrame();
    await el.updateComplete;
    expect(placeholderText(el)).to.equal('Cargando…');
    el.setAttribute('lang', 'de');
    await nextFrame();
    await el.updateComplete;
    expect(placeholderText(el)).to.equal('Wird geladen …');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      el.setAttribute('lang', 'xx');
      await nextFrame();
      await el.updateComplete;
      section.setAttribute('lang', 'nl');
      await nextFrame();
    } finally {
      console.warn = warn;
    }
    expect(placeholderText(el)).to.equal('Loading…');
    expect(warnings).to.deep.equal(['<test-data-element>: lang="xx" is not one of en, de, fr, es, it; using en.']);
  });
});
