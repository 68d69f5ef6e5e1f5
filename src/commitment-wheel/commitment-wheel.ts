import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DataController } from '../data/controller.js';
import type { CommitmentsDataset, Theme } from '../data/types.js';
import { validateCommitments } from '../data/validate.js';
import { IcleiSelectEvent } from '../shared/events.js';
import { IcleiElement } from '../shared/element.js';
import { LocaleController } from '../shared/locale.js';
import { textWidth } from '../shared/text-width.js';
import { resolve, type WheelRecord } from './commitment-wheel.events.js';
import { DrillController } from './commitment-wheel.drill.js';
import type { Measure } from './commitment-wheel.labels.js';
import { wheelLayout, type WheelLayout } from './commitment-wheel.layout.js';
import { wheelMessages } from './commitment-wheel.messages.js';
import { renderCenter, renderDetail, renderLegend, totals } from './commitment-wheel.panels.js';
import { SizeController } from './commitment-wheel.size.js';
import { wheelStyles } from './commitment-wheel.styles.js';
import { renderSectors } from './commitment-wheel.svg.js';
import { wheelText, type WheelText } from './commitment-wheel.text.js';
import { TreeController } from './commitment-wheel.tree.js';

/** The space kept around the wheel for the outlines and the focus ring. */
const MARGIN = 5;

/** The wheel as laid out, with its labels and names. */
type Drawn = WheelText & { layout: WheelLayout };

/**
 * The 10 themes and 50 commitments of the Aalborg Commitments as a wheel to explore: an inner ring of
 * themes, an outer ring of their commitments, a centre and a detail panel that tell about the item
 * chosen, and a legend that lists the themes. A selected theme opens to fill the wheel.
 *
 * @summary The Aalborg Commitments' themes and commitments as an explorable wheel.
 *
 * @fires {IcleiSelectEvent} iclei-select - The user chose a theme or a commitment: its `id` (`"3"`, `"3.2"`) and its `record`.
 * @fires {IcleiLoadEvent} iclei-load - The data loaded and was drawn: `count` is the number of themes.
 * @fires {IcleiErrorEvent} iclei-error - The data failed to load or validate: a localized `message`.
 *
 * @csspart label - The visible caption.
 * @csspart wheel - The wheel's box, holding the SVG and the centre.
 * @csspart theme - A theme's sector (with `selected` when it is).
 * @csspart commitment - A commitment's sector (with `selected` when it is).
 * @csspart center - The centre of the wheel.
 * @csspart back - The control that closes an opened theme.
 * @csspart detail - The panel about the selected item.
 * @csspart open - The detail panel's control that opens a theme.
 * @csspart source - The detail panel's source link.
 * @csspart legend - The list of themes beside the wheel.
 * @csspart summary - The text summary (visually hidden).
 * @csspart credit - The line naming the data and linking to its source.
 * @csspart placeholder - The box shown while loading.
 * @csspart error - The error message.
 *
 * @cssprop [--iclei-theme-1=#c0262d] - Theme 1's colour (#ff8f8a in dark).
 * @cssprop [--iclei-theme-2=#b34700] - Theme 2's colour (#ffa35c in dark).
 * @cssprop [--iclei-theme-3=#7a6400] - Theme 3's colour (#e0c14a in dark).
 * @cssprop [--iclei-theme-4=#3a7d1e] - Theme 4's colour (#8fd16a in dark).
 * @cssprop [--iclei-theme-5=#00796b] - Theme 5's colour (#4fd1bd in dark).
 * @cssprop [--iclei-theme-6=#00718f] - Theme 6's colour (#5cc8ee in dark).
 * @cssprop [--iclei-theme-7=#1f5fb4] - Theme 7's colour (#8ab4ff in dark).
 * @cssprop [--iclei-theme-8=#5a45b0] - Theme 8's colour (#b3a6ff in dark).
 * @cssprop [--iclei-theme-9=#8a2e9e] - Theme 9's colour (#e09cf2 in dark).
 * @cssprop [--iclei-theme-10=#b0205f] - Theme 10's colour (#ff8fbf in dark).
 * @cssprop [--iclei-on-theme=#ffffff] - Text on a theme's colour (#16191d in dark).
 * @cssprop [--iclei-text=#1d2125] - Text colour.
 * @cssprop [--iclei-muted=#5a6270] - Secondary text colour.
 * @cssprop [--iclei-surface=#ffffff] - Background.
 * @cssprop [--iclei-surface-2=#f1f3f5] - Background of hovered rows and the placeholder.
 * @cssprop [--iclei-line=#8a939f] - Borders.
 * @cssprop [--iclei-accent=#00608a] - Links.
 * @cssprop [--iclei-focus=#b3005f] - The focus ring.
 * @cssprop [--iclei-font=inherit] - Font family.
 *
 * @slot - Fallback content (a link, a list): shown before the element upgrades and when its data cannot be shown.
 */
export class CommitmentWheel extends IcleiElement {
  static override properties: PropertyDeclarations = {
    announcement: { state: true },
    expanded: { type: Boolean, reflect: true },
    noLegend: { type: Boolean, attribute: 'no-legend' },
  };
  static override styles = wheelStyles;

  #locale = new LocaleController(this, wheelMessages);
  #dataset = new DataController<CommitmentsDataset>(this, {
    bundled: () => import('../../data/commitments.json').then((m) => m.default),
    validate: validateCommitments,
    count: (value) => value.themes.length,
    format: () => this.#locale.format,
  });
  #themes: Theme[] = [];
  #drawn?: Drawn;
  #laidOut: unknown[] = [];
  #drill = new DrillController(this);
  #size = new SizeController(this);
  #tree = new TreeController(this, {
    shown: () => (this.#drill.target === null ? this.#themes : [this.#themes[this.#drill.target]]),
    choose: (id) => this.#choose(id),
    close: () => this.#close(),
  });

  private announcement = '';

  /** Opens the selected theme (or the selected commitment's theme) to fill the wheel. */
  expanded = false;
  /** Hides the list of themes beside the wheel. */
  noLegend = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    const value = this.#dataset.value;
    if (value) {
      this.#themes = value.themes;
      this.#size.estimate();
    }
    if (changed.has('selected') || changed.has('expanded') || this.#themes !== this.#laidOut[0]) this.#retarget();
    const inputs = [this.#themes, this.#size.size, this.#drill.drill, this.#locale.lang];
    if (inputs.some((x, i) => x !== this.#laidOut[i])) {
      this.#laidOut = inputs;
      this.#lay();
    }
  }

  /** Follows `selected` and `expanded`: opens, closes or switches the theme shown. */
  #retarget() {
    const chosen = resolve(this.#themes, this.selected);
    const target = this.expanded && chosen && chosen.theme.commitments.length ? chosen.index : null;
    this.#drill.set(target, !!this.#drawn?.layout.themes.length);
  }

  /** Lays the wheel out at its size and, when it is not moving, fits the labels. */
  #lay() {
    const drill = this.#drill.drill;
    const layout = wheelLayout(this.#themes, Math.max(40, this.#size.size / 2 - MARGIN), drill);
    const state = drill === null ? 'closed' : drill.t < 1 ? 'moving' : 'open';
    // Labels are not drawn while the wheel moves: the font is read only when they are.
    const family = state === 'moving' ? '' : getComputedStyle(this).fontFamily || 'sans-serif';
    const measure: Measure = (text, size, bold) => textWidth(text, size, bold ? 700 : 400, family);
    this.#drawn = { layout, ...wheelText(layout, this.#themes, this.#locale.format, state, measure) };
  }

  /** The user chose `id`: selects it; choosing the selected theme again opens it (from the wheel). */
  #choose(id: string, openAgain = true) {
    const found = resolve(this.#themes, id);
    if (!found) return;
    this.#tree.activate(id);
    if (this.selected === id) {
      if (openAgain && !found.commitment && !this.expanded) this.#open();
      return;
    }
    this.selected = id;
    this.dispatchEvent(new IcleiSelectEvent<WheelRecord>(id, found.commitment ?? found.theme));
  }

  #open = () => {
    const found = resolve(this.#themes, this.selected);
    if (!found || !found.theme.commitments.length) return;
    this.expanded = true;
    this.#tree.activate(found.commitment?.id ?? found.theme.id, !this.#tree.hasFocus());
    this.announcement = this.#locale.format.t('opened', { number: found.theme.number, count: found.theme.commitments.length });
  };

  /** Closes the opened theme, focusing the tab stop; false when none is open. */
  #close = (): boolean => {
    if (!this.expanded || this.#drill.target === null) return false;
    this.expanded = false;
    this.#tree.activate(this.#tree.active, true);
    this.announcement = this.#locale.format.t('closed');
    return true;
  };

  #renderWheel(drawn: Drawn) {
    const t = this.#locale.format;
    const { hovered, focused } = this.#tree;
    const selected = this.selected ?? null;
    const lit = hovered ?? (focused && focused !== selected ? focused : null);
    const shown = resolve(this.#themes, hovered ?? focused ?? selected);
    const size = this.#size.size;
    const half = size / 2;
    // The listeners sit on the box, not the SVG: Chromium makes an SVG element with focus listeners a tab stop.
    return html`<div
      class="wheel"
      part="wheel"
      @click=${this.#tree.onClick}
      @pointerover=${this.#tree.onOver}
      @pointerleave=${this.#tree.onLeave}
      @focusin=${this.#tree.onFocusIn}
      @focusout=${this.#tree.onFocusOut}
      @keydown=${this.#tree.onKey}
    >
      <svg viewBox="${-half} ${-half} ${size} ${size}" role="tree" aria-labelledby="label" aria-describedby="summary hint">
        ${renderSectors({ ...drawn, selected, lit, focused, active: this.#tree.tabStop(drawn.layout, selected) })}
      </svg>
      ${renderCenter(t, {
        name: this.label ?? t.t('name'),
        themes: this.#themes,
        shown,
        radius: drawn.layout.center,
        open: this.#drill.target !== null,
        onBack: this.#close,
      })}
    </div>`;
  }

  #renderBody(value: CommitmentsDataset) {
    if (!value.themes.length || !this.#drawn) return this.#dataset.renderEmpty();
    const t = this.#locale.format;
    const selected = resolve(this.#themes, this.selected);
    const summary =
      this.description ??
      t.t('description', { name: this.label ?? t.t('name'), counts: totals(t, value.themes), list: t.list(value.themes.map((theme) => `${theme.number} ${theme.title}`)) });
    const litTheme = resolve(this.#themes, this.#tree.hovered ?? this.#tree.focused)?.theme.id ?? null;
    const source = value.meta.sources[0];
    return html`<div class="body">
        ${this.#renderWheel(this.#drawn)}
        <div class="side">
          ${renderDetail(t, selected, this.#drill.target !== null, this.#open)}
          ${this.noLegend
            ? nothing
            : renderLegend(t, {
                themes: value.themes,
                selected: selected && !selected.commitment ? selected.theme.id : null,
                lit: litTheme,
                onChoose: (id) => this.#choose(id, false),
                onHover: this.#tree.hover,
              })}
        </div>
      </div>
      <p id="summary" part="summary" class="visually-hidden">${summary}</p>
      <p id="hint" class="visually-hidden">${t.t('hint')}</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${source ? html`<p class="credit" part="credit">${t.t('data')} <a href=${source}>${value.meta.title}</a></p>` : nothing}`;
  }

  override render() {
    const t = this.#locale.format;
    return html`<figure>
      <figcaption part="label" id="label">${this.label ?? t.t('name')}</figcaption>
      <div class="stage">${this.#dataset.render((value) => this.#renderBody(value))}</div>
    </figure>`;
  }
}
