// Random attribute strings and datasets through the elements' parsers and layout functions: they never
// throw and always give a valid state.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DOCUMENT_IDS, type Signatory, type TimelineEvent } from '../../src/data/types.js';
import { parseList, parseYear } from '../../src/shared/attributes.js';
import { filterMarks, parseDocuments, search } from '../../src/signatory-map/signatory-map.data.js';
import { TAU, wheelLayout } from '../../src/commitment-wheel/commitment-wheel.layout.js';
import { eventSpan, filterEvents, parseKinds, yearsSpan } from '../../src/timeline/timeline.layout.js';

const runs = { numRuns: 1500 };
const year = fc.integer({ min: 1000, max: 2999 });
const isoDate = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

const signatory = fc.record({
  id: fc.string({ minLength: 1 }),
  name: fc.string({ minLength: 1 }),
  country: fc.constantFrom('DE', 'DK', 'ES', 'XK'),
  type: fc.constant('municipality' as const),
  lon: fc.double({ min: -30, max: 60, noNaN: true }),
  lat: fc.double({ min: 27, max: 72, noNaN: true }),
  signed: fc.array(fc.record({ document: fc.constantFrom(...DOCUMENT_IDS), date: fc.option(isoDate, { nil: undefined }), source: fc.constant('https://example.org/') }), { minLength: 1, maxLength: 3 }),
}) as fc.Arbitrary<Signatory>;

const event = fc
  .record({ id: fc.string({ minLength: 1 }), kind: fc.constantFrom('conference' as const, 'milestone' as const), start: isoDate, title: fc.string({ minLength: 1 }) })
  .map((e) => ({ ...e, documents: [], summary: '', sources: [] }) as TimelineEvent);

describe('parsers and layouts with random input', () => {
  it('map attribute parsers give only known values', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const id of parseDocuments(text)) expect(DOCUMENT_IDS).to.include(id);
        for (const code of parseList(text, true)) expect(code).to.equal(code.toUpperCase());
        const y = parseYear(text);
        expect(y === undefined || Number.isInteger(y)).to.be.true;
      }),
      runs,
    );
  });

  it('map filters keep a subset whose signatures pass them, and search never throws', () => {
    fc.assert(
      fc.property(fc.array(signatory, { maxLength: 30 }), fc.string(), fc.option(year, { nil: undefined }), fc.string(), (signatories, docs, since, query) => {
        const documents = parseDocuments(docs);
        const marks = filterMarks(signatories, { documents, countries: [], since, until: undefined });
        expect(marks.length).to.be.at.most(signatories.length);
        for (const mark of marks) {
          expect(Number.isFinite(mark.x) && Number.isFinite(mark.y)).to.be.true;
          for (const s of mark.signed) if (documents.length) expect(documents).to.include(s.document);
        }
        expect(search(marks, query).length).to.be.at.most(8);
      }),
      runs,
    );
  });

  it('timeline parsers and filters keep events within the asked kinds and years', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.string(), fc.string(), fc.string(), (events, kinds, from, to) => {
        const k = parseKinds(kinds, ['conference', 'milestone']);
        const span = yearsSpan(parseYear(from), parseYear(to));
        const kept = filterEvents(events, k, span);
        expect(kept.length).to.be.at.most(events.length);
        for (const e of kept) {
          if (k) expect(k).to.include(e.kind);
          const { start, end } = eventSpan(e);
          expect(end).to.be.at.least(start);
        }
      }),
      runs,
    );
  });

  it('the wheel gives finite sectors that share one turn, each commitment within its theme', () => {
    const themes = fc.array(fc.record({ id: fc.string(), commitments: fc.array(fc.record({ id: fc.string() }), { maxLength: 8 }) }), { maxLength: 12 });
    const drill = fc.option(fc.record({ index: fc.nat(11), t: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: null });
    fc.assert(
      fc.property(themes, fc.double({ min: 1, max: 2000, noNaN: true }), drill, (list, radius, d) => {
        const layout = wheelLayout(list, radius, d && d.index < list.length ? d : null);
        let total = 0;
        for (const theme of layout.themes) {
          expect(theme.end).to.be.at.least(theme.start);
          total += theme.end - theme.start;
          expect(theme.path).not.to.contain('NaN');
          for (const c of theme.commitments) {
            expect(c.start >= theme.start - 1e-9 && c.end <= theme.end + 1e-9, 'a commitment stays within its theme').to.be.true;
            expect(c.path).not.to.contain('NaN');
          }
        }
        expect(total, 'the themes share one turn').to.be.at.most(TAU + 1e-9);
      }),
      runs,
    );
  });
});
