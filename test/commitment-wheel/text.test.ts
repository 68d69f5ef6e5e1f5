import { expect } from '@open-wc/testing';
import { canvasMeasure } from '../../src/commitment-wheel/commitment-wheel.text.js';

describe('commitment-wheel text', () => {
  describe('canvasMeasure', () => {
    it('measures text as the canvas does, kerning aside, at any size and weight', () => {
      const el = document.createElement('div');
      el.style.fontFamily = 'serif';
      document.body.append(el);
      const measure = canvasMeasure(el);
      const context = document.createElement('canvas').getContext('2d')!;
      for (const [text, size, bold] of [['Clean water, used wisely', 11, false], ['Sustainable business locations', 14.5, false], ['10.4', 13, true]] as const) {
        context.font = `${bold ? 700 : 400} ${size}px ${getComputedStyle(el).fontFamily}`;
        const width = context.measureText(text).width;
        expect(measure(text, size, bold)).to.be.within(width * 0.999, width * 1.03);
      }
      el.remove();
    });
  });
});
