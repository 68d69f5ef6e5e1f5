import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SignatoryMap } from '../../src/signatory-map/signatory-map.js';

describe('IcleiElement', () => {
  it('falls back to the default for an unknown value of a fixed-set attribute, with one warning each', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<SignatoryMap>(html`<iclei-signatory-map loading="eager" theme="neon" view="3d"></iclei-signatory-map>`);
      expect(el.theme).to.equal('auto');
      expect(el.getAttribute('theme')).to.equal('auto');
      expect(el.view).to.equal('points');
      el.setAttribute('loading', 'soon');
      expect(el.loading).to.equal('lazy');
      expect(warnings.filter((w) => w.includes('is not one of'))).to.deep.equal([
        '<iclei-signatory-map>: theme="neon" is not one of auto, light, dark; using auto.',
        '<iclei-signatory-map>: view="3d" is not one of points, countries; using points.',
        '<iclei-signatory-map>: loading="soon" is not one of lazy, eager; using lazy.',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('warns once about the parts of the timeline filters that name nothing, and ignores them', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<iclei-timeline loading="eager" kinds="conference, party" from="abc" to="2010"></iclei-timeline>`,
      );
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('ignored'))).to.deep.equal([
      '<iclei-timeline>: kinds="conference, party": party ignored (not a known kind).',
      '<iclei-timeline>: from="abc": abc ignored (not a known year).',
    ]);
  });

  it('shares the same attributes across the three elements', () => {
    const shared = ['src', 'loading', 'theme', 'label', 'description', 'selected'];
    for (const tag of ['iclei-signatory-map', 'iclei-commitment-wheel', 'iclei-timeline']) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect(observed, tag).to.include.members(shared);
    }
  });
});
