import { adoptStyles, nothing, type CSSResultOrNative, type ReactiveControllerHost } from 'lit';
import type { Signatory, SignatoryDocument } from '../data/types.js';
import type { Mark } from './signatory-map.data.js';
import type { TableSort } from './signatory-map.panels.js';
import type { Format } from './signatory-map.parts.js';

interface PanelsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The detail panel and the table view, with the table's sort order. Their code and styles load on first
 * use, beside the entry, so that a map nobody opens a panel of stays small.
 */
export class Panels {
  sort: TableSort = { key: 'name', ascending: true, limit: 500 };
  #module?: typeof import('./signatory-map.panels.js');
  #loading?: Promise<void>;

  constructor(
    private readonly host: PanelsHost,
    private readonly styles: () => CSSResultOrNative[],
  ) {}

  /** Starts loading the panels, once. */
  need() {
    this.#loading ??= import('./signatory-map.panels.js').then((m) => {
      this.#module = m;
      adoptStyles(this.host.renderRoot as ShadowRoot, [...this.styles(), m.panelStyles]);
      this.host.requestUpdate();
    });
  }

  table(marks: readonly Mark[], docs: Map<string, SignatoryDocument>, t: Format, label: string) {
    return (
      this.#module?.table(marks, this.sort, docs, t, label, (sort) => {
        this.sort = sort;
        this.host.requestUpdate();
      }) ?? nothing
    );
  }

  detail(record: Signatory | undefined, mark: Mark | undefined, docs: Map<string, SignatoryDocument>, t: Format, close: () => void) {
    return (record && this.#module?.detail(record, mark, docs, t, close)) || nothing;
  }
}
