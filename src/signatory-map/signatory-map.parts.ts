import { html, type TemplateResult } from 'lit';
import { styleProps } from '../shared/style-props.js';
import type { DocumentId, OfficialTotal, SignatoryDocument } from '../data/types.js';
import type { Formatter } from '../shared/locale.js';
import type { SharedKey } from '../shared/messages.js';
import { officialTotal, type Mark } from './signatory-map.data.js';
import type { MapKey } from './signatory-map.messages.js';

/** Templates for the parts around the map: pure functions of their inputs and callbacks. */
export type Format = Formatter<MapKey | SharedKey>;

/** The text of a tooltip and of its announcement: one signatory, a cluster or a country. */
export function describe(members: readonly Mark[], docs: Map<string, SignatoryDocument>, t: Format, country?: string): string[] {
  if (country) return [t.country(country), t.t('cluster', { count: members.length })];
  if (members.length > 1) {
    const names = members.slice(0, 3).map((m) => m.s.name);
    return [t.t('cluster', { count: members.length }), t.list(members.length > 3 ? [...names, '…'] : names), t.t('zoomHint')];
  }
  const m = members[0];
  // "Aalborg Charter (1994)" for each signature, in document order.
  return [m.s.name, t.country(m.s.country), ...m.signed.map((s) => `${docs.get(s.document)?.name ?? s.document} (${s.date ? t.date(s.date) : t.t('undated')})`)];
}

/** The generated summary: what is shown, and the published totals of `documents`, so that nobody mistakes the sample for the whole. */
export function summary(count: number, countries: number, documents: readonly DocumentId[], docs: Map<string, SignatoryDocument>, totals: readonly OfficialTotal[], t: Format): string {
  const parts = documents.map((d) => {
    const total = officialTotal(totals, d);
    const document = docs.get(d)?.name ?? d;
    return total?.count ? t.t(`total.${total.qualifier ?? 'exactly'}`, { document, count: total.count }) : t.t('total.none', { document });
  });
  return [t.t('summary', { count, countries: t.t('countries', { count: countries }) }), ...parts].join(' ');
}

export interface LegendItem {
  doc: SignatoryDocument;
  count: number;
  on: boolean;
}

export const legend = (items: LegendItem[], t: Format, toggle: (d: DocumentId) => void) =>
  html`<div class="legend" part="legend" role="group" aria-label=${t.t('legend')}>
    ${items.map(
      (i) => html`<button type="button" class="chip" aria-pressed=${i.on} @click=${() => toggle(i.doc.id)}>
        <span class="swatch" style=${styleProps({ '--c': `var(--_doc-${i.doc.id})` })}></span>${i.doc.name} <span class="count">${t.number(i.count)}</span>
      </button>`,
    )}
  </div>`;

/** The classes of the countries view: "1", "2–3", "4–7", … */
export function scale(bounds: number[], max: number, t: Format): TemplateResult {
  const label = (i: number) => {
    const hi = i + 1 < bounds.length ? bounds[i + 1] - 1 : max;
    return hi > bounds[i] ? `${t.number(bounds[i])}–${t.number(hi)}` : t.number(bounds[i]);
  };
  return html`<div class="legend scale" part="legend">
    <span>${t.t('perCountry')}</span>
    <ul>
      ${bounds.map((_, i) => html`<li><span class="swatch seq-${i}"></span>${label(i)}</li>`)}
    </ul>
  </div>`;
}
