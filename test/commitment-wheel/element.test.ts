import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nextEvent } from '../helpers.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { IcleiSelectEvent } from '../../src/shared/events.js';
import type { Commitment, Theme } from '../../src/data/types.js';
import bundled from '../../data/commitments.json';
import { $, $$, clickItem, drawn, focusedId, item, mountWheel } from './helpers.js';

const wheel = (attrs = '') => staticHtml`<iclei-commitment-wheel loading="eager" ${unsafeStatic(attrs)}></iclei-commitment-wheel>`;

describe('<iclei-commitment-wheel>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws the bundled 10 themes and 50 commitments as a tree, and reports 10 in iclei-load', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const loaded = nextEvent(wrapper, 'iclei-load');
    wrapper.innerHTML = '<iclei-commitment-wheel loading="eager"></iclei-commitment-wheel>';
    expect((await loaded).count).to.equal(10);
    const el = wrapper.firstElementChild as HTMLElementTagNameMap['iclei-commitment-wheel'];
    await el.updateComplete;
    expect(drawn(el, 'theme')).to.deep.equal(bundled.themes.map((t) => t.id));
    expect(drawn(el, 'commitment')).to.have.length(50);
    expect($(el, 'svg')!.getAttribute('role')).to.equal('tree');
    expect(item(el, '3')!.getAttribute('aria-label')).to.equal('Theme 3: Natural Common Goods, 5 commitments');
    expect(item(el, '3.2')!.getAttribute('aria-label')).to.equal('3.2: Clean water, used wisely');
    expect($$(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);
    expect($(el, '[part="center"]')!.textContent).to.contain('The Aalborg Commitments').and.contain('10 themes · 50 commitments');
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('selects a theme on click: iclei-select, the selected attribute, the centre and the detail panel', async () => {
    const el = await mountWheel(wheel());
    const selected = nextEvent(el, 'iclei-select') as Promise<IcleiSelectEvent<Theme>>;
    clickItem(el, '3');
    const event = await selected;
    expect(event.id).to.equal('3');
    expect(event.record?.title).to.equal('Natural Common Goods');
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('3');
    expect(item(el, '3')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '[part="detail"] .detail-title')!.textContent).to.equal('Natural Common Goods');
    expect($<HTMLAnchorElement>(el, '[part="detail"] a')!.href).to.equal(bundled.themes[2].source);
    expect($(el, '[part="center"]')!.textContent).to.contain('Natural Common Goods');
    await expect(el).to.be.accessible();
  });

  it('selects a commitment on click and tells which theme it belongs to', async () => {
    const el = await mountWheel(wheel());
    const selected = nextEvent(el, 'iclei-select') as Promise<IcleiSelectEvent<Commitment>>;
    clickItem(el, '3.2');
    expect((await selected).record?.id).to.equal('3.2');
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('3.2');
    expect($(el, '[part="detail"]')!.textContent).to.contain('Clean water, used wisely').and.contain('Part of theme 3: Natural Common Goods');
    expect(item(el, '3.2')!.getAttribute('part')).to.equal('commitment selected');
    await expect(el).to.be.accessible();
  });

  it('takes its selection from the selected attribute without firing iclei-select', async () => {
    const el = await mountWheel(wheel());
    let fired = 0;
    el.addEventListener('iclei-select', () => fired++);
    el.setAttribute('selected', '7.4');
    await el.updateComplete;
    expect(el.selected).to.equal('7.4');
    expect(item(el, '7.4')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '[part="detail"] .detail-title')!.textContent).to.equal('Health impact assessment');
    el.selected = '99';
    await el.updateComplete;
    expect($$(el, '[aria-selected="true"]')).to.have.length(0);
    expect($(el, '[part="detail"] .prompt')).to.exist;
    expect(fired).to.equal(0);
  });

  it('moves around the rings with arrow keys, Home and End, from one tab stop', async () => {
    const el = await mountWheel(wheel());
    item(el, '1')!.focus();
    const path: (string | undefined)[] = [];
    for (const press of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowUp', 'End', 'Home', 'ArrowLeft']) {
      await sendKeys({ press });
      await el.updateComplete;
      path.push(focusedId(el));
    }
    expect(path).to.deep.equal(['2', '3', '3.1', '2.5', '2.4', '2', '10', '1', '10']);
    expect($$(el, '[role="treeitem"][tabindex="0"]').map((g) => g.getAttribute('data-id'))).to.deep.equal(['10']);
    expect($(el, '.mark.focus')).to.exist;
  });

  it('is one tab stop: Tab enters on the selected item and leaves the wheel at once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <button id="before">before</button>
      <iclei-commitment-wheel loading="eager" selected="6.2" no-legend></iclei-commitment-wheel>
    </div>`);
    const el = wrapper.querySelector('iclei-commitment-wheel')!;
    await waitUntil(() => item(el, '6.2'), 'drawn');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('6.2');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.not.equal('treeitem');
    expect(el.shadowRoot!.activeElement?.closest('[part="detail"]')).to.exist;
  });

  it('selects with Enter and Space, and opens a selected theme with Enter; Escape goes back', async () => {
    const el = await mountWheel(wheel());
    item(el, '4')!.focus();
    const selected = nextEvent(el, 'iclei-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).id).to.equal('4');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.expanded).to.be.true;
    expect(el.hasAttribute('expanded')).to.be.true;
    expect(drawn(el, 'theme')).to.deep.equal(['4']);
    expect(drawn(el, 'commitment')).to.deep.equal(['4.1', '4.2', '4.3', '4.4', '4.5']);
    expect($(el, '[role="status"]')!.textContent).to.equal('Theme 4 opened: 5 commitments.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('4.5');
    const next = nextEvent(el, 'iclei-select');
    await sendKeys({ press: ' ' });
    expect((await next).id).to.equal('4.5');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.expanded).to.be.false;
    expect(drawn(el, 'theme')).to.have.length(10);
    expect(focusedId(el)).to.equal('4.5');
    expect(el.selected).to.equal('4.5');
  });

  it('opens from the detail panel and closes from the back control in the centre', async () => {
    const el = await mountWheel(wheel('selected="9"'));
    $<HTMLButtonElement>(el, '[part="open"]')!.click();
    await el.updateComplete;
    expect(drawn(el, 'commitment')).to.have.length(5);
    expect(focusedId(el)).to.equal('9');
    $<HTMLButtonElement>(el, '[part="back"]')!.click();
    await el.updateComplete;
    expect(el.expanded).to.be.false;
    expect(drawn(el, 'commitment')).to.have.length(50);
    expect($(el, '[part="back"]')).to.not.exist;
  });

  it('opens on the selected commitment’s theme from attributes', async () => {
    const el = await mountWheel(wheel('selected="6.3" expanded'));
    expect(drawn(el, 'theme')).to.deep.equal(['6']);
    expect(item(el, '6.3')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '[part="center"]')!.textContent).to.contain('Low-emission vehicles');
    await expect(el).to.be.accessible();
  });

  it('is drawn open at once when the page sets expanded, even where motion is not reduced', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await mountWheel(wheel('selected="6" expanded'));
      expect(drawn(el, 'theme')).to.deep.equal(['6']);
      expect(drawn(el, 'commitment')).to.have.length(bundled.themes[5].commitments.length);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('ignores expanded without a selection', async () => {
    const el = await mountWheel(wheel('expanded'));
    expect(drawn(el, 'theme')).to.have.length(10);
  });

  it('animates the opening, turning and widening the theme, when motion is allowed', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await mountWheel(wheel('selected="8"'));
      el.expanded = true;
      await el.updateComplete;
      // In between: every theme still drawn, the labels set aside while the sectors move.
      await waitUntil(() => drawn(el, 'theme').length === 10 && $$(el, '.labels .label').length === 0, 'a frame in between', { timeout: 2000, interval: 5 });
      await waitUntil(() => drawn(el, 'theme').length === 1, 'opened', { timeout: 3000 });
      await waitUntil(() => $$(el, '.labels .label').length === 6, 'labels back', { timeout: 1000 });
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('highlights a theme on hover and shows it in the centre', async () => {
    const el = await mountWheel(wheel('selected="1"'));
    item(el, '5')!.querySelector('path')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(item(el, '5')!.classList.contains('lit')).to.be.true;
    expect($(el, '[part="center"]')!.textContent).to.contain('Planning and Design');
    expect($(el, '.mark.hover')).to.exist;
    $(el, '.wheel')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[part="center"]')!.textContent).to.contain('Governance');
  });

  it('lists the themes in the legend, which selects them too, and hides it with no-legend', async () => {
    const el = await mountWheel(wheel());
    const buttons = $$<HTMLButtonElement>(el, '[part="legend"] button');
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(bundled.themes.map((t) => `${t.number}${t.title}`));
    const selected = nextEvent(el, 'iclei-select');
    buttons[5].click();
    expect((await selected).id).to.equal('6');
    await el.updateComplete;
    expect(buttons[5].getAttribute('aria-pressed')).to.equal('true');
    el.noLegend = true;
    await el.updateComplete;
    expect($(el, '[part="legend"]')).to.not.exist;
  });

  it('speaks French with lang="fr"', async () => {
    const el = await mountWheel(wheel('lang="fr" selected="2"'));
    expect($(el, 'figcaption')!.textContent).to.equal('Les Engagements d’Aalborg');
    expect($(el, '[part="detail"] .kicker')!.textContent).to.equal('Thème 2');
    expect($(el, '[part="open"]')!.textContent).to.equal('Afficher ses 5 engagements');
    expect(item(el, '2')!.getAttribute('aria-label')).to.equal('Thème 2 : Local Management towards Sustainability, 5 engagements');
  });

  it('uses label and description', async () => {
    const el = await mountWheel(wheel('label="Our commitments" description="A wheel."'));
    expect($(el, 'figcaption')!.textContent).to.equal('Our commitments');
    expect($(el, '[part="summary"]')!.textContent).to.equal('A wheel.');
  });

  it('fits 320 pixels without scrolling sideways, labels still upright', async () => {
    const el = await mountWheel(wheel('selected="3"'), 320);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(el.shadowRoot!.querySelector('.wheel')!.getBoundingClientRect().width).to.be.at.most(320);
    expect(drawn(el, 'commitment')).to.have.length(50);
    await expect(el).to.be.accessible();
  });

  it('passes axe-core in the dark theme', async () => {
    const el = await mountWheel(wheel('theme="dark" selected="5.1"'));
    await expect(el).to.be.accessible();
  });

  it('shows a localized alert and the fallback content when the data cannot be loaded', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const failed = nextEvent(wrapper, 'iclei-error');
    wrapper.innerHTML = '<iclei-commitment-wheel loading="eager" lang="de" src="/nowhere.json"><a href="https://example.org">Liste</a></iclei-commitment-wheel>';
    expect((await failed).message).to.equal('Die Daten konnten nicht geladen werden (HTTP 404).');
    const el = wrapper.firstElementChild as HTMLElementTagNameMap['iclei-commitment-wheel'];
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.exist;
    expect($(el, 'svg')).to.not.exist;
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('on a phone, keeps the detail of a chosen theme clear of the list of themes', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await mountWheel(wheel('selected="1" lang="de" style="font: 16px sans-serif"'), 360);
      const last = $(el, '[part="open"]')!.getBoundingClientRect();
      const list = $(el, '[part="legend"]')!.getBoundingClientRect();
      expect(last.height).to.be.above(0);
      expect(list.top).to.be.at.least(last.bottom);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says so when the dataset has no themes', async () => {
    const el = await mountWheel(html`<iclei-commitment-wheel loading="eager" .data=${{ ...bundled, themes: [] }}></iclei-commitment-wheel>`);
    expect($(el, '[part="empty"]')).to.exist;
  });
});
