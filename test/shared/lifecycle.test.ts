// Mounting and removing each element many times leaves nothing behind: no listeners, observers or
// timers keep old instances alive (heap back within 1 MB after garbage collection).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import { nextEvent } from '../helpers.js';

declare const gc: () => void;
const MOUNTS = 1000;
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

/** The heap after garbage collection, the least of several readings: collection is not always complete at once. */
async function settledHeap(): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 6; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc();
    least = Math.min(least, heap());
  }
  return least;
}

/** Mounts an element, lets it render, and removes it, `times` times. */
async function mountAndRemove(tag: string, host: HTMLElement, times: number) {
  for (let i = 0; i < times; i++) {
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('loading', 'eager');
    host.append(el);
    await el.updateComplete;
    if (i % 10 === 0) await nextFrame();
    el.remove();
  }
}

for (const tag of ['iclei-signatory-map', 'iclei-commitment-wheel', 'iclei-timeline']) {
  describe(`<${tag}> lifecycle`, () => {
    it('mounted and removed 1,000 times leaves the heap within 1 MB', async function () {
      this.timeout(120_000);
      const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      // One full load first, so that code, data and caches count in the baseline.
      const first = document.createElement(tag);
      first.setAttribute('loading', 'eager');
      const loaded = nextEvent(first, 'iclei-load');
      host.append(first);
      await loaded;
      first.remove();
      // Warm-up mounts fill the one-time caches (text measurement, formats) before the baseline.
      await mountAndRemove(tag, host, 100);
      const before = await settledHeap();
      await mountAndRemove(tag, host, MOUNTS);
      const after = await settledHeap();
      console.log(`<${tag}> heap after ${MOUNTS} mounts: ${after - before} bytes`);
      expect(after - before, `heap grew by ${after - before} bytes`).to.be.below(1024 * 1024);
    });

    it('keeps working when moved within the page', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"><section></section><aside></aside></div>`);
      const el = document.createElement(tag);
      el.setAttribute('loading', 'eager');
      const loaded = nextEvent(el, 'iclei-load');
      host.querySelector('section')!.append(el);
      await loaded;
      host.querySelector('aside')!.append(el);
      await nextFrame();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('[part="placeholder"], [role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
    });
  });
}
