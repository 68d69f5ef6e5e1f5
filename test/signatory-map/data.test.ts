import { expect } from '@open-wc/testing';
import type { Signatory } from '../../src/data/types.js';
import { parseList, parseYear } from '../../src/shared/attributes.js';
import * as D from '../../src/signatory-map/signatory-map.data.js';
import { PATH_SCALE, shapes, type Shape, type Topology } from '../../src/signatory-map/signatory-map.topology.js';
import { project } from '../../src/signatory-map/signatory-map.layout.js';
import committedShapes from '../../data/europe.shapes.json';
import committedTopology from '../../data/europe.topo.json';

const src = 'https://example.org/source';
const s = (id: string, name: string, country: string, signed: Signatory['signed']): Signatory => ({ id, name, country, type: 'municipality', lon: 10, lat: 50, signed });
const sample: Signatory[] = [
  s('a', 'Aalborg', 'DK', [
    { document: 'basque-declaration', date: '2016-04-27', source: src },
    { document: 'aalborg-charter', date: '1994', source: src },
  ]),
  s('m', 'München', 'DE', [{ document: 'aalborg-commitments', date: '2005-02', source: src }]),
  s('d', 'Donostia / San Sebastián', 'ES', [{ document: 'aalborg-charter', source: src }]),
  s('z', 'Zürich', 'CH', [{ document: 'aalborg-charter', date: '1998', source: src }]),
];
const all: D.Filters = { documents: [], countries: [] };
const ids = (marks: D.Mark[]) => marks.map((m) => m.s.id);

describe('signatory-map data', () => {
  describe('filterMarks', () => {
    const cases: [string, Partial<D.Filters>, string[]][] = [
      ['keeps everyone without filters', {}, ['a', 'm', 'd', 'z']],
      ['keeps the signatories of a document', { documents: ['aalborg-commitments'] }, ['m']],
      ['keeps any of several documents', { documents: ['aalborg-commitments', 'basque-declaration'] }, ['a', 'm']],
      ['keeps a list of countries', { countries: ['DE', 'ES'] }, ['m', 'd']],
      ['keeps signatures from a year on', { since: 2000 }, ['a', 'm']],
      ['keeps signatures up to a year', { until: 1995 }, ['a']],
      ['keeps signatures within both years, undated ones left out', { since: 1995, until: 2010 }, ['m', 'z']],
      ['combines document and years', { documents: ['aalborg-charter'], since: 2000 }, []],
    ];
    for (const [name, f, expected] of cases) it(name, () => expect(ids(D.filterMarks(sample, { ...all, ...f }))).to.deep.equal(expected));

    it('keeps only the passing signatures, in document order, and projects the place', () => {
      const [a] = D.filterMarks(sample, all);
      expect(a.docs).to.deep.equal(['aalborg-charter', 'basque-declaration']);
      expect(D.filterMarks(sample, { ...all, since: 2000 })[0].docs).to.deep.equal(['basque-declaration']);
      expect(a.x).to.equal(project(10, 50).x);
    });
  });

  describe('attributes', () => {
    it('reads comma lists, with all meaning everything', () => {
      expect(parseList(' de, at ,', true)).to.deep.equal(['DE', 'AT']);
      expect(parseList('all')).to.deep.equal([]);
      expect(parseList(undefined)).to.deep.equal([]);
    });
    it('keeps only known documents', () => {
      expect(D.parseDocuments('aalborg-charter, nonsense,BASQUE-DECLARATION')).to.deep.equal(['aalborg-charter', 'basque-declaration']);
    });
    it('reads years and ignores anything else', () => {
      expect([parseYear('2004'), parseYear('soon'), parseYear(null), parseYear(1994)]).to.deep.equal([2004, undefined, undefined, 1994]);
      expect([parseYear(' 2004-05 '), parseYear('2004abc'), parseYear('20040'), parseYear('')]).to.deep.equal([2004, undefined, undefined, undefined]);
    });
    it('knows country codes, with the EU spellings of Greece and the United Kingdom', () => {
      expect(['de', ' IT', 'el', 'uk', 'XK', 'zz', 'QQ', 'DEU', '1'].map(D.countryCode)).to.deep.equal(['DE', 'IT', 'GR', 'GB', 'XK', undefined, undefined, undefined, undefined]);
      expect(D.parseCountries('zz, at, all')).to.deep.equal([]);
      expect(D.parseCountries('zz, at')).to.deep.equal(['AT']);
    });
    it('names the parts of a filter attribute that are ignored', () => {
      expect(D.rejected('document', 'foo, aalborg-charter')).to.deep.equal(['foo']);
      expect(D.rejected('country', 'zz,de,q')).to.deep.equal(['ZZ', 'Q']);
      expect(D.rejected('since', 'abc')).to.deep.equal(['abc']);
      expect([D.rejected('until', '2010'), D.rejected('until', ''), D.rejected('until', undefined), D.rejected('document', 'all')]).to.deep.equal([[], [], [], []]);
    });
  });

  describe('search', () => {
    const marks = D.filterMarks(sample, all);
    const cases: [string, string[]][] = [
      ['munchen', ['m']],
      ['MÜNCHEN', ['m']],
      ['donostia', ['d']],
      ['san sebastian', ['d']],
      ['sebastián', ['d']],
      ['zurich', ['z']],
      ['a', ['a', 'd']],
      ['   ', []],
      ['xyz', []],
    ];
    for (const [query, expected] of cases) it(`finds ${JSON.stringify(query)} regardless of accents and case`, () => expect(ids(D.search(marks, query))).to.deep.equal(expected));
    it('folds letters that have no decomposition', () => {
      expect(D.fold('Łódź Øresund Straße')).to.equal('lodz oresund strasse');
    });
  });

  it('counts documents and countries', () => {
    const marks = D.filterMarks(sample, all);
    expect(Object.fromEntries(D.countDocuments(marks))).to.deep.equal({ 'aalborg-charter': 3, 'basque-declaration': 1, 'aalborg-commitments': 1 });
    expect(D.countCountries(marks).size).to.equal(4);
  });

  describe('country classes', () => {
    const cases: [number, number[]][] = [
      [1, [1]],
      [3, [1, 2, 3]],
      [25, [1, 2, 4, 7, 14]],
      [1000, [1, 4, 16, 64, 252]],
    ];
    for (const [max, bounds] of cases) it(`splits 1 to ${max} into ${bounds.length} classes`, () => expect(D.countryClasses(max)).to.deep.equal(bounds));
    it('gives each count its class', () => {
      expect([0, 1, 2, 3, 4, 13, 14, 25].map((n) => D.classOf(n, [1, 2, 4, 7, 14]))).to.deep.equal([-1, 0, 1, 1, 2, 3, 4, 4]);
    });
  });

  it('quotes the current official total, else the latest', () => {
    const totals = [
      { document: 'aalborg-charter' as const, count: 80, asOf: '1994-05-27', source: src },
      { document: 'aalborg-charter' as const, count: 3000, qualifier: 'more than' as const, asOf: 'current', source: src },
      { document: 'aalborg-commitments' as const, count: 600, asOf: '2010', source: src },
      { document: 'aalborg-commitments' as const, count: 670, asOf: '2013-08', source: src },
    ];
    expect(D.officialTotal(totals, 'aalborg-charter')?.count).to.equal(3000);
    expect(D.officialTotal(totals, 'aalborg-commitments')?.count).to.equal(670);
    expect(D.officialTotal(totals, 'basque-declaration')).to.equal(undefined);
  });

  describe('topology shapes', () => {
    // Two squares sharing an edge (arc 1), quantized and delta-encoded.
    const topo: Topology = {
      type: 'Topology',
      transform: { scale: [1, 1], translate: [0, 40] },
      arcs: [
        [[1, 0], [-1, 0], [0, 1], [1, 0]],
        [[1, 1], [0, -1]],
        [[1, 1], [1, 0], [0, -1], [-1, 0]],
      ],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: 'AA', arcs: [[0, 1]], properties: { name: 'West' } },
            { type: 'MultiPolygon', id: 'BB', arcs: [[[2, ~1]]], properties: { name: 'East', note: 'a note' } },
            { type: 'Polygon', arcs: [[0]] },
            { type: 'Point', id: 'CC' },
          ],
        },
      },
    };
    const out = shapes(topo);
    it('keeps the polygons with an id', () => expect(out.map((s) => [s.id, s.name, s.note])).to.deep.equal([['AA', 'West', undefined], ['BB', 'East', 'a note']]));
    it('joins arcs into closed rings, reversing negative ones, as whole-number steps', () => {
      const match = /^M(-?\d+) (-?\d+)l([-\d ]+)z$/.exec(out[1].d.replace(/(\d)-/g, '$1 -'));
      expect(match, out[1].d).to.not.equal(null);
      const points = [[Number(match![1]), Number(match![2])]];
      const steps = match![3].split(' ').map(Number);
      for (let i = 0; i < steps.length; i += 2) points.push([points[points.length - 1][0] + steps[i], points[points.length - 1][1] + steps[i + 1]]);
      const at = (lon: number, lat: number) => [Math.round(project(lon, lat).x * PATH_SCALE), Math.round(project(lon, lat).y * PATH_SCALE)];
      expect(points).to.deep.equal([at(1, 41), at(2, 41), at(2, 40), at(1, 40), at(1, 41)]);
    });
    it('leaves out steps of zero', () => {
      const flat: Topology = { ...topo, transform: { scale: [1e-9, 1e-9], translate: [0, 40] } };
      expect(shapes(flat)[0].d).to.match(/^M-?\d+ -?\d+z$/);
    });
    it('gives the box of the largest polygon', () => {
      expect(out[0].main.x0).to.be.closeTo(Math.min(project(0, 40).x, project(0, 41).x), 1e-5);
      expect(out[0].main.x1).to.be.closeTo(Math.max(project(1, 40).x, project(1, 41).x), 1e-5);
      expect(out[0].main.y0).to.be.closeTo(Math.min(project(0, 41).y, project(1, 41).y), 1e-5);
    });
    it('made data/europe.shapes.json from data/europe.topo.json (else re-run `npm run data`)', () => {
      expect(shapes(committedTopology as unknown as Topology)).to.deep.equal(committedShapes as Shape[]);
    });
  });
});
