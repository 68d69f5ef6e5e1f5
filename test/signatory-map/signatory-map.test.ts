import { expect, fixture, html, waitUntil, nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import '../../src/signatory-map/signatory-map.define.js';
import type { SignatoryMap } from '../../src/signatory-map/signatory-map.js';
import type { SignatoriesDataset } from '../../src/data/types.js';
import type { IcleiSelectEvent } from '../../src/shared/events.js';
import bundled from '../../data/signatories.json';
import { syntheticSignatories } from '../fixtures/signatories.synthetic.js';

const full = bundled as unknown as SignatoriesDataset;
/** Real records from the bundled dataset, far enough apart not to cluster at 800px. */
const subset = (ids: string[]): SignatoriesDataset => ({ ...full, signatories: full.signatories.filter((s) => ids.includes(s.id)) });
const spread = subset(['aalborg-dk', 'madrid-es', 'paris-fr', 'wien-at', 'roma-it', 'munchen-de', 'donostia-san-sebastian-es', 'stockholm-se']);

const $ = <E extends Element = HTMLElement>(el: SignatoryMap, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = (el: SignatoryMap, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const live = (el: SignatoryMap) => text($(el, '[aria-live="polite"]'));
const scaleOf = (el: SignatoryMap) => Number($(el, 'svg g')!.getAttribute('transform')!.match(/matrix\(([\d.e+-]+)/)![1]);

/** Mounts a map in an 800px box and waits until it has loaded, sized itself and drawn its basemap. */
async function mount(template: TemplateResult, width = 800) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const loaded = new Promise<number>((resolve) => wrapper.addEventListener('iclei-load', (e) => resolve(e.count), { once: true }));
  render(template, wrapper);
  const count = await loaded;
  const el = wrapper.firstElementChild as SignatoryMap;
  // iclei-load comes once data and basemap are drawn, which can be before the first size is known.
  await waitUntil(() => $$(el, 'path').length > 40 && Number($(el, 'svg')!.getAttribute('width')) > 0, 'the basemap is drawn at its size');
  await el.updateComplete;
  return { el, count, wrapper };
}

function selections(el: SignatoryMap) {
  const seen: IcleiSelectEvent[] = [];
  el.addEventListener('iclei-select', (e) => seen.push(e));
  return seen;
}

describe('<iclei-signatory-map>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('draws the bundled dataset with a summary that quotes the official totals', async () => {
    const { el, count } = await mount(html`<iclei-signatory-map loading="eager"></iclei-signatory-map>`);
    expect(count).to.equal(full.signatories.length);
    expect(el.shown).to.have.length(count);
    const summary = text($(el, '[part="summary"]'));
    expect(summary).to.contain(`${count} signatories in 16 countries shown.`);
    expect(summary).to.contain('Aalborg Charter: more than 3,000 signatories in all.');
    expect(summary).to.contain('Aalborg Commitments: about 700 signatories in all.');
    expect(summary).to.contain('Basque Declaration: no total has been published.');
    expect($(el, 'canvas')).to.exist;
    expect($$(el, 'path.on').length).to.be.greaterThan(10);
    expect($(el, '[part="map"]')!.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
  });

  it('shows its marks at the size of its map in every frame, from the first', async () => {
    const frames: [number, number][] = [];
    let recording = true;
    const record = () => {
      const root = document.querySelector('iclei-signatory-map')?.shadowRoot;
      const [canvas, map] = [root?.querySelector('canvas'), root?.querySelector('.map')];
      if (canvas && map) frames.push([canvas.height, Math.round(map.getBoundingClientRect().height * devicePixelRatio)]);
      if (recording) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
    await mount(html`<iclei-signatory-map loading="eager"></iclei-signatory-map>`);
    recording = false;
    expect(frames.length).to.be.above(0);
    expect(frames.filter(([drawn, box]) => drawn !== box)).to.deep.equal([]);
  });

  describe('filters', () => {
    const cases: [string, string, (s: SignatoriesDataset['signatories'][number]) => boolean][] = [
      ['document', 'document="aalborg-commitments"', (s) => s.signed.some((x) => x.document === 'aalborg-commitments')],
      ['several documents', 'document="basque-declaration, aalborg-charter"', (s) => s.signed.some((x) => x.document !== 'aalborg-commitments')],
      ['country', 'country="it,se"', (s) => ['IT', 'SE'].includes(s.country)],
      ['since and until', 'since="2000" until="2005"', (s) => s.signed.some((x) => x.date && +x.date.slice(0, 4) >= 2000 && +x.date.slice(0, 4) <= 2005)],
    ];
    for (const [name, attributes, keep] of cases) {
      it(`keeps the signatories of a ${name} filter`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
        const loaded = new Promise<number>((resolve) => wrapper.addEventListener('iclei-load', (e) => resolve(e.count), { once: true }));
        wrapper.innerHTML = `<iclei-signatory-map loading="eager" ${attributes}></iclei-signatory-map>`;
        const count = await loaded;
        const el = wrapper.firstElementChild as SignatoryMap;
        const expected = full.signatories.filter(keep).map((s) => s.id);
        expect(count).to.equal(expected.length);
        expect(el.shown.map((m) => m.s.id)).to.deep.equal(expected);
      });
    }

    it('zooms to the countries it filters', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" country="CH"></iclei-signatory-map>`);
      await waitUntil(() => scaleOf(el) > 0);
      const { el: all } = await mount(html`<iclei-signatory-map loading="eager"></iclei-signatory-map>`);
      expect(scaleOf(el) / scaleOf(all)).to.be.greaterThan(4);
    });

    it('toggles a document from the legend', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" .data=${spread}></iclei-signatory-map>`);
      const chips = $$(el, '[part="legend"] button');
      expect(chips.map(text)).to.deep.equal(['Aalborg Charter 2', 'Aalborg Commitments 6', 'Basque Declaration 3']);
      chips[1].click();
      await el.updateComplete;
      expect(chips[1].getAttribute('aria-pressed')).to.equal('false');
      expect(el.shown.map((m) => m.s.id)).to.deep.equal(spread.signatories.filter((s) => s.signed.some((x) => x.document !== 'aalborg-commitments')).map((s) => s.id));
      expect(text($(el, '[part="summary"]'))).not.to.contain('Aalborg Commitments');
      await expect(el).to.be.accessible();
    });

    it('says so when nothing is left', async () => {
      const { el, count } = await mount(html`<iclei-signatory-map loading="eager" since="2090"></iclei-signatory-map>`);
      expect(count).to.equal(0);
      expect(text($(el, '[part="empty"]'))).to.equal('Nothing matches the current filters.');
      await expect(el).to.be.accessible();
    });
  });

  describe('search', () => {
    for (const [query, name] of [
      ['munchen', 'München'],
      ['donostia', 'Donostia / San Sebastián'],
      ['vitoria gasteiz', 'Vitoria-Gasteiz'],
      ['ZURICH', 'Zürich'],
    ]) {
      it(`finds ${name} from "${query}" and selects it with the keyboard`, async () => {
        const { el } = await mount(html`<iclei-signatory-map loading="eager"></iclei-signatory-map>`);
        const seen = selections(el);
        const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
        input.focus();
        await sendKeys({ type: query });
        await el.updateComplete;
        const options = $$(el, '[role="option"]');
        expect(input.getAttribute('aria-expanded')).to.equal('true');
        expect(text(options[0])).to.contain(name);
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(input.getAttribute('aria-activedescendant')).to.equal(options[0].id);
        expect(options[0].getAttribute('aria-selected')).to.equal('true');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(seen.map((e) => e.record && (e.record as { name: string }).name)).to.deep.equal([name]);
        expect(el.getAttribute('selected')).to.equal(seen[0].id);
        await waitUntil(() => $(el, '[part="detail"]'), 'the detail panel');
        expect(text($(el, '[part="detail"] h3'))).to.equal(name);
        expect(input.getAttribute('aria-expanded')).to.equal('false');
        expect(scaleOf(el)).to.be.greaterThan(0);
      });
    }

    it('says when nothing matches', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager"></iclei-signatory-map>`);
      $<HTMLInputElement>(el, 'input')!.focus();
      await sendKeys({ type: 'qqq' });
      await el.updateComplete;
      expect($$(el, '[role="option"]')).to.have.length(0);
      expect(text($(el, '.search [role="status"]'))).to.equal('No match');
    });
  });

  describe('keyboard', () => {
    it('moves between signatories with the arrow keys, selects with Enter and clears with Escape', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" .data=${spread}></iclei-signatory-map>`);
      const seen = selections(el);
      $(el, '[part="map"]')!.focus();
      const visit = async (key: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
        return live(el).split('.')[0];
      };
      const start = await visit('ArrowRight');
      expect(start).to.be.oneOf(spread.signatories.map((s) => s.name));
      expect(text($(el, '[part="tooltip"] strong'))).to.equal(start);
      // Walk to the west end, then east along the map.
      let name = start;
      for (let i = 0; i < 8; i++) name = (await visit('ArrowLeft')) || name;
      expect(name).to.equal('Madrid');
      expect(await visit('ArrowUp')).to.equal('Donostia / San Sebastián');
      expect(await visit('ArrowUp')).to.equal('Paris');
      expect(await visit('ArrowRight')).to.equal('München');
      expect(await visit('ArrowRight')).to.equal('Wien');
      expect(await visit('ArrowDown')).to.equal('Roma');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(seen.map((e) => e.id)).to.deep.equal(['roma-it']);
      expect(el.selected).to.equal('roma-it');
      await waitUntil(() => $(el, '[part="detail"]'), 'the detail panel');
      expect(text($(el, '[part="detail"] h3'))).to.equal('Roma');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(seen.map((e) => e.id)).to.deep.equal(['roma-it', null]);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect($(el, '[part="detail"]')).to.equal(null);
    });

    it('zooms with plus and minus and goes home with Home', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" .data=${spread}></iclei-signatory-map>`);
      $(el, '[part="map"]')!.focus();
      const home = scaleOf(el);
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(scaleOf(el)).to.be.closeTo(home * 2, 1e-6);
      await sendKeys({ press: '+' });
      await sendKeys({ press: '-' });
      await el.updateComplete;
      expect(scaleOf(el)).to.be.closeTo(home * 2, 1e-6);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(scaleOf(el)).to.be.closeTo(home, 1e-6);
    });

    it('is one tab stop that describes how to use it', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" .data=${spread} no-search no-table no-legend no-zoom></iclei-signatory-map>`);
      const map = $(el, '[part="map"]')!;
      const described = map.getAttribute('aria-describedby')!.split(' ').map((id) => text(el.shadowRoot!.getElementById(id)));
      expect(described.join(' ')).to.contain('Arrow keys move between signatories');
      const focusable = $$(el, 'button, input, [tabindex="0"], a[href]');
      expect(focusable).to.deep.equal([map]);
    });
  });

  it('lets the keyboard reach the notes when they overflow their fixed height, and only then', async () => {
    const narrow = await mount(html`<iclei-signatory-map loading="eager"></iclei-signatory-map>`, 320);
    const notes = $(narrow.el, '.notes')!;
    expect(notes.scrollHeight).to.be.greaterThan(notes.clientHeight);
    expect(notes.getAttribute('tabindex')).to.equal('0');
    const wide = await mount(html`<iclei-signatory-map loading="eager" .data=${spread}></iclei-signatory-map>`, 1000);
    expect($(wide.el, '.notes')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('does not fire iclei-select when a page script sets selected', async () => {
    const { el } = await mount(html`<iclei-signatory-map loading="eager" .data=${spread}></iclei-signatory-map>`);
    const seen = selections(el);
    el.selected = 'wien-at';
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="detail"]'), 'the detail panel');
    expect(text($(el, '[part="detail"] h3'))).to.equal('Wien');
    expect($(el, '[part="detail"] a[href^="http"]')).to.exist;
    expect(seen).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  describe('table view', () => {
    it('shows 500 rows at a time, and 500 more on request, in the order chosen', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" .data=${syntheticSignatories(1200)}></iclei-signatory-map>`);
      $$(el, 'button.toggle')[0].click();
      await waitUntil(() => $(el, '[part="table"]'), 'the table');
      const names = () => $$(el, 'tbody th').map(text);
      expect(names()).to.have.length(500);
      $$(el, 'thead th')[0].querySelector('button')!.click();
      await el.updateComplete;
      const descending = names();
      expect(descending).to.deep.equal([...descending].sort(new Intl.Collator('en').compare).reverse());
      const more = $(el, 'button.more')!;
      expect(text(more)).to.equal('Show 500 more');
      more.click();
      await el.updateComplete;
      expect(names()).to.have.length(1000);
      expect(names().slice(0, 500)).to.deep.equal(descending);
      expect(text($(el, 'button.more'))).to.equal('Show 200 more');
      $(el, 'button.more')!.click();
      await el.updateComplete;
      expect(names()).to.have.length(1200);
      expect($(el, 'button.more')).to.equal(null);
    });

    it('lists exactly the signatories shown, sortable by column', async () => {
      const { el, count } = await mount(html`<iclei-signatory-map loading="eager" document="aalborg-charter"></iclei-signatory-map>`);
      const toggle = $$(el, 'button.toggle')[0];
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '[part="map"]')).to.equal(null);
      await waitUntil(() => $(el, '[part="table"]'), 'the table');
      const names = () => $$(el, 'tbody th').map(text);
      expect(names()).to.have.length(count);
      expect([...names()].sort()).to.deep.equal(el.shown.map((m) => m.s.name).sort());
      const sorted = [...names()].sort(new Intl.Collator('en').compare);
      expect(names()).to.deep.equal(sorted);
      await expect(el).to.be.accessible();
      const nameHeader = $$(el, 'thead th')[0];
      expect(nameHeader.getAttribute('aria-sort')).to.equal('ascending');
      nameHeader.querySelector('button')!.click();
      await el.updateComplete;
      expect(nameHeader.getAttribute('aria-sort')).to.equal('descending');
      expect(names()).to.deep.equal([...sorted].reverse());
      $$(el, 'thead th')[1].querySelector('button')!.click();
      await el.updateComplete;
      const countries = $$(el, 'tbody tr').map((tr) => text(tr.children[1]));
      expect(countries).to.deep.equal([...countries].sort(new Intl.Collator('en').compare));
      expect($$(el, 'tbody tr')[0].querySelectorAll('a[href^="http"]').length).to.be.greaterThan(0);
    });
  });

  it('shades countries by count in the countries view', async () => {
    const { el } = await mount(html`<iclei-signatory-map loading="eager" view="countries"></iclei-signatory-map>`);
    const shaded = $$(el, 'path[class*="seq-"]').filter((p) => !p.classList.contains('seq--1'));
    expect(shaded.map((p) => p.dataset.id).sort()).to.deep.equal([...new Set(full.signatories.map((s) => s.country))].filter((c) => c !== 'AX').sort());
    expect($(el, 'path[data-id="ES"]')!.getAttribute('class')).to.contain('seq-4');
    expect(text($(el, '.scale'))).to.contain('Signatories per country');
    await expect(el).to.be.accessible();
  });

  describe('countries view', () => {
    const count = (code: string) => full.signatories.filter((s) => s.country === code).length;
    const tooltip = (el: SignatoryMap) => $(el, '[part="tooltip"]')?.innerText.replace(/\s+/g, ' ').trim();
    afterEach(() => resetMouse());

    it('shows a country and its count on hover', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" view="countries"></iclei-signatory-map>`);
      // A point inside Spain: the middle of its mainland, found by the browser's own hit-testing.
      $(el, 'path[data-id="ES"]')!.scrollIntoView({ block: 'center' });
      const spain = $(el, 'path[data-id="ES"]')!.getBoundingClientRect();
      const at = [Math.round(spain.left + spain.width * 0.6), Math.round(spain.top + spain.height * 0.45)] as [number, number];
      expect(el.shadowRoot!.elementFromPoint(...at)?.getAttribute('data-id')).to.equal('ES');
      await sendMouse({ type: 'move', position: at });
      await el.updateComplete;
      expect(tooltip(el)).to.equal(`Spain ${count('ES')} signatories`);
      expect($(el, 'path[data-id="ES"]')!.classList.contains('active')).to.equal(true);
      await sendMouse({ type: 'move', position: [Math.round(spain.left) - 400, 5] });
      await el.updateComplete;
      expect($(el, '[part="tooltip"]')).to.equal(null);
      expect($$(el, 'path.active')).to.have.length(0);
    });

    it('has its countries when a points view switches to it', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" .data=${spread}></iclei-signatory-map>`);
      el.view = 'countries';
      await el.updateComplete;
      $(el, '[part="map"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(live(el)).to.match(/^[A-Z][a-z]+\. 1 signatory$|^Spain\. 2 signatories$/);
    });

    it('moves between countries with the arrow keys and zooms into one with Enter', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" view="countries" .data=${spread}></iclei-signatory-map>`);
      const seen = selections(el);
      $(el, '[part="map"]')!.focus();
      const visit = async (key: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
        return live(el);
      };
      const first = await visit('ArrowRight');
      expect(first).to.match(/^[A-Z][a-z]+\. 1 signatory$|^Spain\. 2 signatories$/);
      let said = first;
      for (let i = 0; i < 8; i++) said = await visit('ArrowLeft');
      expect(said).to.equal('Spain. 2 signatories');
      expect(tooltip(el)).to.equal('Spain 2 signatories');
      expect($(el, 'path[data-id="ES"]')!.classList.contains('active')).to.equal(true);
      expect(await visit('ArrowUp')).to.equal('France. 1 signatory');
      const before = scaleOf(el);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(scaleOf(el)).to.be.greaterThan(before * 2);
      expect($(el, 'path[data-id="FR"]')!.classList.contains('active')).to.equal(true);
      expect(seen).to.have.length(0);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($$(el, 'path.active')).to.have.length(0);
      expect($(el, '[part="tooltip"]')).to.equal(null);
    });
  });

  it('fires iclei-load once the countries are drawn too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const countries = new Promise<number>((resolve) =>
      wrapper.addEventListener('iclei-load', (e) => resolve($$(e.target as SignatoryMap, 'path[part~="country"]').length), { once: true }),
    );
    render(html`<iclei-signatory-map loading="eager" .data=${spread}></iclei-signatory-map>`, wrapper);
    expect(await countries).to.be.greaterThan(40);
  });

  it('refits the map when its width changes', async () => {
    const { el, wrapper } = await mount(html`<iclei-signatory-map loading="eager" .data=${spread}></iclei-signatory-map>`);
    const before = scaleOf(el);
    const width = Number($(el, 'svg')!.getAttribute('width'));
    wrapper.style.width = '400px';
    await waitUntil(() => Number($(el, 'svg')!.getAttribute('width')) < width, 'the map follows the new width');
    await nextFrame();
    // The box's height follows its own rules (aspect ratio, min and max), so the scale shrinks by less than the width.
    expect(scaleOf(el) / before).to.be.within(0.45, 0.9);
    expect($(el, 'canvas')!.getBoundingClientRect().width).to.be.closeTo(400, 1);
  });

  it('speaks German when asked', async () => {
    const { el } = await mount(html`<iclei-signatory-map loading="eager" lang="de" .data=${spread}></iclei-signatory-map>`);
    await waitUntil(() => text($(el, 'button.toggle')) !== 'Table', 'the German messages load');
    expect(text($(el, '[part="summary"]'))).to.contain('8 Unterzeichner in 7 Ländern gezeigt.');
    expect(text($(el, 'button.toggle'))).to.equal('Tabelle');
    expect($(el, '[part="controls"] button')!.getAttribute('aria-label')).to.equal('Vergrößern');
  });

  describe('bad attributes', () => {
    type Record = SignatoriesDataset['signatories'][number];
    const years = (s: Record) => s.signed.map((x) => x.date && +x.date.slice(0, 4));
    const cases: [string, string, (s: Record) => boolean][] = [
      ['document="foo"', 'foo', () => true],
      ['document="foo, aalborg-charter"', 'foo', (s) => s.signed.some((x) => x.document === 'aalborg-charter')],
      ['country="zz"', 'ZZ', () => true],
      ['country="zz, it"', 'ZZ', (s) => s.country === 'IT'],
      ['since="abc"', 'abc', () => true],
      ['until="abc" since="2004"', 'abc', (s) => years(s).some((y) => y && y >= 2004)],
    ];
    let warnings: string[] = [];
    const warn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    });
    afterEach(() => (console.warn = warn));

    for (const [attributes, bad, keep] of cases) {
      it(`ignores the bad part of ${attributes}, with one warning`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
        const loaded = new Promise<number>((resolve) => wrapper.addEventListener('iclei-load', (e) => resolve(e.count), { once: true }));
        wrapper.innerHTML = `<iclei-signatory-map loading="eager" ${attributes}></iclei-signatory-map>`;
        await loaded;
        const el = wrapper.firstElementChild as SignatoryMap;
        await el.updateComplete;
        expect(el.shown.map((m) => m.s.id)).to.deep.equal(full.signatories.filter(keep).map((s) => s.id));
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain(`${bad} ignored`);
        el.label = 'Signatories';
        await el.updateComplete;
        expect(warnings).to.have.length(1);
      });
    }

    it('reads the EU codes for Greece and the United Kingdom', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager" country="el,UK"></iclei-signatory-map>`);
      expect(el.shown.map((m) => m.s.country).sort()).to.deep.equal(full.signatories.filter((s) => ['GR', 'GB'].includes(s.country)).map((s) => s.country).sort());
      expect(warnings).to.have.length(0);
    });

    it('ends in the right state after 1,000 rapid attribute changes', async () => {
      const { el } = await mount(html`<iclei-signatory-map loading="eager"></iclei-signatory-map>`);
      const values: [string, string[]][] = [
        ['document', ['aalborg-charter', 'all', 'basque-declaration,aalborg-commitments', 'nope']],
        ['country', ['de', 'it,es', '', 'zz', 'fr']],
        ['since', ['1990', '2000', 'x', '']],
        ['until', ['2020', '2005', '', 'y']],
        ['view', ['countries', 'points']],
      ];
      for (let i = 0; i < 1000; i++) {
        const [name, options] = values[i % values.length];
        el.setAttribute(name, options[(i * 7) % options.length]);
        if (i % 97 === 0) await el.updateComplete;
      }
      for (const [name, value] of [['document', 'aalborg-commitments'], ['country', 'es,pt'], ['since', '2004'], ['until', '2010'], ['view', 'points']]) el.setAttribute(name, value);
      await el.updateComplete;
      const expected = full.signatories.filter((s) => ['ES', 'PT'].includes(s.country) && s.signed.some((x) => x.document === 'aalborg-commitments' && x.date && +x.date.slice(0, 4) >= 2004 && +x.date.slice(0, 4) <= 2010));
      expect(el.shown.map((m) => m.s.id)).to.deep.equal(expected.map((s) => s.id));
      expect(text($(el, '[part="summary"]'))).to.contain(`${expected.length} signatories in 2 countries shown.`);
      const { el: fresh } = await mount(html`<iclei-signatory-map loading="eager" document="aalborg-commitments" country="es,pt" since="2004" until="2010"></iclei-signatory-map>`);
      expect(scaleOf(el)).to.be.closeTo(scaleOf(fresh), 1e-6);
      await expect(el).to.be.accessible();
    });
  });

  describe('forced colours', () => {
    // emulateMedia's forcedColors reaches Playwright only: the test runner's own command sets it in Chromium.
    const forced = (forcedColors: 'active' | 'none') => executeServerCommand('emulate-forced-colors', { forcedColors, reducedMotion: 'reduce' });
    after(() => forced('none'));

    /** The colour drawn at the middle of the first mark the keyboard reaches. */
    async function markColour(el: SignatoryMap) {
      const tip = $(el, '[part="tooltip"]')!;
      const [x, y] = [parseFloat(tip.style.left), parseFloat(tip.style.top)].map((v) => Math.round(v * devicePixelRatio));
      const [r, g, b] = $<HTMLCanvasElement>(el, 'canvas')!.getContext('2d')!.getImageData(x, y, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    }
    /** A colour as the page resolves it (system colours follow the forced palette). */
    async function resolved(colour: string) {
      const probe = await fixture<HTMLElement>(html`<i style="color: ${colour}; forced-color-adjust: none"></i>`);
      return getComputedStyle(probe).color;
    }

    it('draws the marks in system colours in forced-colors mode, and back', async () => {
      // Barcelona signed only the Aalborg Charter: its mark is one colour.
      const { el } = await mount(html`<iclei-signatory-map loading="eager" .data=${subset(['barcelona-es'])}></iclei-signatory-map>`);
      $(el, '[part="map"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const normal = await markColour(el);
      expect(normal).to.equal('rgb(0, 96, 138)');
      await forced('active');
      const linkText = await resolved('LinkText');
      await waitUntil(async () => (await markColour(el)) !== normal, 'the marks are redrawn');
      expect(linkText).not.to.equal('rgb(0, 0, 238)');
      expect(await markColour(el)).to.equal(linkText);
      expect(getComputedStyle($(el, '.swatch')!).backgroundColor).to.equal(linkText);
      await expect(el).to.be.accessible();
      // System colours win over a dark theme too.
      el.theme = 'dark';
      await el.updateComplete;
      expect(await markColour(el)).to.equal(linkText);
      el.theme = 'auto';
      await el.updateComplete;
      await forced('none');
      await waitUntil(async () => (await markColour(el)) === normal, 'the theme colours come back');
    });
  });

  it('shows an alert and the fallback content when the data cannot be loaded', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = new Promise((resolve) => wrapper.addEventListener('iclei-error', resolve, { once: true }));
    render(html`<iclei-signatory-map loading="eager" src="/nowhere.json"><a href="https://sustainablecities.eu/">Signatories</a></iclei-signatory-map>`, wrapper);
    await failed;
    const el = wrapper.firstElementChild as SignatoryMap;
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });
});
