import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentId, Signatory, SignatoryDocument } from '../data/types.js';
import type { Formatter } from '../shared/locale.js';
import type { SharedKey } from '../shared/messages.js';
import { yearOf, type Mark } from './signatory-map.data.js';
import type { MapKey } from './signatory-map.messages.js';

/** Templates for the parts around the map: pure functions of their inputs and callbacks. */
export type Format = Formatter<MapKey | SharedKey>;

export const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** "Aalborg Charter (1994)" for each signature, in document order. */
export const signatures = (m: Mark, docs: Map<string, SignatoryDocument>, t: Format) =>
  m.signed.map((s) => `${docs.get(s.document)?.name ?? s.document} (${s.date ? t.date(s.date) : t.t('undated')})`);

/** The text of a tooltip and of its announcement: one signatory, a cluster or a country. */
export function describe(members: readonly Mark[], docs: Map<string, SignatoryDocument>, t: Format, country?: string): string[] {
  if (country) return [t.country(country), t.t('cluster', { count: members.length })];
  if (members.length > 1) {
    const names = members.slice(0, 3).map((m) => m.s.name);
    return [t.t('cluster', { count: members.length }), t.list(members.length > 3 ? [...names, '…'] : names), t.t('zoomHint')];
  }
  const m = members[0];
  return [m.s.name, t.country(m.s.country), ...signatures(m, docs, t)];
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
        <span class="swatch" style="--c: var(--_doc-${i.doc.id})"></span>${i.doc.name} <span class="count">${t.number(i.count)}</span>
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
      ${bounds.map((_, i) => html`<li><span class="swatch" style="--c: var(--_seq-${i})"></span>${label(i)}</li>`)}
    </ul>
  </div>`;
}

export function detail(s: Signatory, m: Mark | undefined, docs: Map<string, SignatoryDocument>, t: Format, close: () => void) {
  return html`<section class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" class="close" aria-label=${t.t('close')} @click=${close}>×</button>
    <h3 id="detail-title">${s.name}</h3>
    <p class="muted">${t.t(s.type)} · ${t.country(s.country)}</p>
    <ul>
      ${(m?.signed ?? s.signed).map(
        (x) => html`<li>
          <span class="swatch" style="--c: var(--_doc-${x.document})"></span>
          <a href=${docs.get(x.document)?.url ?? x.source} target="_blank" rel="noopener">${docs.get(x.document)?.name ?? x.document}</a>
          ${x.date ? t.date(x.date) : t.t('undated')}<br />
          <a class="muted" href=${x.source} target="_blank" rel="noopener">${t.t('source', { host: hostOf(x.source) })}</a>
        </li>`,
      )}
    </ul>
  </section>`;
}

export type SortKey = 'name' | 'country' | 'documents' | 'years';

/** Table rows sorted by a column, in the UI language's collation. */
export function sortRows(marks: readonly Mark[], key: SortKey, ascending: boolean, t: Format): Mark[] {
  const collator = new Intl.Collator(t.lang);
  const value = (m: Mark): string | number =>
    key === 'name' ? m.s.name : key === 'country' ? t.country(m.s.country) : key === 'documents' ? m.docs.join() : Math.min(...m.signed.map((s) => yearOf(s) ?? 9999));
  return [...marks].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string);
    return (ascending ? order : -order) || collator.compare(a.s.name, b.s.name);
  });
}

export interface TableState {
  rows: Mark[];
  key: SortKey;
  ascending: boolean;
  limit: number;
}

export function table(s: TableState, docs: Map<string, SignatoryDocument>, t: Format, label: string, sort: (k: SortKey) => void, more: () => void) {
  const head = (key: SortKey) =>
    html`<th scope="col" aria-sort=${s.key === key ? (s.ascending ? 'ascending' : 'descending') : 'none'}>
      <button type="button" @click=${() => sort(key)}>${t.t(key)}<span aria-hidden="true">${s.key === key ? (s.ascending ? ' ▲' : ' ▼') : ''}</span></button>
    </th>`;
  const shown = s.rows.slice(0, s.limit);
  return html`<div class="table-wrap" part="table">
      <table>
        <caption class="visually-hidden">${label}</caption>
        <thead>
          <tr>${head('name')}${head('country')}${head('documents')}${head('years')}<th scope="col">${t.t('sources')}</th></tr>
        </thead>
        <tbody>
          ${shown.map(
            (m) => html`<tr>
              <th scope="row">${m.s.name}</th>
              <td>${t.country(m.s.country)}</td>
              <td>${m.docs.map((d) => docs.get(d)?.name ?? d).join(', ')}</td>
              <td>${m.signed.map((x) => (x.date ? x.date.slice(0, 4) : t.t('undated'))).join(', ')}</td>
              <td>${[...new Set(m.signed.map((x) => x.source))].map((u) => html`<a href=${u} target="_blank" rel="noopener">${hostOf(u)}</a> `)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${s.rows.length > shown.length
      ? html`<button type="button" class="more" @click=${more}>${t.t('more', { count: Math.min(500, s.rows.length - shown.length) })}</button>`
      : nothing}`;
}
