import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import '../../src/timeline/timeline.define.js';
import type { InitiativeTimeline } from '../../src/timeline/timeline.js';
import type { TimelineSelectEvent } from '../../src/timeline/timeline.events.js';
import bundled from '../../data/timeline.json';
import { syntheticTimeline } from '../fixtures/timeline.synthetic.js';
import { nextEvent } from '../helpers.js';

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
const eventIds = (el: Element) => $$(el, '[part="event"]').map((b) => b.dataset.id);
/** Text with runs of white space as one space and none around dashes (Intl puts thin spaces there in some languages). */
const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').replace(/ ?– ?/g, '–');
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

/** Mounts a timeline in a box of the given width and waits until it has drawn. */
async function mount(template: TemplateResult, width = 1000) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const loaded = nextEvent(box, 'iclei-load');
  render(template, box);
  const { count } = await loaded;
  const el = box.firstElementChild as InitiativeTimeline;
  await el.updateComplete;
  return { el, box, count };
}

describe('<iclei-timeline>', () => {
  it('draws the bundled events in time order, horizontally when wide, and passes axe-core', async () => {
    const { el, count } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`);
    expect(count).to.equal(14);
    expect($(el, '.frame')!.classList.contains('h')).to.equal(true);
    const ids = eventIds(el);
    expect(ids).to.have.length(14);
    expect(ids[0]).to.equal('iclei-founded-1990');
    expect(ids.at(-1)).to.equal('conference-2024-aalborg');
    expect($$(el, '[part="tick"]').length).to.be.greaterThan(3);
    expect($(el, '[part="legend"]')!.textContent).to.contain('Conference').and.contain('Milestone');
    expect($(el, '[part="summary"]')!.textContent).to.contain('14 events');
    await expect(el).to.be.accessible();
  });

  it('gives screen readers an ordered list with full titles and dates', async () => {
    const { el } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`);
    const list = $(el, 'ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Events in time order');
    const first = $(el, '[data-id="conference-1994-aalborg"]')!;
    expect(first.closest('li')!.parentElement).to.equal(list);
    const text = words(first.textContent);
    expect(text).to.contain('1st European Conference on Sustainable Cities & Towns').and.contain('Aalborg, Denmark').and.contain('24–27 May 1994');
  });

  it('never lets two labels overlap on screen', async () => {
    for (const [data, width] of [
      [bundled, 700],
      [syntheticTimeline(300, 3), 1000],
    ] as const) {
      const { el } = await mount(html`<iclei-timeline loading="eager" .data=${data}></iclei-timeline>`, width);
      const boxes = $$(el, '[part="event"]:not(.compact)').map((b) => b.getBoundingClientRect());
      expect(boxes.length).to.be.greaterThan(5);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `labels ${i} and ${j}`).to.equal(false);
        }
    }
  });

  it('filters by kinds, from and to, and says so when nothing is left', async () => {
    const conferences = await mount(html`<iclei-timeline loading="eager" kinds="conference"></iclei-timeline>`);
    expect(conferences.count).to.equal(10);
    expect(eventIds(conferences.el).every((id) => id!.startsWith('conference-'))).to.equal(true);
    expect($(conferences.el, '[part="legend"]')!.textContent).not.to.contain('Milestone');

    const period = await mount(html`<iclei-timeline loading="eager" from="2000" to="2020"></iclei-timeline>`);
    expect(eventIds(period.el)).to.deep.equal([
      'conference-2000-hannover',
      'conference-2004-aalborg',
      'conference-2007-sevilla',
      'conference-2010-dunkerque',
      'sustainable-cities-platform-2013',
      'conference-2013-geneva',
      'conference-2016-bilbao',
      'conference-2020-mannheim',
    ]);
    const years = $$(period.el, '[part="tick"] text').map((t) => Number(t.textContent));
    expect(Math.min(...years)).to.equal(2000);
    expect(Math.max(...years)).to.be.at.most(2021);

    const unknown = await mount(html`<iclei-timeline loading="eager" kinds="workshops"></iclei-timeline>`);
    expect(unknown.count, 'an unknown kind filters nothing').to.equal(14);

    const none = await mount(html`<iclei-timeline loading="eager" from="1800" to="1801"></iclei-timeline>`);
    expect(none.count).to.equal(0);
    expect($(none.el, '[part="empty"]')!.textContent).to.equal('Nothing matches the current filters.');
    await expect(none.el).to.be.accessible();
  });

  it('switches to the vertical layout below 600px of its own width, and back', async () => {
    const { el, box } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`, 800);
    expect($(el, '.frame')!.classList.contains('h')).to.equal(true);
    box.style.width = '420px';
    await waitUntil(() => $(el, '.frame')?.classList.contains('v'), 'vertical at 420px');
    expect($$(el, '.rows > li.row [part="event"]')).to.have.length(14);
    expect($(el, '.rows .year')!.textContent).to.equal('1990');
    await expect(el).to.be.accessible();
    box.style.width = '900px';
    await waitUntil(() => $(el, '.frame')?.classList.contains('h'), 'horizontal again at 900px');
    el.orientation = 'vertical';
    await el.updateComplete;
    expect($(el, '.frame')!.classList.contains('v'), 'orientation="vertical" wins').to.equal(true);
  });

  it('moves between events with the arrow keys, Home and End, from one tab stop', async () => {
    const { el } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`);
    const stops = $$(el, '[part="event"]').filter((b) => b.tabIndex === 0);
    expect(stops.map((b) => b.dataset.id)).to.deep.equal(['iclei-founded-1990']);
    stops[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('iclei-europe-opens-1991');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('conference-2024-aalborg');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el), 'stays on the last').to.equal('conference-2024-aalborg');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('conference-2020-mannheim');
    expect($$(el, '[part="event"]').filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).to.deep.equal(['conference-2020-mannheim']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('iclei-founded-1990');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedId(el), 'Down is the page’s when horizontal').to.equal('iclei-founded-1990');
    expect($(el, '[part="tooltip"]')!.textContent).to.contain('ICLEI founded');
  });

  it('scrolls the focused event into view along its own axis, not the page sideways', async () => {
    const { el } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`, 700);
    const scroller = $(el, '.scroller')!;
    expect(scroller.scrollWidth, 'the labels need more than 700px').to.be.greaterThan(scroller.clientWidth);
    $(el, '[part="event"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    // The scroll may be smooth: wait until it has brought the whole of the last event inside the scroller.
    const inView = () => {
      const last = $(el, '[data-id="conference-2024-aalborg"]')?.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      return !!last && last.left >= box.left && last.right <= box.right;
    };
    await waitUntil(inView, 'the last event scrolled wholly into view', { timeout: 3000 });
    expect(document.scrollingElement!.scrollLeft).to.equal(0);
  });

  it('draws only the events near the visible stretch of a long track, telling each one its place', async () => {
    const { el, count } = await mount(html`<iclei-timeline loading="eager" .data=${syntheticTimeline(1000)}></iclei-timeline>`);
    expect(count).to.equal(1000);
    const items = $$(el, '.events > li');
    expect(items.length).to.be.within(10, 400);
    expect(items[0].getAttribute('aria-setsize')).to.equal('1000');
    expect(items[0].getAttribute('aria-posinset')).to.equal('1');
    $(el, '[part="event"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = el.shadowRoot!.activeElement!.closest('li')!;
    expect(last.getAttribute('aria-posinset')).to.equal('1000');
    await expect(el).to.be.accessible();
  });

  it('uses Up and Down when vertical', async () => {
    const { el } = await mount(html`<iclei-timeline loading="eager" orientation="vertical"></iclei-timeline>`);
    $(el, '[part="event"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('earth-summit-1992');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('iclei-europe-opens-1991');
  });

  it('opens the details with Enter, fires iclei-select with the document ids, reflects selected, closes with Escape', async () => {
    const { el } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`);
    $(el, '[data-id="conference-2010-dunkerque"]')!.focus();
    const chosen = oneEvent(el, 'iclei-select') as Promise<TimelineSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await chosen;
    expect(e.id).to.equal('conference-2010-dunkerque');
    expect(e.record?.title).to.equal('6th European Conference on Sustainable Cities & Towns');
    expect(e.documents).to.deep.equal(['dunkerque-2010-local-sustainability-declaration', 'dunkerque-2010-call-on-climate-action']);
    expect(e.bubbles && e.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('conference-2010-dunkerque');
    const panel = $(el, '[part="detail"]')!;
    expect(panel.querySelector('h3')!.textContent).to.equal('6th European Conference on Sustainable Cities & Towns');
    expect(words(panel.textContent)).to.contain('19–21 May 2010').and.contain('Dunkerque, France').and.contain('Dunkerque 2010 Call on Climate Action');
    expect($(el, '[data-id="conference-2010-dunkerque"]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();

    const closed = oneEvent(el, 'iclei-select') as Promise<TimelineSelectEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await closed).id).to.equal(null);
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.equal(false);
    expect($(el, '[part="detail"]')).to.equal(null);
    expect(focusedId(el)).to.equal('conference-2010-dunkerque');
  });

  it('opens details on click, with links to the documents and sources', async () => {
    const { el } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`);
    const chosen = oneEvent(el, 'iclei-select') as Promise<TimelineSelectEvent>;
    $(el, '[data-id="conference-1994-aalborg"]')!.click();
    expect((await chosen).documents).to.deep.equal(['aalborg-charter']);
    await el.updateComplete;
    const links = [...$(el, '[part="detail"]')!.querySelectorAll('a')].map((a) => a.href);
    expect(links[0]).to.equal('https://sustainablecities.eu/the-aalborg-charter/');
    expect(links).to.include('https://cordis.europa.eu/event/id/2416-european-conference-on-sustainable-cities-and-towns-denmark');
  });

  it('fires no event when a page script sets selected', async () => {
    const { el } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`);
    let fired = 0;
    el.addEventListener('iclei-select', () => fired++);
    el.selected = 'conference-2016-bilbao';
    await el.updateComplete;
    expect($(el, '[part="detail"] h3')!.textContent).to.equal('8th European Conference on Sustainable Cities & Towns');
    expect($$(el, '[part="event"]').filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).to.deep.equal(['conference-2016-bilbao']);
    el.selected = 'no-such-event';
    await el.updateComplete;
    expect($(el, '[part="detail"]')).to.equal(null);
    expect(fired).to.equal(0);
  });

  it('formats dates and country names in the UI language', async () => {
    const cases: [string, string, string, string][] = [
      ['en', '24–27 May 1994', 'Aalborg, Denmark', 'Conference 1'],
      ['de', '24.–27. Mai 1994', 'Aalborg, Dänemark', 'Konferenz 1'],
      ['fr', '24–27 mai 1994', 'Aalborg, Danemark', 'Conférence 1'],
      ['es', '24–27 de mayo de 1994', 'Aalborg, Dinamarca', 'Conferencia 1'],
      ['it', '24–27 maggio 1994', 'Aalborg, Danimarca', 'Conferenza 1'],
    ];
    for (const [lang, date, place, kind] of cases) {
      const { el } = await mount(html`<iclei-timeline loading="eager" lang=${lang} selected="conference-1994-aalborg"></iclei-timeline>`);
      const panel = words($(el, '[part="detail"]')!.textContent);
      expect(panel, lang).to.contain(date).and.contain(place).and.contain(kind);
    }
    const { el } = await mount(html`<iclei-timeline loading="eager" lang="de" selected="iclei-europe-opens-1991"></iclei-timeline>`);
    expect($(el, '[part="detail"] dd')!.textContent, 'a year-only date stays a year').to.equal('1991');
    expect($(el, '[part="caption"]')!.textContent).to.contain('Konferenzen');
  });

  it('zooms along its own axis with the buttons', async () => {
    const { el } = await mount(html`<iclei-timeline loading="eager"></iclei-timeline>`);
    const track = () => $(el, '.track')!.getBoundingClientRect().width;
    const [zoomOut, zoomIn] = $$<HTMLButtonElement>(el, '[part="controls"] button');
    const before = track();
    zoomIn.click();
    await el.updateComplete;
    expect(track()).to.be.closeTo(before * 2, 2);
    expect($(el, '.scroller')!.scrollWidth).to.be.greaterThan($(el, '.scroller')!.clientWidth);
    zoomOut.click();
    await el.updateComplete;
    expect(track()).to.be.closeTo(before, 2);
    const fit = $$<HTMLButtonElement>(el, '[part="controls"] button')[2];
    expect(fit.getAttribute('aria-label')).to.equal('Show the whole period');
    zoomIn.click();
    await el.updateComplete;
    fit.click();
    await el.updateComplete;
    expect($(el, '.scroller')!.scrollWidth, 'the whole period in view').to.be.at.most($(el, '.scroller')!.clientWidth);
    expect(fit.disabled).to.equal(true);
  });

  it('shows today when the period reaches it, and not otherwise', async () => {
    const year = new Date().getUTCFullYear();
    const now = await mount(html`<iclei-timeline loading="eager" from="2000" to=${String(year + 1)}></iclei-timeline>`);
    expect($(now.el, '[part="today"]')).to.exist;
    const past = await mount(html`<iclei-timeline loading="eager" to="2010"></iclei-timeline>`);
    expect($(past.el, '[part="today"]')).to.equal(null);
  });

  it('shows an alert in the UI language and the fallback when the data cannot be used', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = nextEvent(box, 'iclei-error');
    render(html`<iclei-timeline loading="eager" lang="fr" .data=${{ version: 2, events: [] }}><a href="#list">Liste</a></iclei-timeline>`, box);
    expect((await failed).code).to.equal('version');
    const el = box.firstElementChild as InitiativeTimeline;
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('(2)');
    await expect(el).to.be.accessible();
  });
});
