import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../scripts/build/minify-css.mjs';
import { wheelStyles } from '../../src/commitment-wheel/commitment-wheel.styles.js';
import { baseStyles } from '../../src/shared/styles.js';
import { panelStyles } from '../../src/signatory-map/signatory-map.panels.js';
import { stageStyles } from '../../src/signatory-map/signatory-map.stage.js';
import { mapStyles } from '../../src/signatory-map/signatory-map.styles.js';
import { timelineStyles } from '../../src/timeline/timeline.styles.js';

/**
 * The rules Chromium reads from a piece of CSS, as it writes them back. Custom properties keep their
 * value's text as written, so the space after a comma in `var(--a, red)` is the one difference allowed.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/, /g, ','));
}

describe('the build-time CSS minifier', () => {
  it('leaves every stylesheet of the three elements meaning exactly what it meant', () => {
    const sheets: CSSResult[] = [baseStyles, mapStyles, stageStyles, panelStyles, timelineStyles, ...wheelStyles];
    for (const { cssText } of sheets) {
      const minified = minifyCss(cssText);
      expect(minified.length).to.be.below(cssText.length * 0.85);
      expect(rules(minified)).to.deep.equal(rules(cssText));
    }
  });
});
