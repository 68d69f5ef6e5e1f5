import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DataController } from '../data/controller.js';
import type { DocumentId, SignatoriesDataset, SignatoryDocument } from '../data/types.js';
import { validateSignatories } from '../data/validate.js';
import { IcleiElement } from '../shared/element.js';
import { LocaleController } from '../shared/locale.js';
import { baseStyles } from '../shared/styles.js';
import { draw, PaletteController } from './signatory-map.canvas.js';
import { byCountry, Clusters, type Item } from './signatory-map.clusters.js';
import { countCountries, countDocuments, countryClasses, parseCountries, rejected, shownOf, type FilterKey, type Mark } from './signatory-map.data.js';
import { mapKeys } from './signatory-map.keys.js';
import { Panels } from './signatory-map.lazy.js';
import * as L from './signatory-map.layout.js';
import { catalogue } from './signatory-map.messages.js';
import { describe, legend, scale, summary, type Format } from './signatory-map.parts.js';
import { Search } from './signatory-map.search.js';
import { Selection } from './signatory-map.selection.js';
import { stage, stageStyles } from './signatory-map.stage.js';
import { mapStyles } from './signatory-map.styles.js';
import type { Shape } from './signatory-map.topology.js';
import { focusOf, ViewController } from './signatory-map.view.js';
import { Gestures } from './signatory-map.zoom.js';

let basemap: Promise<Shape[]> | undefined;

/**
 * Who signed the Aalborg Charter, the Aalborg Commitments and the Basque Declaration, on a map of Europe
 * in the EU's statistical projection, with a legend, a search, a table view and zoom.
 *
 * @summary The signatories of the Aalborg Charter, the Aalborg Commitments and the Basque Declaration on a map of Europe.
 * @fires iclei-select - The user selected a signatory (`id`, `record`), or cleared the selection (`null`).
 * @fires iclei-load - The data loaded and was drawn: `count` is the number of signatories shown.
 * @fires iclei-error - The data failed to load or validate, or records were left out: `message`, `code`.
 * @slot - Fallback content (a link or a list), shown before the element upgrades and when its data cannot be shown.
 * @csspart label - The visible caption.
 * @csspart summary - The sentence saying what is shown and how much of the whole it is.
 * @csspart legend - The document toggles, or the classes of the countries view.
 * @csspart search - The search box.
 * @csspart map - The map surface (one tab stop).
 * @csspart country - Each country's shape.
 * @csspart controls - The zoom buttons.
 * @csspart tooltip - The tooltip of the active mark.
 * @csspart detail - The panel of the selected signatory.
 * @csspart table - The table view.
 * @csspart notes - The map credits and notes.
 * @cssprop [--iclei-font=inherit] - Font family.
 * @cssprop [--iclei-text=#1d2125] - Text colour.
 * @cssprop [--iclei-muted=#5a6270] - Secondary text colour.
 * @cssprop [--iclei-surface=#ffffff] - Background colour.
 * @cssprop [--iclei-accent=#00608a] - Links, highlighted countries and the countries view's palette.
 * @cssprop [--iclei-focus=#b3005f] - Focus and selection colour.
 * @cssprop [--iclei-doc-aalborg-charter=#00608a] - Colour of the Aalborg Charter.
 * @cssprop [--iclei-doc-aalborg-commitments=#b34700] - Colour of the Aalborg Commitments.
 * @cssprop [--iclei-doc-basque-declaration=#2e7d32] - Colour of the Basque Declaration.
 * @cssprop [--iclei-land=color-mix(in srgb, var(--_text) 10%, var(--_surface))] - Land colour.
 * @cssprop [--iclei-water=color-mix(in srgb, var(--_accent) 7%, var(--_surface))] - Sea colour.
 */
export class SignatoryMap extends IcleiElement {
  static override styles = [baseStyles, mapStyles, stageStyles];
  static override properties: PropertyDeclarations = {
    off: { state: true },
    tableView: { state: true },
    document: {},
    country: {},
    since: {},
    until: {},
    view: {},
    noSearch: { type: Boolean, attribute: 'no-search' },
    noLegend: { type: Boolean, attribute: 'no-legend' },
    noTable: { type: Boolean, attribute: 'no-table' },
    noZoom: { type: Boolean, attribute: 'no-zoom' },
  };
  static override enums = { ...IcleiElement.enums, view: ['points', 'countries'] };

  #locale = new LocaleController(this, catalogue);
  #dataset = new DataController<SignatoriesDataset>(this, {
    bundled: () => import('../../data/signatories.json').then((m) => m.default),
    validate: validateSignatories,
    count: (value) => (value === this.#value ? this.#marks : shownOf(value, this, this.off).marks).length,
    format: () => this.#locale.format,
    // Points without their countries are no map: both are drawn at once, and `iclei-load` means the whole map.
    beside: () => basemap,
  });
  #view = new ViewController(this);
  #palette = new PaletteController(this);
  #selection = new Selection(this, {
    view: this.#view,
    describe: (members, country) => describe(members, this.#docs, this.#t, country),
    hit: (p) => this.#hit(p),
    alone: (m, k) => this.#clusters.alone(m, k, this.#view.fit.k),
  });
  #search = new Search(this, () => this.#marks, this.#selection.reveal);
  #gestures = new Gestures(this.#view, (p) => this.#selection.activate(this.#hit(p), true), this.#selection.point);
  #key = mapKeys(this.#view, this.#selection, () => this.#items());
  #value?: SignatoriesDataset;
  /** The projected frame of the data and of Europe. */
  #frame = L.emptyBox();
  #shapes: Shape[] = [];
  #docs = new Map<string, SignatoryDocument>();
  /** The documents the attribute keeps, the marks it keeps, and those the legend leaves on. */
  #documents: DocumentId[] = [];
  #base: Mark[] = [];
  #marks: Mark[] = [];
  #clusters = new Clusters([]);
  #countryItems: Item[] = [];
  /** Marks per document (the legend) and per country: counted when the filters change, not in every frame. */
  #counts = [new Map<DocumentId, number>(), new Map<string, number>()] as const;
  #panels = new Panels(this, () => SignatoryMap.elementStyles);
  #requested?: boolean;

  private off = new Set<DocumentId>();
  private tableView = false;

  /** `all`, or a comma list of document ids. */
  document = 'all';
  /** A comma list of ISO 3166-1 alpha-2 codes: filters, and zooms to them. */
  country?: string;
  /** Keep signatures from this year on. */
  since?: string;
  /** Keep signatures up to this year. */
  until?: string;
  /** `points`: one mark per signatory, clustered where dense; `countries`: countries shaded by count. */
  view: 'points' | 'countries' = 'points';
  noSearch = false;
  noLegend = false;
  noTable = false;
  noZoom = false;

  /** The signatories shown after the filters and the legend, in data order. */
  get shown(): Mark[] {
    return this.#marks;
  }

  get #t(): Format {
    return this.#locale.format;
  }

  protected override willUpdate(changed: PropertyValues) {
    // The basemap loads beside the data, from the moment the data may load, not after it.
    if (this.#dataset.near) this.#basemap();
    const value = this.#dataset.value;
    const data = value !== this.#value;
    const keys = (['document', 'country', 'since', 'until'] as const).filter((k) => changed.has(k));
    for (const k of keys) this.#warn(k);
    const filters = data || keys.length > 0;
    if (data && value) {
      this.#value = value;
      this.#docs = new Map(value.documents.map((d) => [d.id, d]));
      this.#frame = L.union(L.boxOf(value.signatories.map((s) => L.project(s.lon, s.lat))), L.EUROPE);
    }
    if (filters || changed.has('off')) {
      ({ documents: this.#documents, base: this.#base, marks: this.#marks } = shownOf(value, this, this.off));
      this.#counts = [countDocuments(this.#base), countCountries(this.#marks)];
      this.#search.refresh();
    }
    if (data || this.#view.resized) this.#refit(!data);
    else if (filters) this.#view.refocus(this.#focus());
    // Only the countries view reads its items: the points view does not pay for them at load.
    if (filters || changed.has('off') || changed.has('view')) this.#countryItems = this.view === 'countries' ? byCountry(this.#marks) : [];
    if (this.#clusters.marks !== this.#marks) {
      const clusters = (this.#clusters = new Clusters(this.#marks));
      // Until the filters change: another set of marks has clusters of its own to make.
      clusters.prepare(() => this.#clusters === clusters);
    }
    this.#selection.follow(this.#items());
    if (changed.has('theme')) this.#palette.reset();
    if (this.selected || this.tableView) this.#panels.need();
  }

  protected override updated() {
    // The notes have a fixed height (nothing may move when the basemap's arrive): when they overflow and
    // scroll, the keyboard must reach them.
    const notes = this.renderRoot.querySelector('.notes');
    if (notes && notes.scrollHeight > notes.clientHeight) notes.setAttribute('tabindex', '0');
    else notes?.removeAttribute('tabindex');
    const canvas = this.renderRoot.querySelector('canvas');
    // A new size is drawn once the next update has fitted it.
    if (!canvas || this.#view.resized) return;
    const points = this.view !== 'countries';
    draw(canvas, this.#view, points ? this.#items() : [], this.#palette.value, points ? this.#selection.active : undefined, this.selected);
  }

  #basemap() {
    if (this.#requested) return;
    this.#requested = true;
    (basemap ??= import('../../data/europe.shapes.json').then((m) => m.default as Shape[])).then(
      // Before the data is drawn: the data counts as loaded only once this has settled (`beside`).
      (s) => (this.#shapes = s),
      (error) => console.warn('<iclei-signatory-map>: the basemap could not be loaded', error),
    );
  }

  /** One warning for each filter attribute value with parts that name nothing; those parts are ignored. */
  #warn(key: FilterKey) {
    this.warnIgnored(key, rejected(key, this[key]), key === 'since' || key === 'until' ? 'year' : key);
  }

  #refit(keep: boolean) {
    if (this.#value) this.#view.refit(this.#frame, this.#focus(), keep);
  }

  /** Home shows the countries of the `country` filter with their signatories. */
  #focus = () => focusOf(parseCountries(this.country), this.#base, this.#shapes);

  #items(): Item[] {
    return this.view === 'countries' ? this.#countryItems : this.#clusters.at({ s: this.#view.screen().k, k: this.#view.zoom.k });
  }

  #hit(p: L.Point): Item | undefined {
    if (this.view !== 'countries') return this.#clusters.hit(this.#view.screen(), this.#view.zoom.k, p);
    const box = this.renderRoot.querySelector('.map')!.getBoundingClientRect();
    const id = (this.renderRoot as ShadowRoot).elementFromPoint(box.left + p.x, box.top + p.y)?.getAttribute('data-id');
    return this.#countryItems.find((i) => i.country === id);
  }

  #toggle(d: DocumentId) {
    const hidden = new Set(this.off);
    if (!hidden.delete(d)) hidden.add(d);
    this.off = hidden;
  }

  override render() {
    return this.#dataset.render(() => this.#body(this.#t));
  }

  #body(t: Format) {
    const label = this.label || t.t('label');
    const [counts, countryCounts] = this.#counts;
    const shownDocs = this.#documents.filter((d) => !this.off.has(d));
    const legendItems = this.#documents.map((id) => ({ doc: this.#docs.get(id)!, count: counts.get(id) ?? 0, on: !this.off.has(id) }));
    const max = Math.max(0, ...countryCounts.values());
    const bounds = countryClasses(max);
    const selected = this.#marks.find((m) => m.s.id === this.selected);
    const { active, announce, select } = this.#selection;
    return html`<div class="head">
        <h2 class="label" part="label" id="label">${label}</h2>
        <div class="tools">
          ${this.noSearch ? nothing : this.#search.render(t)}
          ${this.noTable ? nothing : html`<button type="button" class="toggle" aria-pressed=${this.tableView} @click=${() => (this.tableView = !this.tableView)}>${t.t('table')}</button>`}
        </div>
      </div>
      <p class="summary" part="summary" id="summary">${this.description || summary(this.#marks.length, countryCounts.size, shownDocs, this.#docs, this.#value?.meta.officialTotals ?? [], t)}</p>
      ${this.noLegend ? nothing : html`<div class="legends">${legend(legendItems, t, (d) => this.#toggle(d))} ${this.view === 'countries' && max ? scale(bounds, max, t) : nothing}</div>`}
      ${this.tableView && !this.noTable
        ? this.#panels.table(this.#marks, this.#docs, t, label)
        : stage({
            t,
            label,
            view: this.#view,
            shapes: this.#shapes,
            counts: countryCounts,
            bounds,
            countries: this.view === 'countries',
            active,
            lines: active ? describe(active.members, this.#docs, t, active.country) : [],
            gestures: this.#gestures,
            key: this.#key,
            blur: this.#selection.clear,
            zoom: !this.noZoom,
            panel: this.#panels.detail(selected?.s, selected, this.#docs, t, () => select(undefined)),
            announce,
          })}
      ${this.#marks.length ? nothing : this.#dataset.renderEmpty()}
      <p class="notes" part="notes">${this.#value?.meta.license ?? ''}${this.#shapes.filter((s) => s.note).map((s) => ` ${s.name}*: ${s.note}`)}</p>`;
  }
}
