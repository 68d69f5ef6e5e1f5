import { html, nothing, type TemplateResult } from 'lit';
import { styleProps, type StyleProps } from '../shared/style-props.js';
import type { Theme } from '../data/types.js';
import type { Formatter } from '../shared/locale.js';
import { clamp } from '../shared/math.js';
import type { Resolved } from './commitment-wheel.events.js';
import type { WheelMessageKey } from './commitment-wheel.messages.js';
import type { SharedKey } from '../shared/messages.js';
import { THEME_COLOURS } from './commitment-wheel.styles.js';

type T = Formatter<WheelMessageKey | SharedKey>;

/** The custom property holding theme `index`'s colour. */
export const colour = (index: number): StyleProps => ({ '--_c': `var(--_theme-${(index % THEME_COLOURS) + 1})` });

/** The totals line: "10 themes · 50 commitments". */
export function totals(t: T, themes: readonly Theme[]): string {
  const commitments = themes.reduce((sum, theme) => sum + theme.commitments.length, 0);
  return `${t.t('themes', { count: themes.length })} · ${t.t('commitments', { count: commitments })}`;
}

export interface CenterOptions {
  name: string;
  themes: readonly Theme[];
  /** What the centre shows: the hovered, focused or selected item. */
  shown: Resolved | null;
  /** The radius of the central disc, in pixels. */
  radius: number;
  /** Shows the back control when the wheel is open on a theme. */
  open: boolean;
  onBack: () => void;
}

/** The wheel's centre: the item shown, else the framework's name and totals; the back control when open. */
export function renderCenter(t: T, o: CenterOptions): TemplateResult {
  const { shown } = o;
  // The box inside the disc.
  const width = Math.round(o.radius * 1.4);
  const small = width < 150;
  const font = clamp(width / 11, 11, 16);
  const style: StyleProps = { width: `${width}px`, maxHeight: `${Math.round(o.radius * 1.42)}px`, fontSize: `${font.toFixed(1)}px`, ...(shown ? colour(shown.index) : {}) };
  const commitment = shown?.commitment;
  const body = shown
    ? html`<span class="number">${commitment?.id ?? shown.theme.number}</span><span class="title">${(commitment ?? shown.theme).title}</span>
        <span class=${commitment ? 'counts' : 'summary'}>${commitment ? t.t('item.theme', { number: shown.theme.number, title: shown.theme.title }) : shown.theme.summary}</span>`
    : html`<span class="title">${o.name}</span><span class="counts">${totals(t, o.themes)}</span>`;
  // Small, the back control is an arrow alone, named for screen readers and in a tooltip.
  const back = t.t('back');
  const name = small ? back : nothing;
  return html`<div class="center ${small ? 'small' : ''} ${o.open ? 'open' : ''}" part="center" style=${styleProps(style)}>
    <div aria-hidden="true" class="center-text">${body}</div>
    ${o.open
      ? html`<button type="button" class="action" part="back" aria-label=${name} title=${name} @click=${o.onBack}>
          <span aria-hidden="true">←</span>${small ? nothing : back}
        </button>`
      : nothing}
  </div>`;
}

/** The detail panel: the selected item's title, summary and source, or a prompt. */
export function renderDetail(t: T, selected: Resolved | null, open: boolean, onOpen: () => void): TemplateResult {
  if (!selected) return html`<section part="detail"><p class="prompt">${t.t('prompt')}</p></section>`;
  const { theme, commitment } = selected;
  const source = commitment?.source ?? theme.source;
  const count = theme.commitments.length;
  return html`<section part="detail" style=${styleProps(colour(selected.index))} aria-labelledby="detail-title">
    <p class="kicker">${commitment ? t.t('commitment', { id: commitment.id }) : t.t('theme', { number: theme.number })}</p>
    <p class="detail-title" id="detail-title">${commitment?.title ?? theme.title}</p>
    ${commitment ? html`<p>${t.t('part-of', { number: theme.number, title: theme.title })}</p>` : nothing}
    <p>${theme.summary}</p>
    <p><a href=${source} part="source">${t.t('source')}</a></p>
    ${!commitment && !open && count > 0
      ? html`<button type="button" class="action" part="open" @click=${onOpen}>${t.t('open', { count })}</button>`
      : nothing}
  </section>`;
}

export interface LegendOptions {
  themes: readonly Theme[];
  selected: string | null;
  lit: string | null;
  onChoose: (id: string) => void;
  onHover: (id: string | null) => void;
}

/**
 * The legend, which is also the list of themes. Its buttons stay out of the tab order: the wheel is
 * the keyboard path, and one tab stop is enough; pointers and screen readers' browse modes use them.
 */
export function renderLegend(t: T, o: LegendOptions): TemplateResult {
  return html`<ol part="legend" aria-label=${t.t('legend')}>
    ${o.themes.map(
      (theme, i) => html`<li>
        <button
          type="button"
          tabindex="-1"
          style=${styleProps(colour(i))}
          class=${o.lit === theme.id ? 'lit' : ''}
          aria-pressed=${o.selected === theme.id}
          @click=${() => o.onChoose(theme.id)}
          @pointerenter=${() => o.onHover(theme.id)}
          @pointerleave=${() => o.onHover(null)}
        >
          <span class="swatch">${theme.number}</span><span>${theme.title}</span>
        </button>
      </li>`,
    )}
  </ol>`;
}
