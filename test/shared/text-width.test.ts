import { expect } from '@open-wc/testing';
import { textWidth } from '../../src/shared/text-width.js';

describe('textWidth', () => {
  const canvas = (font: string, text: string) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = font;
    return context.measureText(text).width;
  };

  it('measures as a canvas does, in the size, weight and family asked for', () => {
    expect(textWidth('Aalborg Commitments', 14, 400, 'serif')).to.equal(canvas('400 14px serif', 'Aalborg Commitments'));
    expect(textWidth('Aalborg Commitments', 14, 700, 'serif')).to.equal(canvas('700 14px serif', 'Aalborg Commitments'));
    expect(textWidth('Aalborg Commitments', 28, 400, 'serif')).to.be.closeTo(2 * textWidth('Aalborg Commitments', 14, 400, 'serif'), 1);
  });

  it('remembers each text per font, so that another family is measured again', () => {
    const text = 'iiiiiiii';
    const mono = textWidth(text, 16, 400, 'monospace');
    expect(textWidth(text, 16, 400, 'monospace')).to.equal(mono);
    const sans = textWidth(text, 16, 400, 'sans-serif');
    expect(sans).to.equal(canvas('400 16px sans-serif', text));
    expect(sans).not.to.equal(mono);
  });
});
