import type { ReactiveControllerHost } from 'lit';
import { IcleiSelectEvent } from '../shared/events.js';
import { successor, type Item } from './signatory-map.clusters.js';
import type { Mark } from './signatory-map.data.js';
import * as L from './signatory-map.layout.js';
import type { ViewController } from './signatory-map.view.js';

interface SelectionHost extends ReactiveControllerHost, EventTarget {
  selected?: string;
}

export interface SelectionContext {
  view: ViewController;
  /** The lines of a tooltip (`describe`) in the host's language. */
  describe(members: readonly Mark[], country?: string): string[];
  /** The item under a screen point. */
  hit(p: L.Point): Item | undefined;
  /** The smallest zoom from `k` on at which `m` stands alone. */
  alone(m: Mark, k: number): number;
}

/**
 * The active item (under the pointer or reached by the keyboard: ring and tooltip), the selected
 * signatory (`selected`, `iclei-select`, the detail panel) and what the live region announces.
 */
export class Selection {
  active?: Item;
  announce = '';

  constructor(
    private readonly host: SelectionHost,
    private readonly c: SelectionContext,
  ) {}

  #set(active: Item | undefined, announce = this.announce) {
    [this.active, this.announce] = [active, announce];
    this.host.requestUpdate();
  }

  /** The items changed: the active one follows what it held. */
  follow(items: readonly Item[]) {
    if (this.active) this.active = successor(items, this.active);
  }

  /** Hover: the item under the pointer, or none. */
  point = (p: L.Point | null) => {
    const item = p ? this.c.hit(p) : undefined;
    if (item !== this.active) this.#set(item);
  };

  clear = () => this.#set(undefined);

  /** The keyboard reached an item. */
  move = (item: Item) => this.#set(item, this.c.describe(item.members, item.country).join('. '));

  /** Enter or a tap: selects a signatory, zooms into a cluster or a country; a tap on nothing clears the selection. */
  activate = (item: Item | undefined, pointer = false) => {
    if (!item) return void (pointer && this.select(undefined));
    if (item.members.length === 1 && !item.country) return this.select(item.members[0]);
    this.#set(item);
    this.c.view.show(L.boxOf(item.members), item.country ? 24 : L.ZOOM_MAX);
  };

  /** Escape clears the selection, else the active item; false when there is neither. */
  escape = () => {
    if (this.host.selected) this.select(undefined);
    else if (this.active) this.clear();
    else return false;
    return true;
  };

  select = (m: Mark | undefined) => {
    if (m?.s.id === this.host.selected) return;
    this.host.selected = m?.s.id;
    if (m) this.#set(this.active, `${m.s.name}: ${this.c.describe([m]).slice(1).join(', ')}`);
    this.host.dispatchEvent(new IcleiSelectEvent(m?.s.id ?? null, m?.s ?? null));
  };

  /** Zooms to a signatory until it stands alone, and selects it. */
  reveal = (m: Mark) => {
    const { view } = this.c;
    view.centre(m, this.c.alone(m, view.zoom.k));
    this.#set(undefined);
    this.select(m);
  };
}
