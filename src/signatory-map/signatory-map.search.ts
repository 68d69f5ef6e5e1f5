import { html, nothing } from 'lit';
import { search, type Mark } from './signatory-map.data.js';
import type { Format } from './signatory-map.parts.js';

export interface SearchState {
  query: string;
  results: Mark[];
  open: boolean;
  /** The highlighted option, or -1. */
  index: number;
}

const CLOSED: SearchState = { query: '', results: [], open: false, index: -1 };

/** The search over the marks shown: its state, its keys (ARIA combobox) and its box. */
export class Search {
  state = CLOSED;

  constructor(
    private readonly host: { requestUpdate(): void },
    private readonly marks: () => readonly Mark[],
    /** A result was chosen. */
    private readonly found: (m: Mark) => void,
  ) {}

  #set(state: SearchState) {
    this.state = state;
    this.host.requestUpdate();
  }

  /** The marks changed: the results follow. */
  refresh() {
    if (this.state.query) this.state = { ...this.state, results: search(this.marks(), this.state.query) };
  }

  input = (query: string) => this.#set({ query, results: search(this.marks(), query), open: true, index: -1 });

  close = () => this.#set({ ...this.state, open: false, index: -1 });

  pick = (m: Mark) => {
    this.#set({ query: m.s.name, results: search(this.marks(), m.s.name), open: false, index: -1 });
    this.found(m);
  };

  key = (e: KeyboardEvent) => {
    const { results, index, open, query } = this.state;
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.#set({ ...this.state, open: true, index: open ? (index + step + n) % n : step > 0 ? 0 : n - 1 });
    } else if (e.key === 'Enter' && open && n) this.pick(results[Math.max(0, index)]);
    else if (e.key === 'Escape' && (open || query)) open ? this.close() : this.#set(CLOSED);
    else return;
    e.preventDefault();
  };

  /** The search box in the ARIA 1.2 combobox pattern: the input keeps focus, the listbox follows `aria-activedescendant`. */
  render(t: Format) {
    const s = this.state;
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
        @input=${(e: Event) => this.input((e.target as HTMLInputElement).value)}
        @keydown=${this.key}
        @blur=${this.close}
      />
      <ul id="options" role="listbox" aria-label=${t.t('search')} ?hidden=${!open}>
        ${open
          ? s.results.map(
              (m, i) => html`<li
                id="option-${i}"
                role="option"
                aria-selected=${i === s.index}
                @pointerdown=${(e: Event) => e.preventDefault()}
                @click=${() => this.pick(m)}
              >
                ${m.s.name} <span class="muted">${t.country(m.s.country)}</span>
              </li>`,
            )
          : nothing}
      </ul>
      <span class="visually-hidden" role="status">${s.query.trim() ? (s.results.length ? t.t('results', { count: s.results.length }) : t.t('noMatch')) : ''}</span>
    </div>`;
  }
}
