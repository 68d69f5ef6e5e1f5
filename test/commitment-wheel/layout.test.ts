import { expect } from '@open-wc/testing';
import { ease, GAP, normalize, sectorD, TAU, themeSpans, wheelLayout, type WheelTheme } from '../../src/commitment-wheel/commitment-wheel.layout.js';

const close = (a: number, b: number, eps = 1e-9) => expect(Math.abs(a - b), `${a} ≈ ${b}`).to.be.lessThan(eps);

/** `n` themes of `m` commitments each, with ids like the dataset's. */
const themes = (n: number, m = 5): WheelTheme[] =>
  Array.from({ length: n }, (_, i) => ({ id: String(i + 1), commitments: Array.from({ length: m }, (_, j) => ({ id: `${i + 1}.${j + 1}` })) }));

describe('commitment-wheel layout', () => {
  describe('themeSpans', () => {
    for (const n of [1, 3, 10, 12]) {
      it(`gives each of ${n} themes an equal angle, clockwise from 12 o'clock, closing the turn`, () => {
        const spans = themeSpans(n);
        expect(spans).to.have.length(n);
        spans.forEach((s, i) => {
          close(s.start, (i * TAU) / n);
          close(s.end - s.start, TAU / n);
        });
        close(spans[n - 1].end, TAU);
      });
    }

    it('is empty without themes', () => {
      expect(themeSpans(0)).to.deep.equal([]);
    });

    it('opens a theme to the full turn from 12 o’clock and shrinks the others to nothing', () => {
      const spans = themeSpans(10, { index: 3, t: 1 });
      close(normalize(spans[3].start), 0);
      close(spans[3].end - spans[3].start, TAU);
      spans.forEach((s, i) => i !== 3 && close(s.end - s.start, 0));
    });

    for (const t of [0, 0.25, 0.5, 0.9]) {
      it(`keeps the themes contiguous and covering the turn while opening (t = ${t})`, () => {
        const spans = themeSpans(10, { index: 7, t });
        const total = spans.reduce((sum, s) => sum + (s.end - s.start), 0);
        close(total, TAU);
        for (let k = 0; k < 10; k++) close(spans[(7 + k) % 10].end, spans[(7 + k + 1) % 10].start + (k === 9 ? TAU : 0));
      });
    }

    it('turns a theme past 6 o’clock the short way round, towards a full turn', () => {
      const [half, end] = [themeSpans(10, { index: 8, t: 0.5 })[8], themeSpans(10, { index: 8, t: 1 })[8]];
      expect(half.start).to.be.greaterThan((8 * TAU) / 10);
      close(end.start, TAU);
    });
  });

  describe('wheelLayout', () => {
    it('puts the theme ring inside the commitment ring and the centre inside both', () => {
      const layout = wheelLayout(themes(10), 300);
      const [theme] = layout.themes;
      expect(layout.center).to.be.at.most(theme.inner);
      expect(theme.outer).to.be.lessThan(theme.commitments[0].inner);
      expect(theme.commitments[0].outer).to.equal(300);
    });

    it('splits each theme’s angle equally among its commitments', () => {
      const layout = wheelLayout([...themes(2, 5), { id: '3', commitments: [{ id: '3.1' }, { id: '3.2' }] }], 200);
      for (const theme of layout.themes) {
        const width = (theme.end - theme.start) / theme.commitments.length;
        theme.commitments.forEach((c, j) => {
          close(c.start, theme.start + j * width);
          close(c.end - c.start, width);
        });
      }
      expect(layout.themes[2].commitments).to.have.length(2);
    });

    it('keeps a theme without commitments on the theme ring', () => {
      const layout = wheelLayout([{ id: 'x', commitments: [] }, ...themes(1)], 200);
      expect(layout.themes.map((t) => t.id)).to.deep.equal(['x', '1']);
      expect(layout.themes[0].commitments).to.deep.equal([]);
    });

    it('leaves out the themes that opening another has shrunk to nothing', () => {
      const layout = wheelLayout(themes(10), 300, { index: 4, t: 1 });
      expect(layout.themes.map((t) => t.id)).to.deep.equal(['5']);
      expect(layout.themes[0].commitments.map((c) => c.end - c.start)).to.satisfy((w: number[]) => w.every((x) => Math.abs(x - TAU / 5) < 1e-9));
    });

    it('gives the opened theme’s commitments a deeper ring', () => {
      const closed = wheelLayout(themes(10), 300).themes[4].commitments[0];
      const open = wheelLayout(themes(10), 300, { index: 4, t: 1 }).themes[0].commitments[0];
      expect(open.outer - open.inner).to.be.greaterThan(closed.outer - closed.inner);
    });

    it('gives each theme its position in the data, for its colour, also when opened', () => {
      expect(wheelLayout(themes(10), 300, { index: 6, t: 1 }).themes[0].theme).to.equal(6);
      expect(wheelLayout(themes(10), 300).themes.map((t) => t.theme)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('draws every sector as a closed SVG path', () => {
      const layout = wheelLayout(themes(10), 300);
      for (const seg of layout.themes.flatMap((t) => [t, ...t.commitments])) expect(seg.path).to.match(/^M[-\d.,eA-Z\s]+Z$/);
    });
  });

  describe('sectorD', () => {
    const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)(?=[ALZM])/g)].map((m) => [Number(m[1]), Number(m[2])]);

    it('draws a ring sector through its four corners, with edges parallel to its sides at half the gap', () => {
      const d = sectorD({ start: 0, end: Math.PI / 2, inner: 50, outer: 100 });
      expect(d).to.match(/^M.*A.*L.*A.*Z$/);
      const [outerStart, outerEnd, innerEnd, innerStart] = points(d);
      close(outerStart[0], GAP / 2, 0.01);
      close(innerStart[0], GAP / 2, 0.01);
      close(outerEnd[1], -GAP / 2, 0.01);
      close(innerEnd[1], -GAP / 2, 0.01);
      close(Math.hypot(...outerStart), 100, 0.01);
      close(Math.hypot(...innerStart), 50, 0.01);
    });

    it('draws a full turn as a ring with its hole', () => {
      const d = sectorD({ start: 0, end: TAU, inner: 50, outer: 100 });
      expect(d.match(/M/g)).to.have.length(2);
      expect(d).to.contain('M0,-100').and.contain('M0,-50');
    });

    it('ends in a point where the gap closes the inner edge, and draws nothing for no angle', () => {
      expect(sectorD({ start: 0, end: 0.01, inner: 10, outer: 300 })).to.match(/^M.*A.*L[^A]*Z$/);
      expect(sectorD({ start: 1, end: 1, inner: 10, outer: 300 })).to.equal('');
    });
  });

  it('ease goes from 0 to 1, symmetric about the middle', () => {
    close(ease(0), 0);
    close(ease(1), 1);
    close(ease(0.5), 0.5);
    close(ease(0.2) + ease(0.8), 1);
  });
});
