// Fifty elements with different attributes on one page all render, and elements that name the same
// `src` share one request.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { nextEvent } from '../helpers.js';

const VARIANTS = [
  'iclei-signatory-map src="/data/signatories.json?many" document="aalborg-charter"',
  'iclei-signatory-map src="/data/signatories.json?many" country="ES,IT" view="countries"',
  'iclei-signatory-map src="/data/signatories.json?many" since="2004" lang="de"',
  'iclei-commitment-wheel selected="3"',
  'iclei-commitment-wheel lang="fr" theme="dark"',
  'iclei-timeline kinds="conference" from="2000"',
  'iclei-timeline lang="es" orientation="vertical"',
];

describe('many elements on one page', () => {
  it('renders 50 elements with different attributes, one request per distinct src', async function () {
    this.timeout(120_000);
    const host = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const markup = Array.from({ length: 50 }, (_, i) => {
      const [tag, ...attrs] = VARIANTS[i % VARIANTS.length].split(' ');
      return `<${tag} loading="eager" ${attrs.join(' ')}></${tag}>`;
    });
    host.innerHTML = markup.join('');
    const elements = [...host.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    const counts = await Promise.all(elements.map((el) => nextEvent(el, 'iclei-load').then((e) => e.count)));
    expect(counts.every((count) => count > 0)).to.be.true;
    for (const el of elements) {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="placeholder"], [role="alert"]'), el.outerHTML).to.equal(null);
    }
    // Elements with the same attributes draw the same count.
    VARIANTS.forEach((_, v) => {
      const same = counts.filter((_, i) => i % VARIANTS.length === v);
      expect(new Set(same).size, VARIANTS[v]).to.equal(1);
    });
    const requests = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/data/signatories.json?many'));
    expect(requests).to.have.length(1);
  });
});
