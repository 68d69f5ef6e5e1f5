import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/types.js';
import { parseYear } from '../../src/shared/attributes.js';
import { isoSpan } from '../../src/shared/locale.js';
import {
  assignLanes,
  eventSpan,
  filterEvents,
  fitLength,
  parseKinds,
  timeDomain,
  timeScale,
  timeTicks,
  verticalRows,
  yearsSpan,
  type LaneInput,
} from '../../src/timeline/timeline.layout.js';
import { syntheticTimeline } from '../fixtures/timeline.synthetic.js';

const utc = Date.UTC;
const close = (actual: number, expected: number, what = '') => expect(actual, what).to.be.closeTo(expected, 1e-6);
const event = (id: string, start: string, end?: string, kind: TimelineEvent['kind'] = 'milestone'): TimelineEvent => ({
  id,
  kind,
  title: id,
  start,
  ...(end ? { end } : {}),
  documents: [],
  summary: '',
  sources: [],
});
const options = { maxLanes: 3, marker: 20, gap: 10, pad: 20 };

describe('timeline layout: dates', () => {
  it('isoSpan covers the whole year, month or day a date names', () => {
    const cases: [string, number, number, string][] = [
      ['1991', utc(1991, 0, 1), utc(1992, 0, 1), 'year'],
      ['2013-04', utc(2013, 3, 1), utc(2013, 4, 1), 'month'],
      ['2013-12', utc(2013, 11, 1), utc(2014, 0, 1), 'month'],
      ['1994-05-24', utc(1994, 4, 24), utc(1994, 4, 25), 'day'],
      ['2024-02-29', utc(2024, 1, 29), utc(2024, 2, 1), 'day'],
    ];
    for (const [iso, start, end, precision] of cases) expect(isoSpan(iso), iso).to.deep.equal({ start, end, precision });
  });

  it('eventSpan runs from the first day to the end of the last, exact only when both are days', () => {
    expect(eventSpan({ start: '1994-05-24', end: '1994-05-27' })).to.deep.equal({ start: utc(1994, 4, 24), end: utc(1994, 4, 28), exact: true });
    expect(eventSpan({ start: '1991' })).to.deep.equal({ start: utc(1991, 0, 1), end: utc(1992, 0, 1), exact: false });
    expect(eventSpan({ start: '2013-04-30', end: '2013-05' })).to.deep.equal({ start: utc(2013, 3, 30), end: utc(2013, 5, 1), exact: false });
  });

  it('parses the kinds, from and to attributes, ignoring what it does not know', () => {
    const known = ['conference', 'milestone'] as const;
    expect(parseKinds('conference', known)).to.deep.equal(['conference']);
    expect(parseKinds(' Milestone , conference,x', known)).to.deep.equal(['conference', 'milestone']);
    expect(parseKinds('talks', known)).to.equal(null);
    expect(parseKinds(undefined, known)).to.equal(null);
    expect([parseYear('2000'), parseYear(' 1994 '), parseYear('20'), parseYear('2000.5'), parseYear('soon'), parseYear(undefined)]).to.deep.equal([2000, 1994, undefined, undefined, undefined, undefined]);
    expect(yearsSpan(2000, 2020)).to.deep.equal({ start: utc(2000, 0, 1), end: utc(2021, 0, 1) });
    expect(yearsSpan(2020, 2000)).to.deep.equal({ start: utc(2000, 0, 1), end: utc(2021, 0, 1) });
    expect(yearsSpan(undefined, 2000)).to.deep.equal({ end: utc(2001, 0, 1) });
  });

  it('filterEvents keeps the kinds asked for that overlap the years, in time order', () => {
    const events = [event('c', '2004-06-09', undefined, 'conference'), event('a', '1991'), event('b', '1999-12-30', '2000-01-02'), event('d', '2021')];
    const ids = (list: TimelineEvent[]) => list.map((e) => e.id);
    expect(ids(filterEvents(events, null, {}))).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(ids(filterEvents(events, ['conference'], {}))).to.deep.equal(['c']);
    expect(ids(filterEvents(events, null, yearsSpan(2000, 2020)))).to.deep.equal(['b', 'c']);
    expect(ids(filterEvents(events, ['milestone'], yearsSpan(1991, 1991)))).to.deep.equal(['a']);
  });
});

describe('timeline layout: the time scale', () => {
  const now = utc(2026, 10, 25);

  it('timeDomain spans whole years around the events, or the years given', () => {
    const spans = [eventSpan({ start: '1990-09-05' }), eventSpan({ start: '2024-10-01', end: '2024-10-03' })];
    expect(timeDomain(spans, {}, utc(2090, 0, 1))).to.deep.equal({ start: utc(1990, 0, 1), end: utc(2025, 0, 1) });
    expect(timeDomain(spans, yearsSpan(2000, 2010), now)).to.deep.equal({ start: utc(2000, 0, 1), end: utc(2011, 0, 1) });
  });

  it('timeDomain is the data\'s extent even when the series ends shortly before today (API.md)', () => {
    const spans = [eventSpan({ start: '1990' }), eventSpan({ start: '2024-10-01' })];
    expect(timeDomain(spans, {}, now).end).to.equal(utc(2025, 0, 1));
    expect(timeDomain(spans, yearsSpan(undefined, 2010), now).end, 'an explicit end wins').to.equal(utc(2011, 0, 1));
    expect(timeDomain([], {}, now).start, 'no events: from the current year').to.equal(utc(2026, 0, 1));
  });

  it('timeScale maps the period onto the padded axis and back', () => {
    const domain = { start: utc(2000, 0, 1), end: utc(2010, 0, 1) };
    const x = timeScale(domain, 1000, 50);
    close(x(domain.start), 50);
    close(x(domain.end), 950);
    close(x((domain.start + domain.end) / 2), 500);
    close(x.invert(500), (domain.start + domain.end) / 2);
  });

  it('timeTicks thin out as the axis shrinks, never closer than the spacing asked for', () => {
    const domain = { start: utc(1990, 0, 1), end: utc(2027, 0, 1) };
    const steps: [number, number][] = [
      [4000, 1],
      [2000, 1],
      [1200, 2],
      [600, 5],
      [300, 10],
    ];
    for (const [length, step] of steps) {
      const ticks = timeTicks(domain, length, 20, { year: 48, month: 40 });
      expect(ticks.length, `${length}px`).to.be.greaterThan(1);
      expect(ticks[1].year - ticks[0].year, `${length}px`).to.equal(step);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x, `${length}px`).to.be.at.least(48);
      expect(ticks.every((t) => t.year % step === 0 && t.month === undefined)).to.equal(true);
    }
  });

  it('timeTicks give none, and return, on an axis shorter than its padding', () => {
    for (const length of [56, 40, 0]) expect(timeTicks({ start: utc(1990, 0, 1), end: utc(2027, 0, 1) }, length, 28, { year: 48, month: 40 })).to.deep.equal([]);
  });

  it('timeTicks give months on a long enough axis', () => {
    const domain = { start: utc(2013, 0, 1), end: utc(2014, 0, 1) };
    const monthly = timeTicks(domain, 1200, 20, { year: 48, month: 40 });
    expect(monthly.map((t) => t.month)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0]);
    const quarterly = timeTicks(domain, 240, 20, { year: 48, month: 40 });
    expect(quarterly.map((t) => t.month)).to.deep.equal([0, 3, 6, 9, 0]);
  });
});

describe('timeline layout: lanes', () => {
  const domain = { start: utc(2000, 0, 1), end: utc(2010, 0, 1) };
  const item = (id: string, year: number, width = 150): LaneInput => ({ id, start: utc(year, 0, 1), end: utc(year, 0, 2), width });

  /** No two labels in one lane overlap (with the gap between them). */
  function expectNoOverlap(items: ReturnType<typeof assignLanes>['items'], gap: number) {
    const byLane = new Map<number, typeof items>();
    for (const i of items) if (i.lane !== null) byLane.set(i.lane, [...(byLane.get(i.lane) ?? []), i]);
    for (const [lane, list] of byLane) {
      list.sort((a, b) => a.left - b.left);
      for (let k = 1; k < list.length; k++) expect(list[k].left, `lane ${lane}`).to.be.at.least(list[k - 1].left + list[k - 1].width + gap - 1e-9);
    }
  }

  it('puts labels that fit side by side in lane 0', () => {
    const { items, lanes } = assignLanes([item('a', 2000), item('b', 2004), item('c', 2008)], domain, 1000, options);
    expect(lanes).to.equal(1);
    expect(items.map((i) => i.lane)).to.deep.equal([0, 0, 0]);
  });

  it('stacks labels that would overlap, lowest lane first', () => {
    const at = (id: string, month: number) => ({ ...item(id, 2000), start: utc(2000, month, 1), end: utc(2000, month, 2) });
    const { items, lanes } = assignLanes([at('a', 0), at('b', 6), at('c', 12), item('d', 2004)], domain, 1000, options);
    expect(items.map((i) => i.lane)).to.deep.equal([0, 1, 2, 0]);
    expect(lanes).to.equal(3);
  });

  it('draws a label with no free lane as a marker only', () => {
    const crowd = [2000, 2000.1, 2000.2, 2000.3].map((y, i) => ({ ...item(String(i), 2000), start: utc(2000, Math.round((y - 2000) * 12), 1) }));
    const { items } = assignLanes(crowd, domain, 1000, options);
    expect(items.map((i) => i.lane)).to.deep.equal([0, 1, 2, null]);
  });

  it('runs a label leftwards where it would cross the end of the axis', () => {
    const { items } = assignLanes([item('a', 2009, 200)], domain, 1000, options);
    expect(items[0].flip).to.equal(true);
    close(items[0].left + items[0].width, items[0].x + options.marker / 2);
    expect(items[0].left + items[0].width).to.be.at.most(1000);
  });

  it('never overlaps labels in a lane, for 1,000 synthetic events at any length', () => {
    const events = syntheticTimeline(1000, 7).events;
    const inputs = events.map((e, i) => ({ id: e.id, ...eventSpan(e), width: 60 + (i % 7) * 25 }));
    const span = { start: utc(1990, 0, 1), end: utc(2026, 0, 1) };
    for (const length of [360, 1200, 20000]) {
      const { items, lanes } = assignLanes(inputs, span, length, { ...options, maxLanes: 4 });
      expect(lanes).to.be.at.most(4);
      expectNoOverlap(items, options.gap);
    }
  });

  it('fitLength finds the shortest axis on which every label has a lane', () => {
    const inputs = [item('a', 2000), item('b', 2001), item('c', 2002), item('d', 2003), item('e', 2004)];
    const length = fitLength(inputs, domain, 400, 100000, options);
    const fits = (l: number) => assignLanes(inputs, domain, l, options).items.every((i) => i.lane !== null);
    expect(fits(length)).to.equal(true);
    expect(fits(length * 0.97)).to.equal(false);
    expect(fitLength(inputs.slice(0, 1), domain, 400, 100000, options), 'one label fits at once').to.equal(400);
    const same = [1, 2, 3, 4].map((n) => ({ ...item(String(n), 2005) }));
    expect(fitLength(same, domain, 400, 5000, options), 'four labels at one date never fit three lanes').to.equal(5000);
  });
});

describe('timeline layout: vertical rows', () => {
  it('labels the first row of each year and turns time gaps into clamped space', () => {
    const spans = [
      { id: 'a', ...eventSpan({ start: '1990-09-05' }) },
      { id: 'b', ...eventSpan({ start: '1990-10' }) },
      { id: 'c', ...eventSpan({ start: '1992-06-03' }) },
      { id: 'd', ...eventSpan({ start: '2013' }) },
    ];
    const rows = verticalRows(spans, 10, 40);
    expect(rows.map((r) => r.year)).to.deep.equal([1990, undefined, 1992, 2013]);
    expect(rows[0].gap).to.equal(0);
    expect(rows[2].gap).to.be.within(15, 17);
    expect(rows[3].gap, 'clamped').to.equal(40);
  });
});
