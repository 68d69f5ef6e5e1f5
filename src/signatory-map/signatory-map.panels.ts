import { css, html, nothing } from 'lit';
import { styleProps } from '../shared/style-props.js';
import type { Signatory, SignatoryDocument } from '../data/types.js';
import { hostOf } from '../data/validate.js';
import { yearOf, type Mark } from './signatory-map.data.js';
import type { Format } from './signatory-map.parts.js';

export const panelStyles = css`
  .detail {
    position: absolute;
    z-index: 2;
    left: 0.5rem;
    bottom: 0.5rem;
    width: min(20rem, calc(100% - 1rem));
    max-height: calc(100% - 3rem);
    overflow: auto;
    padding: 0.75rem 1rem;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
  }
  .detail h3 {
    margin: 0 2rem 0.1rem 0;
    font-size: 1.1em;
  }
  .detail p {
    margin: 0 0 0.5rem;
  }
  .detail ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  .detail li {
    padding-left: 1.2rem;
    text-indent: -1.2rem;
  }
  .detail .swatch {
    margin-right: 0.4rem;
    vertical-align: -0.05em;
  }
  .close {
    position: absolute;
    top: 0.35rem;
    right: 0.35rem;
    min-height: 0;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: none;
    font-size: 1.3rem;
  }

  .table-wrap {
    flex: 1 1 0;
    min-height: 0;
    overflow: auto;
    max-height: 36rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.4rem 0.6rem;
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid var(--_surface-2);
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    box-shadow: 0 1px 0 var(--_line);
    padding: 0;
  }
  thead th button {
    width: 100%;
    border: none;
    text-align: left;
    font-weight: 650;
    background: transparent;
  }
  thead th:last-child {
    padding: 0.4rem 0.6rem;
  }
  tbody th {
    font-weight: 600;
  }
  .more {
    margin-top: 0.5rem;
  }

  @container (max-width: 599px) {
    .detail {
      position: static;
      width: auto;
      max-height: none;
      margin-top: 0.5rem;
      box-shadow: none;
    }
  }
  @media (forced-colors: active) {
    .detail {
      border-color: CanvasText;
    }
  }
`;

/**
 * The detail panel and the table view, with their styles: loaded on first use (a selection, the table
 * toggle) so that they stay out of the element's first download.
 */

export function detail(s: Signatory, m: Mark | undefined, docs: Map<string, SignatoryDocument>, t: Format, close: () => void) {
  return html`<section class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" class="close" aria-label=${t.t('close')} @click=${close}>×</button>
    <h3 id="detail-title">${s.name}</h3>
    <p class="muted">${t.t(s.type)} · ${t.country(s.country)}</p>
    <ul>
      ${(m?.signed ?? s.signed).map(
        (x) => html`<li>
          <span class="swatch" style=${styleProps({ '--c': `var(--_doc-${x.document})` })}></span>
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

/** The table's order, and how many of its rows are shown. */
export interface TableSort {
  key: SortKey;
  ascending: boolean;
  limit: number;
}

/** The table view of `marks`, in the order `s`; `sort` takes the order a header or the "more" button asks for. */
export function table(marks: readonly Mark[], s: TableSort, docs: Map<string, SignatoryDocument>, t: Format, label: string, sort: (s: TableSort) => void) {
  const { key: current, ascending, limit } = s;
  const rows = sortRows(marks, current, ascending, t);
  const head = (key: SortKey) =>
    html`<th scope="col" aria-sort=${current === key ? (ascending ? 'ascending' : 'descending') : 'none'}>
      <button type="button" @click=${() => sort({ key, ascending: key !== current || !ascending, limit })}>${t.t(key)}<span aria-hidden="true">${current === key ? (ascending ? ' ▲' : ' ▼') : ''}</span></button>
    </th>`;
  const shown = rows.slice(0, limit);
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
    ${rows.length > shown.length
      ? html`<button type="button" class="more" @click=${() => sort({ ...s, limit: limit + 500 })}>${t.t('more', { count: Math.min(500, rows.length - shown.length) })}</button>`
      : nothing}`;
}
