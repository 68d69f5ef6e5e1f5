import { expect } from '@open-wc/testing';
import { fitLabel, wrap, type Label, type LabelStyle, type Measure } from '../../src/commitment-wheel/commitment-wheel.labels.js';
import { wheelLayout, type Sector } from '../../src/commitment-wheel/commitment-wheel.layout.js';

const style: LabelStyle = { size: 11, lead: 17 };
/** A rough measure, as the page's without a canvas: 0.55 em a character, 0.6 bold. */
const estimate: Measure = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55);
const fixed = (text: string, size: number) => text.length * size * 0.5;
const text = (label: Label | null) => label?.lines.map((l) => [l.lead, l.text].filter(Boolean).join(' ')).join(' / ');

/**
 * A label's reading direction as drawn, in degrees clockwise from 3 o'clock, within (-180, 180]: a
 * curved line's arc runs from its start to its end (the chord is parallel to the arc at its middle);
 * a radial label is rotated; a number alone is only moved.
 */
const reading = (label: Label) => {
  if (label.mode === 'point') return label.transform!.startsWith('translate(') ? 0 : NaN;
  if (label.mode === 'radial') {
    const turned = (Number(/^rotate\(([-\d.]+)\)/.exec(label.transform!)![1]) % 360) + 360;
    return turned % 360 > 180 ? (turned % 360) - 360 : turned % 360;
  }
  const n = label.lines[0].path!.match(/-?[\d.]+/g)!.map(Number);
  return (Math.atan2(n[8] - n[1], n[7] - n[0]) * 180) / Math.PI;
};
/** Upright: never upside down, with a hundredth of a degree for the arcs' ends rounded to hundredths of a pixel. */
const upright = (label: Label) => Math.abs(reading(label)) <= 90.01;

/** A sector of `degrees` centred on `at` degrees clockwise from 12 o'clock. */
const sector = (at: number, degrees: number, inner: number, outer: number): Sector => {
  const [mid, half] = [(at * Math.PI) / 180, (degrees * Math.PI) / 360];
  return { start: mid - half, end: mid + half, inner, outer };
};

describe('commitment-wheel labels', () => {
  describe('wrap', () => {
    it('fills lines greedily', () => {
      expect(wrap(['aa', 'bb', 'cc'], [25, 25], 10, fixed)).to.deep.equal({ lines: ['aa bb', 'cc'], truncated: false });
    });
    it('ends the last line with an ellipsis when words are left', () => {
      expect(wrap(['aa', 'bb', 'cc', 'dd'], [25], 10, fixed)).to.deep.equal({ lines: ['aa…'], truncated: true });
    });
    it('cuts a word too long for the only line, keeping at least four characters', () => {
      expect(wrap(['Biodiversity'], [40], 10, fixed)).to.deep.equal({ lines: ['Biodive…'], truncated: true });
      expect(wrap(['Biodiversity'], [20], 10, fixed)).to.deep.equal({ lines: [], truncated: true });
    });
    it('cuts a very long word in a few measurements', () => {
      let calls = 0;
      const counted = (text: string, size: number) => (calls++, fixed(text, size));
      expect(wrap(['Ł'.repeat(10_000)], [40], 10, counted)).to.deep.equal({ lines: ['ŁŁŁŁŁŁŁ…'], truncated: true });
      expect(calls).to.be.below(20);
    });
    it('leaves room for a lead on the first line', () => {
      expect(wrap(['aa', 'bb'], [25], 10, fixed, 10)).to.deep.equal({ lines: ['aa…'], truncated: true });
    });
  });

  describe('fitLabel', () => {
    it('runs along the ring where the sector is wider than deep, and along the radius where not', () => {
      expect(fitLabel(sector(18, 36, 110, 190), '1', 'Governance', style, estimate)?.mode).to.equal('curved');
      expect(fitLabel(sector(3.6, 7.2, 195, 300), '1.1', 'Shared long-term vision', style, estimate)?.mode).to.equal('radial');
    });

    it('keeps the whole text where it fits, and says nothing was cut', () => {
      const label = fitLabel(sector(18, 36, 110, 200), '1', 'Governance', style, estimate);
      expect(text(label)).to.equal('1 / Governance');
      expect(label?.truncated).to.be.false;
    });

    it('wraps a long title over lines along the ring and cuts what does not fit', () => {
      const label = fitLabel(sector(54, 36, 110, 200), '4', 'Responsible Consumption and Lifestyle Choices', style, estimate);
      expect(label!.lines.length).to.be.greaterThan(2);
      expect(label!.lines[0]).to.include({ text: '', lead: '4' });
      expect(label!.truncated).to.equal(text(label)!.includes('…'));
    });

    it('shows the number alone, upright, rather than a stub of a title', () => {
      const label = fitLabel(sector(54, 36, 55, 95), '4', 'Responsible Consumption and Lifestyle Choices', style, estimate);
      expect(label).to.include({ mode: 'point' });
      expect(reading(label!)).to.equal(0);
      expect(text(label)).to.equal('4');
      const narrow = fitLabel(sector(3.6, 7.2, 100, 150), '1.1', 'Shared long-term vision', style, estimate);
      expect(text(narrow)).to.equal('1.1');
    });

    it('gives up when not even the number fits', () => {
      expect(fitLabel(sector(3.6, 1, 100, 150), '1.1', 'Shared long-term vision', style, estimate)).to.equal(null);
    });

    it('stacks curved lines from the outside in on the top half and from the inside out on the bottom half', () => {
      const radius = (label: Label | null, i: number) => Math.hypot(...(label!.lines[i].path!.slice(1).split('A')[0].split(',').map(Number) as [number, number]));
      const top = fitLabel(sector(0, 36, 110, 200), '1', 'Governance', style, estimate);
      const bottom = fitLabel(sector(180, 36, 110, 200), '6', 'Mobility', style, estimate);
      expect(radius(top, 0)).to.be.greaterThan(radius(top, 1));
      expect(radius(bottom, 0)).to.be.lessThan(radius(bottom, 1));
    });

    // The reading direction of every label, at every angle and in both modes: never upside down.
    for (const [name, degrees, inner, outer] of [
      ['curved', 36, 110, 200],
      ['radial', 7.2, 195, 300],
    ] as const) {
      it(`never turns a ${name} label upside down, all around the wheel`, () => {
        for (let at = 0; at < 360; at += 3.6) {
          const label = fitLabel(sector(at, degrees, inner, outer), '10', 'Cities cooperating worldwide', style, estimate);
          expect(label, `label at ${at}°`).to.exist;
          expect(label!.mode).to.equal(name);
          expect(upright(label!), `reading ${reading(label!)}° at ${at}°`).to.be.true;
        }
      });
    }

    it('labels the whole bundled-size wheel upright, at desktop and phone sizes', () => {
      const themes = Array.from({ length: 10 }, (_, i) => ({ id: `${i + 1}`, commitments: Array.from({ length: 5 }, (_, j) => ({ id: `${i + 1}.${j + 1}` })) }));
      for (const radius of [140, 300]) {
        const layout = wheelLayout(themes, radius);
        for (const seg of layout.themes.flatMap((t) => [t, ...t.commitments])) {
          const label = fitLabel(seg, seg.id, 'Clean water, used wisely', style, estimate);
          expect(label, `${seg.id} at radius ${radius}`).to.exist;
          expect(upright(label!), `${seg.id} reads ${reading(label!)}°`).to.be.true;
        }
      }
    });

    it('puts a radial label in the middle of its sector’s depth', () => {
      const label = fitLabel(sector(90, 7.2, 200, 300), '3.1', 'Clean air', style, estimate)!;
      expect(label.transform).to.equal('rotate(0.00) translate(250.00,0)');
      const left = fitLabel(sector(270, 7.2, 200, 300), '8.1', 'Clean air', style, estimate)!;
      expect(left.transform).to.equal('rotate(360.00) translate(-250.00,0)');
    });

    it('keeps a full ring’s title on a part of the ring', () => {
      const label = fitLabel({ start: -Math.PI / 2, end: Math.PI / 2, inner: 110, outer: 150 }, '', 'Theme 3: Natural Common Goods', style, estimate);
      expect(label?.mode).to.equal('curved');
      expect(text(label)).to.equal('Theme 3: Natural Common Goods');
    });
  });
});
