import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { InitiativeTimeline } from '../../src/timeline/timeline.js';
import type { SignatoryMap } from '../../src/signatory-map/signatory-map.js';
import { nextEvent } from '../helpers.js';

describe('<iclei-timeline for>', () => {
  it("sets the linked map's document filter when the user chooses a conference with one of its documents", async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <iclei-signatory-map id="map-1" loading="eager"></iclei-signatory-map>
      <iclei-timeline for="map-1" loading="eager" orientation="horizontal" style="width: 1000px"></iclei-timeline>
    </div>`);
    const map = page.querySelector('iclei-signatory-map') as SignatoryMap;
    const timeline = page.querySelector('iclei-timeline') as InitiativeTimeline;
    await Promise.all([nextEvent(map, 'iclei-load'), nextEvent(timeline, 'iclei-load')]);
    await timeline.updateComplete;
    const mapSelections: unknown[] = [];
    map.addEventListener('iclei-select', (e) => mapSelections.push(e));
    const button = (id: string) => timeline.shadowRoot!.querySelector<HTMLElement>(`button.event[data-id="${id}"]`)!;

    button('conference-2004-aalborg').click();
    await map.updateComplete;
    expect(map.getAttribute('document')).to.equal('aalborg-commitments');

    button('conference-1996-lisbon').click();
    await map.updateComplete;
    expect(map.getAttribute('document'), 'a conference without a map document leaves the filter').to.equal('aalborg-commitments');

    button('conference-2016-bilbao').click();
    await map.updateComplete;
    expect(map.getAttribute('document')).to.equal('basque-declaration');
    expect(mapSelections, 'the map fires nothing for a change made by the page').to.deep.equal([]);
  });
});
