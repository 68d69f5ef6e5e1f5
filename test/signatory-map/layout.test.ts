import { expect } from '@open-wc/testing';
import { geoAzimuthalEqualArea } from 'd3-geo';
import * as C from '../../src/signatory-map/signatory-map.clusters.js';
import type { Mark } from '../../src/signatory-map/signatory-map.data.js';
import * as L from '../../src/signatory-map/signatory-map.layout.js';

const close = (actual: number, expected: number, epsilon = 1e-6) => expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).to.be.below(epsilon);

describe('signatory-map layout', () => {
  describe('project', () => {
    const d3 = geoAzimuthalEqualArea().rotate([-10, -52]).scale(1).translate([0, 0]);
    const places: [string, number, number][] = [
      ['the centre', 10, 52],
      ['Aalborg', 9.9187, 57.048],
      ['Lisbon', -9.14, 38.72],
      ['Gáldar, Canary Islands', -15.65, 28.15],
      ['Helsinki', 24.94, 60.17],
      ['Nicosia', 33.36, 35.17],
    ];
    for (const [name, lon, lat] of places) {
      it(`places ${name} where d3-geo's Lambert azimuthal equal-area at 52°N 10°E does`, () => {
        const [x, y] = d3([lon, lat])!;
        const p = L.project(lon, lat);
        close(p.x, x);
        close(p.y, y);
      });
    }
    it('puts north up and east right', () => {
      expect(L.project(10, 60).y).to.be.below(L.project(10, 40).y);
      expect(L.project(20, 52).x).to.be.above(L.project(0, 52).x);
    });
  });

  describe('fitBox', () => {
    const cases: [string, L.Box, number, number, number, L.Transform][] = [
      ['a square into a wide area', { x0: 0, y0: 0, x1: 10, y1: 10 }, 200, 100, 0, { k: 10, x: 50, y: 0 }],
      ['a wide box into a square', { x0: -1, y0: -0.5, x1: 1, y1: 0.5 }, 100, 100, 10, { k: 40, x: 50, y: 50 }],
    ];
    for (const [name, box, w, h, pad, expected] of cases) {
      it(`centres ${name}`, () => {
        const t = L.fitBox(box, w, h, pad);
        close(t.k, expected.k);
        close(t.x, expected.x);
        close(t.y, expected.y);
      });
    }
    it('caps the scale at max for a single point', () => {
      const t = L.fitBox({ x0: 5, y0: 5, x1: 5, y1: 5 }, 100, 100, 0, 8);
      expect(t).to.deep.equal({ k: 8, x: 10, y: 10 });
    });
    it('maps the frame of Europe inside the area', () => {
      const t = L.fitBox(L.EUROPE, 400, 300, 10);
      const b = L.mapBox(t, L.EUROPE);
      expect(b.x0).to.be.at.least(9.99);
      expect(b.y0).to.be.at.least(9.99);
      expect(b.x1).to.be.at.most(390.01);
      expect(b.y1).to.be.at.most(290.01);
    });
  });

  describe('zoom', () => {
    it('keeps the point under the cursor in place', () => {
      const t = L.zoomAbout({ k: 1, x: 0, y: 0 }, 2, { x: 100, y: 50 });
      const before = L.invert({ k: 1, x: 0, y: 0 }, { x: 100, y: 50 });
      const after = L.apply(t, before);
      close(after.x, 100);
      close(after.y, 50);
      expect(t.k).to.equal(2);
    });
    it('stays within its limits', () => {
      expect(L.zoomAbout({ k: 1, x: 0, y: 0 }, 0.1, { x: 0, y: 0 }).k).to.equal(L.ZOOM_MIN);
      expect(L.zoomAbout({ k: 200, x: 0, y: 0 }, 10, { x: 0, y: 0 }).k).to.equal(L.ZOOM_MAX);
    });
    it('keeps the map over the middle of the view', () => {
      expect(L.constrain({ k: 1, x: 500, y: -500 }, 200, 100)).to.deep.equal({ k: 1, x: 100, y: -50 });
      expect(L.constrain({ k: 4, x: -10, y: -20 }, 200, 100)).to.deep.equal({ k: 4, x: -10, y: -20 });
    });
    it('has one level per factor √2', () => {
      expect([1, 1.41, 1.42, 2, 3, 4, 256].map(L.levelOf)).to.deep.equal([0, 0, 1, 2, 3, 4, 16]);
      close(L.levelScale(3), 2 ** 1.5);
    });
  });

  describe('merge', () => {
    const p = (x: number, y: number) => ({ x, y });
    const one = (x: number, y: number) => ({ x, y, members: [p(x, y)] });
    const merged = (items: C.Cluster<L.Point>[], r: number) => C.merge(new C.Grid(items, Math.max(r, 1)), r);
    it('gathers items within the radius at their centroid, and leaves a lone item as it is', () => {
      const lone = one(10, 10);
      const items = merged([one(0, 0), one(1, 0), one(2, 0), lone], 2);
      expect(items.map((i) => i.members.length)).to.deep.equal([3, 1]);
      close(items[0].x, 1);
      close(items[0].y, 0);
      expect(items[1]).to.equal(lone);
    });
    it('weighs a cluster by its members', () => {
      const [item] = merged([{ x: 0, y: 0, members: [p(0, 0), p(0, 0), p(0, 0)] }, one(4, 0)], 5);
      close(item.x, 1);
      expect(item.members).to.have.length(4);
    });
    it('leaves every item alone with a radius of zero', () => {
      expect(merged([one(0, 0), one(1, 1), one(2, 2)], 0).map((i) => i.members.length)).to.deep.equal([1, 1, 1]);
    });
    it('gives nothing for nothing', () => {
      expect(merged([], 5)).to.deep.equal([]);
    });
  });

  describe('hierarchy', () => {
    const points = Array.from({ length: 500 }, (_, i) => ({ x: (i * 7919) % 97, y: (i * 104729) % 89 }));
    const radii = [24, 12, 6, 3, 1.5];
    const levels = C.hierarchy(points, radii);
    it('has one level per radius, and the points alone after them', () => {
      expect(levels).to.have.length(radii.length + 1);
      expect(levels[radii.length].items.map((i) => i.members)).to.deep.equal(points.map((p) => [p]));
    });
    it('takes every point exactly once at every level, in fewer items as the radius grows', () => {
      levels.forEach((level, z) => {
        expect(level.items.reduce((n, i) => n + i.members.length, 0), `level ${z}`).to.equal(500);
        expect(new Set(level.items.flatMap((i) => i.members)).size, `level ${z}`).to.equal(500);
        if (z) expect(level.items.length, `level ${z}`).to.be.at.least(levels[z - 1].items.length);
      });
      expect(levels[0].items.length).to.be.below(levels[2].items.length);
    });
    it('nests: each cluster is a union of clusters one level finer', () => {
      for (let z = 0; z < radii.length; z++) {
        const owner = new Map(levels[z].items.flatMap((c, i) => c.members.map((m) => [m, i] as const)));
        for (const finer of levels[z + 1].items) expect(new Set(finer.members.map((m) => owner.get(m))).size, `level ${z + 1}`).to.equal(1);
      }
    });
    it('indexes each level for hit-testing', () => {
      const item = levels[1].items[0];
      expect(levels[1].grid.find(item.x, item.y, 0.01)).to.equal(item);
    });
  });

  describe('Clusters', () => {
    // 3,000 marks over a 2-unit square, with pairs and crowds in the same spot: every level clusters some.
    const marks = Array.from({ length: 3000 }, (_, i) => ({ x: ((i * 7919) % 2000) / 1000 + (i % 7) * 1e-6, y: ((i * 104729) % 1999) / 1000 })) as unknown as Mark[];
    let reads = 0;
    /** The marks, counting every read of their `x`: a level made reads them, a level looked up does not. */
    const counting = () =>
      marks.map(({ x, y }) => ({
        get x() {
          reads++;
          return x;
        },
        y,
      })) as unknown as Mark[];
    const clusters = new C.Clusters(counting());
    const atLoad = reads;
    const levels = Array.from({ length: C.TOP + 1 }, (_, z) => clusters.level(z));
    it('makes the finest levels only when one is first asked for, and once', () => {
      expect(reads).to.be.above(atLoad);
      const all = reads;
      clusters.level(C.TOP);
      clusters.level(C.TOP - 1);
      expect(reads).to.equal(all);
    });
    it('makes the finest levels after its first use, a few ms at a time, when asked to prepare them', async () => {
      const prepared = new C.Clusters(counting());
      prepared.prepare(() => true);
      const atLoad = reads;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const later = reads;
      expect(later).to.be.above(atLoad);
      prepared.level(C.TOP);
      prepared.level(C.TOP - 5);
      expect(reads).to.equal(later);
    });
    it('stops preparing once it is no longer the live set', async () => {
      const stale = new C.Clusters(counting());
      const made = reads;
      stale.prepare(() => false);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reads).to.equal(made);
    });
    it('nests at every level, across the levels made at load and later', () => {
      for (let z = 0; z < C.TOP; z++) {
        const owner = new Map(levels[z].items.flatMap((c, i) => c.members.map((m) => [m, i] as const)));
        expect(owner.size, `level ${z}`).to.equal(marks.length);
        for (const finer of levels[z + 1].items) expect(new Set(finer.members.map((m) => owner.get(m))).size, `level ${z + 1}`).to.equal(1);
        expect(levels[z + 1].items.length, `level ${z + 1}`).to.be.at.least(levels[z].items.length);
      }
      expect(levels[C.TOP].items.map((i) => i.members.length)).to.deep.equal(marks.map(() => 1));
    });
    it('indexes the later levels for hit-testing', () => {
      const item = levels[C.TOP - 2].items[0];
      expect(levels[C.TOP - 2].grid.find(item.x, item.y, 1e-9)).to.equal(item);
    });
  });

  describe('Grid', () => {
    const points = Array.from({ length: 400 }, (_, i) => ({ x: ((i * 37) % 101) / 10 - 5, y: ((i * 59) % 97) / 10 - 5 }));
    const grid = new C.Grid(points, 0.7);
    const brute = (x: number, y: number, r: number) => points.filter((p) => Math.hypot(p.x - x, p.y - y) <= r);
    for (const [x, y, r] of [
      [0, 0, 0.5],
      [-4.9, 3.3, 1.6],
      [2.25, -1.1, 0.7],
      [9, 9, 1],
    ]) {
      it(`finds every point within ${r} of (${x}, ${y}), across cells and signs`, () => {
        const found: L.Point[] = [];
        grid.near(x, y, r, (p) => found.push(p));
        const order = (a: L.Point, b: L.Point) => a.x - b.x || a.y - b.y;
        expect(found.sort(order)).to.deep.equal(brute(x, y, r).sort(order));
        expect(found.length).to.be.greaterThan(x === 9 ? -1 : 0);
        const nearest = brute(x, y, r).sort((a, b) => Math.hypot(a.x - x, a.y - y) - Math.hypot(b.x - x, b.y - y))[0];
        expect(grid.find(x, y, r)).to.equal(nearest);
      });
    }
    it('finds a point once, however many of the cells a query visits share its bucket', () => {
      const found: L.Point[] = [];
      new C.Grid([{ x: 0.5, y: 0.5 }, { x: 2.5, y: -1.5 }], 1).near(0, 0, 4, (p) => found.push(p));
      expect(found).to.have.length(2);
    });
  });

  describe('nearestInDirection', () => {
    //      b
    //  a   o   c     d
    //      e
    const o = { x: 0, y: 0 };
    const pts = [
      { x: -5, y: 0 }, // a
      { x: 0, y: -5 }, // b
      { x: 5, y: 1 }, // c
      { x: 20, y: 0 }, // d
      { x: 0, y: 6 }, // e
    ];
    const right = { x: 1, y: 0 };
    const cases: [string, L.Point, number][] = [
      ['left', { x: -1, y: 0 }, 0],
      ['up', { x: 0, y: -1 }, 1],
      ['right', right, 2],
      ['down', { x: 0, y: 1 }, 4],
    ];
    for (const [name, direction, expected] of cases) {
      it(`finds the nearest point ${name}`, () => {
        expect(L.nearestInDirection(o, pts, direction)).to.equal(expected);
      });
    }
    it('prefers a point straight ahead to a nearer one far to the side', () => {
      expect(L.nearestInDirection(o, [{ x: 3, y: 6 }, { x: 8, y: 0 }], right)).to.equal(1);
    });
    it('takes a point ahead within 45° before a nearer one almost beside', () => {
      expect(L.nearestInDirection(o, [{ x: 0.5, y: 5 }, { x: 10, y: 4 }], right)).to.equal(1);
      expect(L.nearestInDirection(o, [{ x: 0.5, y: 5 }], right)).to.equal(0);
    });
    it('gives -1 when nothing lies that way', () => {
      expect(L.nearestInDirection(o, [{ x: -1, y: 0 }, o], right)).to.equal(-1);
    });
  });

  it('grows the radius of a cluster slowly with its count', () => {
    expect(L.radiusOf(1)).to.equal(6);
    expect(L.radiusOf(2)).to.be.above(L.radiusOf(1));
    expect(L.radiusOf(1000)).to.be.above(L.radiusOf(10));
    expect(L.radiusOf(1e6)).to.equal(22);
  });
});
