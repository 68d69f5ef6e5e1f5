import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nextEvent } from '../helpers.js';
import '../fixtures/data-element.js';
import type { DataElement } from '../fixtures/data-element.js';
import type { IcleiErrorEvent } from '../../src/shared/events.js';
import small from '../fixtures/signatories.small.json';
import { limits } from '../../src/data/load.js';

const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const alert = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

/** Mounts an element and waits for its first `iclei-load` or `iclei-error`. */
async function mount<E extends 'iclei-load' | 'iclei-error'>(template: ReturnType<typeof html>, event: E) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const seen = nextEvent(wrapper, event);
  const { render } = await import('lit');
  render(template, wrapper);
  const fired = await seen;
  const el = wrapper.firstElementChild as DataElement;
  await el.updateComplete;
  return { el, fired };
}

describe('DataController', () => {
  it('draws the bundled default and reports the count with iclei-load', async () => {
    const { el, fired } = await mount(html`<test-data-element loading="eager"></test-data-element>`, 'iclei-load');
    expect(fired.count).to.equal(2);
    expect(names(el)).to.deep.equal(['Aalborg', 'Freiburg im Breisgau']);
  });

  it('fires iclei-load once the data is drawn', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const drawn = new Promise<(string | null)[]>((resolve) => wrapper.addEventListener('iclei-load', (e) => resolve(names(e.target as Element)), { once: true }));
    const { render } = await import('lit');
    render(html`<test-data-element loading="eager"></test-data-element>`, wrapper);
    expect(await drawn).to.deep.equal(['Aalborg', 'Freiburg im Breisgau']);
  });

  it('prefers the data property over src and the bundled default', async () => {
    const data = { ...small, signatories: small.signatories.slice(1) };
    const { el } = await mount(html`<test-data-element loading="eager" src="/nowhere.json" .data=${data}></test-data-element>`, 'iclei-load');
    expect(names(el)).to.deep.equal(['Freiburg im Breisgau']);
  });

  it('loads src relative to the page', async () => {
    const { el, fired } = await mount(html`<test-data-element loading="eager" src="/test/fixtures/signatories.small.json?fetched"></test-data-element>`, 'iclei-load');
    expect(fired.count).to.equal(2);
    expect(names(el)).to.have.length(2);
  });

  it('shows a localized alert and the fallback content on a 404', async () => {
    const { el, fired } = await mount(
      html`<test-data-element loading="eager" lang="de" src="/test/fixtures/missing.json"><a href="#list">Liste</a></test-data-element>`,
      'iclei-error',
    );
    expect(fired.code).to.equal('http');
    expect(fired.message).to.equal('Die Daten konnten nicht geladen werden (HTTP 404).');
    expect(alert(el)?.textContent).to.equal(fired.message);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Liste']);
    await expect(el).to.be.accessible();
  });

  for (const path of ['/__test/huge.json', '/__test/huge-stream.json']) {
    it(`refuses a response past the size limit (${path})`, async () => {
      const { el, fired } = await mount(html`<test-data-element loading="eager" src=${path}></test-data-element>`, 'iclei-error');
      expect(fired.code).to.equal('size');
      expect(alert(el)?.textContent).to.equal('The data could not be loaded: it is larger than 20 MB.');
    });
  }

  it('gives up on a server that never answers, after the documented time', async () => {
    const before = limits.timeoutMs;
    limits.timeoutMs = 300;
    try {
      const { el, fired } = await mount(html`<test-data-element loading="eager" src="/__test/never.json"></test-data-element>`, 'iclei-error');
      expect(fired.code).to.equal('timeout');
      expect(alert(el)?.textContent).to.equal('The data could not be loaded: the server did not answer in time.');
    } finally {
      limits.timeoutMs = before;
    }
  });

  it('reports a redirect to another origin without CORS as a network failure', async () => {
    const { fired } = await mount(html`<test-data-element loading="eager" src="/__test/cross-origin.json"></test-data-element>`, 'iclei-error');
    expect(fired.code).to.equal('network');
  });

  it('shares one request among the elements that ask for the same src', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const key = `shared-${Math.random()}`;
    wrapper.innerHTML = Array.from({ length: 50 }, () => `<test-data-element loading="eager" src="/__test/count.json?${key}"></test-data-element>`).join('');
    const els = [...wrapper.children] as DataElement[];
    const errors = await Promise.all(els.map((el) => nextEvent(el, 'iclei-error')));
    expect(errors.map((e) => e.code)).to.deep.equal(Array(50).fill('schema'));
    const response = await fetch(`/__test/count.json?${key}`, { cache: 'no-store' });
    expect((await response.json()).requests).to.equal(2);
  });

  it('ends 1,000 rapid src changes in the last one, no stale load winning', async () => {
    const el = await fixture<DataElement>(html`<test-data-element loading="eager"></test-data-element>`);
    for (let i = 0; i < 1000; i++) {
      el.src = `/test/fixtures/signatories.small.json?change=${i}`;
      if (i % 7 === 0) await el.updateComplete;
    }
    el.src = '/test/fixtures/signatories.one.json';
    await waitUntil(() => names(el).length === 1, 'the last src is drawn', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(names(el)).to.deep.equal(['Aalborg']);
  });

  const failures: [string, string, string][] = [
    ['/__test/500.json', 'http', 'The data could not be loaded (HTTP 500).'],
    ['/__test/network-failure.json', 'network', 'The data could not be loaded: the network request failed.'],
    ['/__test/html.json', 'json', 'The data could not be read: it is not valid JSON.'],
    ['/__test/text.json', 'json', 'The data could not be read: it is not valid JSON.'],
    ['/__test/empty.json', 'json', 'The data could not be read: it is not valid JSON.'],
    ['/__test/other-schema.json', 'schema', 'The data is not in the expected format.'],
  ];
  for (const [src, code, message] of failures) {
    it(`shows an alert with the fallback for ${src.slice(8)}, throwing nothing into the page`, async () => {
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push(e);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const { el, fired } = await mount(html`<test-data-element loading="eager" src=${src}><a href="#list">List</a></test-data-element>`, 'iclei-error');
        expect(fired.code).to.equal(code);
        expect(alert(el)?.textContent).to.equal(message);
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(uncaught).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }

  it('reports malformed JSON', async () => {
    const { el, fired } = await mount(html`<test-data-element loading="eager" src="/test/fixtures/malformed.json.txt"></test-data-element>`, 'iclei-error');
    expect(fired.code).to.equal('json');
    expect(alert(el)).to.exist;
  });

  it('refuses another version of the format', async () => {
    const { fired } = await mount(html`<test-data-element loading="eager" .data=${{ ...small, version: 2 }}></test-data-element>`, 'iclei-error');
    expect(fired.code).to.equal('version');
    expect(fired.message).to.contain('(2)');
  });

  it('draws the valid records and lists the invalid ones in iclei-error', async () => {
    const bad = { ...small.signatories[0], id: 'bad', lat: 'north' };
    const data = { ...small, signatories: [bad, ...small.signatories] };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: IcleiErrorEvent[] = [];
    wrapper.addEventListener('iclei-error', (e) => errors.push(e));
    const loaded = nextEvent(wrapper, 'iclei-load');
    const { render } = await import('lit');
    render(html`<test-data-element loading="eager" .data=${data}></test-data-element>`, wrapper);
    const el = wrapper.firstElementChild as DataElement;
    expect((await loaded).count).to.equal(2);
    expect(names(el)).to.deep.equal(['Aalborg', 'Freiburg im Breisgau']);
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('records');
    expect(errors[0].issues).to.deep.equal([{ path: 'signatories[0]', reason: 'lat must be a number from -90 to 90' }]);
  });

  it('shows the empty state when nothing is left to draw', async () => {
    const { el, fired } = await mount(html`<test-data-element loading="eager" .data=${{ ...small, signatories: [] }}></test-data-element>`, 'iclei-load');
    expect(fired.count).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="empty"]')?.textContent).to.equal('Nothing matches the current filters.');
  });

  it('takes attributes from an inline JSON config, real attributes winning', async () => {
    const { el } = await mount(
      html`<test-data-element loading="eager" label="Real"
        ><script type="application/json">
          { "src": "/test/fixtures/signatories.small.json?fetched", "label": "From config" }
        </script></test-data-element
      >`,
      'iclei-load',
    );
    expect(el.src).to.equal("/test/fixtures/signatories.small.json?fetched");
    expect(el.label).to.equal('Real');
  });

  it('warns about a malformed inline config and still draws', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const error = nextEvent(wrapper, 'iclei-error');
    const loaded = nextEvent(wrapper, 'iclei-load');
    wrapper.innerHTML = '<test-data-element loading="eager"><script type="application/json">{ src: </script></test-data-element>';
    expect((await error).code).to.equal('config');
    expect((await loaded).count).to.equal(2);
  });

  it('shows a placeholder while loading and keeps a stale load from winning', async () => {
    const el = await fixture<DataElement>(html`<test-data-element loading="eager" src="/test/fixtures/signatories.small.json?slow"></test-data-element>`);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
    const loaded = nextEvent(el, 'iclei-load');
    el.data = { ...small, signatories: small.signatories.slice(0, 1) };
    expect((await loaded).count).to.equal(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(names(el)).to.deep.equal(['Aalborg']);
  });

  it('draws the data only once what loads beside it has settled', async () => {
    let settle!: (value: unknown) => void;
    const beside = new Promise((resolve) => (settle = resolve));
    const el = await fixture<DataElement>(html`<test-data-element loading="eager" .beside=${beside}></test-data-element>`);
    const loaded = nextEvent(el, 'iclei-load');
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.querySelector('[part="placeholder"]'), 'still waiting for it').to.exist;
    settle(0);
    expect((await loaded).count).to.equal(2);
    expect(names(el)).to.deep.equal(['Aalborg', 'Freiburg im Breisgau']);
  });

  it('draws the data without what loads beside it when that fails', async () => {
    const failed = Promise.reject(new Error('no basemap'));
    // Reporting that failure is the element's business (the map warns), not the controller's.
    failed.catch(() => {});
    const { el, fired } = await mount(html`<test-data-element loading="eager" .beside=${failed}></test-data-element>`, 'iclei-load');
    expect(fired.count).to.equal(2);
    expect(names(el)).to.deep.equal(['Aalborg', 'Freiburg im Breisgau']);
  });

  it('waits until a lazy element comes near the viewport', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 200px; overflow: auto">
      <div style="height: 5000px"></div>
      <test-data-element></test-data-element>
    </div>`);
    const el = wrapper.querySelector('test-data-element') as DataElement;
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
    const loaded = nextEvent(el, 'iclei-load');
    el.scrollIntoView();
    expect((await loaded).count).to.equal(2);
    await waitUntil(() => names(el).length === 2);
  });
});
