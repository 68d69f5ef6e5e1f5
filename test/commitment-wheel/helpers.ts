import { fixture, html } from '@open-wc/testing';
import { nextEvent } from '../helpers.js';
import { render, type TemplateResult } from 'lit';
import '../../src/commitment-wheel/commitment-wheel.define.js';
import type { CommitmentWheel } from '../../src/commitment-wheel/commitment-wheel.js';

/** Mounts a wheel from `template` inside a wrapper of `width` pixels and waits until it has loaded and drawn. */
export async function mountWheel(template: TemplateResult, width = 1000): Promise<CommitmentWheel> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const loaded = nextEvent(wrapper, 'iclei-load');
  render(template, wrapper);
  await loaded;
  const el = wrapper.querySelector('iclei-commitment-wheel')!;
  await el.updateComplete;
  return el;
}

export const $ = <E extends Element = Element>(el: CommitmentWheel, selector: string) => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = Element>(el: CommitmentWheel, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];

/** The wheel item for `id`: a theme (`"3"`) or a commitment (`"3.2"`). */
export const item = (el: CommitmentWheel, id: string) => $<SVGGElement>(el, `[role="treeitem"][data-id="${id}"]`);

/** The ids of the items drawn, in order. */
export const drawn = (el: CommitmentWheel, kind: 'theme' | 'commitment') => $$<SVGGElement>(el, `g.${kind}`).map((g) => g.dataset.id);

/** The id of the focused wheel item. */
export const focusedId = (el: CommitmentWheel) => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset?.id;

/** Clicks the middle of an item's own sector. */
export function clickItem(el: CommitmentWheel, id: string) {
  const path = item(el, id)!.querySelector(':scope > path')!;
  path.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}
