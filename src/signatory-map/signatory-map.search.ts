import { html, nothing } from 'lit';
import type { Mark } from './signatory-map.data.js';
import type { Format } from './signatory-map.parts.js';

export interface SearchState {
  query: string;
  results: Mark[];
  open: boolean;
  /** The highlighted option, or -1. */
  index: number;
}

export interface SearchHandlers {
  input(query: string): void;
  key(e: KeyboardEvent): void;
  pick(m: Mark): void;
  close(): void;
}

/** A search box in the ARIA 1.2 combobox pattern: the input keeps focus, the listbox follows `aria-activedescendant`. */
export function searchBox(s: SearchState, t: Format, on: SearchHandlers) {
  const open = s.open && s.results.length > 0;
  return html`<div class="search" part="search">
    <label class="visually-hidden" for="search">${t.t('search')}</label>
    <input
      id="search"
      type="search"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="options"
      aria-expanded=${open}
      aria-activedescendant=${open && s.index >= 0 ? `option-${s.index}` : nothing}
      placeholder=${t.t('search')}
      .value=${s.query}
      @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)}
      @keydown=${on.key}
      @blur=${on.close}
    />
    <ul id="options" role="listbox" aria-label=${t.t('search')} ?hidden=${!open}>
      ${open
        ? s.results.map(
            (m, i) => html`<li
              id="option-${i}"
              role="option"
              aria-selected=${i === s.index}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => on.pick(m)}
            >
              ${m.s.name} <span class="muted">${t.country(m.s.country)}</span>
            </li>`,
          )
        : nothing}
    </ul>
    <span class="visually-hidden" role="status">${s.query.trim() ? (s.results.length ? t.t('results', { count: s.results.length }) : t.t('noMatch')) : ''}</span>
  </div>`;
}
