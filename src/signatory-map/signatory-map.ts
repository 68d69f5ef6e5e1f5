import { adoptStyles, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../data/controller.js';
import { DOCUMENT_IDS, type DocumentId, type SignatoriesDataset, type SignatoryDocument } from '../data/types.js';
import { validateSignatories } from '../data/validate.js';
import { IcleiSelectEvent } from '../shared/events.js';
import { IcleiElement } from '../shared/element.js';
import { LocaleController, mergeCatalogues } from '../shared/locale.js';
import { sharedMessages } from '../shared/messages.js';
import { baseStyles } from '../shared/styles.js';
import { draw, readPalette, type Palette } from './signatory-map.canvas.js';
import { classOf, countCountries, countDocuments, countryClasses, filterMarks, officialTotal, parseDocuments, parseList, parseYear, search, type Mark } from './signatory-map.data.js';
import * as L from './signatory-map.layout.js';
import { loadLanguages, mapMessages } from './signatory-map.messages.js';
import { describe, legend, scale, type Format } from './signatory-map.parts.js';
import type { SortKey } from './signatory-map.panels.js';
import { searchBox, type SearchState } from './signatory-map.search.js';
import { mapStyles } from './signatory-map.styles.js';
import { shapes, type Shape, type Topology } from './signatory-map.topology.js';
import { Gestures } from './signatory-map.zoom.js';

type Item = L.Cluster<Mark> & { country?: string };
const KEYS: Record<string, L.Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
let basemap: Promise<Shape[]> | undefined;
const catalogue = mergeCatalogues(sharedMessages, mapMessages);

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
  static override styles = [baseStyles, mapStyles];
  static override enums = { ...IcleiElement.enums, view: ['points', 'countries'] };

  #locale = new LocaleController(this, catalogue);
  #dataset = new DataController<SignatoriesDataset>(this, {
    bundled: () => import('../../data/signatories.json').then((m) => m.default),
    validate: validateSignatories,
    count: (value) => (value === this.#value ? this.#marks : filterMarks(value.signatories, this.#filters(this.#documents().filter((d) => !this.off.has(d))))).length,
    format: () => this.#locale.format,
  });
  #gestures = new Gestures({
    view: () => this.zoom,
    setView: (v) => this.#setZoom(v),
    tap: (p) => this.#activate(this.#hit(p), true),
    hover: (p) => this.#point(p),
    hint: () => this.#hint(),
  });
  // Sized in the next frame: growing taller in the observer's own frame would loop.
  #resize = new ResizeObserver(([entry]) => requestAnimationFrame(() => (this.width = Math.round(entry.contentRect.width))));
  #value?: SignatoriesDataset;
  #shapes: Shape[] = [];
  #docs = new Map<string, SignatoryDocument>();
  #base: Mark[] = [];
  #marks: Mark[] = [];
  #fit: L.Fit = { k: 1, x: 0, y: 0 };
  #home: L.Transform = { k: 1, x: 0, y: 0 };
  #levels = new Map<number, { items: Item[]; grid: L.Grid<Item> }>();
  #countryItems: Item[] = [];
  #palette?: Palette;
  #frame = 0;
  #hintTimer = 0;
  #panels?: typeof import('./signatory-map.panels.js');
  #loadingPanels = false;

  @state() private width = 0;
  @state() private zoom: L.Transform = { k: 1, x: 0, y: 0 };
  @state() private off = new Set<DocumentId>();
  @state() private active?: Item;
  @state() private announce = '';
  @state() private tableView = false;
  @state() private sort: { key: SortKey; ascending: boolean; limit: number } = { key: 'name', ascending: true, limit: 500 };
  @state() private find: SearchState = { query: '', results: [], open: false, index: -1 };
  @state() private hinting = false;

  /** `all`, or a comma list of document ids. */
  @property() document = 'all';
  /** A comma list of ISO 3166-1 alpha-2 codes: filters, and zooms to them. */
  @property() country?: string;
  /** Keep signatures from this year on. */
  @property() since?: string;
  /** Keep signatures up to this year. */
  @property() until?: string;
  /** `points`: one mark per signatory, clustered where dense; `countries`: countries shaded by count. */
  @property() view: 'points' | 'countries' = 'points';
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;
  @property({ type: Boolean, attribute: 'no-legend' }) noLegend = false;
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;
  @property({ type: Boolean, attribute: 'no-zoom' }) noZoom = false;

  /** The signatories shown after the filters and the legend, in data order. */
  get shown(): Mark[] {
    return this.#marks;
  }

  get #t(): Format {
    return this.#locale.format;
  }

  get #height() {
    return Math.round(Math.min(720, Math.max(280, this.width * 0.8)));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#resize.observe(this);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', this.#rescheme);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resize.disconnect();
    matchMedia('(prefers-color-scheme: dark)').removeEventListener('change', this.#rescheme);
    cancelAnimationFrame(this.#frame);
  }

  protected override willUpdate(changed: PropertyValues) {
    const lang = this.#locale.lang;
    if (!catalogue[lang].label) loadLanguages(catalogue, lang)?.then(() => this.requestUpdate());
    const value = this.#dataset.value;
    const data = value !== this.#value;
    const filters = data || ['document', 'country', 'since', 'until'].some((k) => changed.has(k));
    if (data && value) {
      this.#value = value;
      this.#docs = new Map(value.documents.map((d) => [d.id, d]));
      (basemap ??= import('../../data/europe.topo.json').then((m) => shapes(m.default as unknown as Topology))).then(
        (s) => ((this.#shapes = s), this.#frameFit(), this.requestUpdate()),
        (error) => console.warn('<iclei-signatory-map>: the basemap could not be loaded', error),
      );
    }
    if (filters) this.#base = value ? filterMarks(value.signatories, this.#filters(this.#documents())) : [];
    if (filters || changed.has('off')) {
      const docs = this.#documents().filter((d) => !this.off.has(d));
      this.#marks = value && docs.length ? filterMarks(value.signatories, this.#filters(docs)) : [];
      this.#levels.clear();
      this.#countryItems = [...countCountries(this.#marks).keys()].map((country) => {
        const members = this.#marks.filter((m) => m.s.country === country);
        const box = L.boxOf(members);
        return { country, members, x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
      });
      if (this.find.query) this.find = { ...this.find, results: search(this.#marks, this.find.query) };
    }
    if (data || changed.has('width')) this.#frameFit(changed.has('width') && !data);
    else if (filters) this.zoom = this.#home = this.#homeZoom();
    if (this.active && !this.#items().includes(this.active)) {
      const id = this.active.members[0].s.id;
      this.active = this.#items().find((i) => (this.active!.country ? i.country === this.active!.country : i.members.some((m) => m.s.id === id)));
    }
    if (changed.has('theme')) this.#palette = undefined;
    if ((this.selected || this.tableView) && !this.#loadingPanels) {
      this.#loadingPanels = true;
      import('./signatory-map.panels.js').then((m) => {
        this.#panels = m;
        adoptStyles(this.renderRoot as ShadowRoot, [...SignatoryMap.elementStyles, m.panelStyles]);
        this.requestUpdate();
      });
    }
  }

  protected override updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    this.#palette ??= readPalette(this);
    const selected = this.active?.members.length === 1 ? undefined : this.selected;
    draw(canvas, { items: this.view === 'countries' ? [] : this.#items(), view: this.#screen(), width: this.width, height: this.#height, palette: this.#palette, active: this.view === 'countries' ? undefined : this.active, selected: selected ?? this.selected });
  }

  #documents(): DocumentId[] {
    const wanted = parseDocuments(this.document);
    return (this.#value?.documents.map((d) => d.id) ?? [...DOCUMENT_IDS]).filter((d) => !wanted.length || wanted.includes(d));
  }

  #filters(documents: DocumentId[]) {
    return { documents, countries: parseList(this.country, true), since: parseYear(this.since), until: parseYear(this.until) };
  }

  #rescheme = () => ((this.#palette = undefined), this.requestUpdate());

  /** Refits the frame to the size; on a resize the zoom keeps its centre and scale. */
  #frameFit(keep = false) {
    if (!this.width || !this.#value) return;
    const centre = L.invert(this.#screen(), { x: this.width / 2, y: this.#height / 2 });
    const frame = L.boxOf([...this.#value.signatories.map((s) => L.project(s.lon, s.lat)), { x: L.EUROPE.x0, y: L.EUROPE.y0 }, { x: L.EUROPE.x1, y: L.EUROPE.y1 }]);
    this.#fit = L.fitBox(frame, this.width, this.#height, 16);
    this.#levels.clear();
    const home = this.#homeZoom();
    const kept = keep && (this.zoom.k !== this.#home.k || this.zoom.x !== this.#home.x);
    this.#home = home;
    if (!kept) return void (this.zoom = home);
    const p = L.apply(this.#fit, centre);
    this.zoom = L.constrain({ k: this.zoom.k, x: this.width / 2 - p.x * this.zoom.k, y: this.#height / 2 - p.y * this.zoom.k }, this.width, this.#height);
  }

  /** The whole frame, or the countries of the `country` filter with their signatories. */
  #homeZoom(): L.Transform {
    const countries = parseList(this.country, true);
    if (!countries.length) return { k: 1, x: 0, y: 0 };
    const box = L.boxOf(this.#base);
    for (const s of this.#shapes) if (countries.includes(s.id)) L.extend(L.extend(box, { x: s.main.x0, y: s.main.y0 }), { x: s.main.x1, y: s.main.y1 });
    if (!Number.isFinite(box.x0)) return { k: 1, x: 0, y: 0 };
    return L.constrain(L.fitBox(L.mapBox(this.#fit, box), this.width, this.#height, 32, 24), this.width, this.#height);
  }

  /** Projected units to screen pixels. */
  #screen(): L.Transform {
    const { k, x, y } = this.zoom;
    return { k: this.#fit.k * k, x: this.#fit.x * k + x, y: this.#fit.y * k + y };
  }

  #level(level: number) {
    let found = this.#levels.get(level);
    if (!found) {
      const items: Item[] = level >= L.levelOf(L.ZOOM_MAX) ? this.#marks.map((m) => ({ x: m.x, y: m.y, members: [m] })) : L.cluster(this.#marks, 28 / (this.#fit.k * L.levelScale(level)));
      this.#levels.set(level, (found = { items, grid: new L.Grid(items, 32 / (this.#fit.k * L.levelScale(level))) }));
    }
    return found;
  }

  #items(): Item[] {
    return this.view === 'countries' ? this.#countryItems : this.#level(L.levelOf(this.zoom.k)).items;
  }

  #hit(p: L.Point): Item | undefined {
    if (this.view === 'countries') {
      const box = this.renderRoot.querySelector('.map')!.getBoundingClientRect();
      const id = (this.renderRoot as ShadowRoot).elementFromPoint(box.left + p.x, box.top + p.y)?.getAttribute('data-id');
      return this.#countryItems.find((i) => i.country === id);
    }
    const s = this.#screen();
    const u = L.invert(s, p);
    const item = this.#level(L.levelOf(this.zoom.k)).grid.find(u.x, u.y, 32 / s.k);
    return item && Math.hypot(item.x * s.k + s.x - p.x, item.y * s.k + s.y - p.y) <= L.radiusOf(item.members.length) + 4 ? item : undefined;
  }

  #point(p: L.Point | null) {
    const item = p ? this.#hit(p) : undefined;
    if (item !== this.active) this.active = item;
  }

  #setZoom(v: L.Transform) {
    cancelAnimationFrame(this.#frame);
    this.zoom = L.constrain(v, this.width, this.#height);
  }

  /** Moves to a zoom, animated unless the user prefers reduced motion. */
  #animate(to: L.Transform) {
    to = L.constrain(to, this.width, this.#height);
    cancelAnimationFrame(this.#frame);
    if (reduced()) return void (this.zoom = to);
    const from = this.zoom;
    const mid = { x: this.width / 2, y: this.#height / 2 };
    const [c0, c1] = [L.invert(from, mid), L.invert(to, mid)];
    const start = performance.now();
    const step = (now: number) => {
      const e = Math.min(1, (now - start) / 350);
      const s = 1 - (1 - e) ** 3;
      const k = from.k * (to.k / from.k) ** s;
      const c = { x: c0.x + (c1.x - c0.x) * s, y: c0.y + (c1.y - c0.y) * s };
      this.zoom = e < 1 ? { k, x: mid.x - c.x * k, y: mid.y - c.y * k } : to;
      if (e < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  #zoomBy(factor: number) {
    this.#animate(L.zoomAbout(this.zoom, factor, { x: this.width / 2, y: this.#height / 2 }));
  }

  /** Centres a projected point at zoom `k`. */
  #centre(p: L.Point, k: number) {
    const b = L.apply(this.#fit, p);
    this.#animate({ k, x: this.width / 2 - b.x * k, y: this.#height / 2 - b.y * k });
  }

  /** Enter or a tap: selects a signatory, zooms into a cluster or a country; nothing clears the selection. */
  #activate(item: Item | undefined, pointer = false) {
    if (!item) return void (pointer && this.#select(undefined));
    if (item.members.length === 1 && !item.country) return this.#select(item.members[0]);
    this.active = item;
    this.#animate(L.fitBox(L.mapBox(this.#fit, L.boxOf(item.members)), this.width, this.#height, 48, Math.max(this.zoom.k * 2, item.country ? 24 : L.ZOOM_MAX)));
  }

  #select(m: Mark | undefined) {
    if ((m?.s.id ?? undefined) === this.selected) return;
    this.selected = m?.s.id;
    if (m) this.announce = `${m.s.name}: ${describe([m], this.#docs, this.#t).slice(1).join(', ')}`;
    this.dispatchEvent(new IcleiSelectEvent(m?.s.id ?? null, m?.s ?? null));
  }

  /** Zooms to a signatory until it stands alone, and selects it. */
  #reveal(m: Mark) {
    let level = Math.max(L.levelOf(this.zoom.k), L.levelOf(2));
    while (level < L.levelOf(L.ZOOM_MAX) && (this.#level(level).items.find((i) => i.members.includes(m))?.members.length ?? 1) > 1) level++;
    this.#centre(m, Math.max(this.zoom.k, L.levelScale(level) * 1.01));
    this.active = undefined;
    this.#select(m);
  }

  #key = (e: KeyboardEvent) => {
    const s = this.#screen();
    const items = this.#items();
    const direction = KEYS[e.key];
    if (direction) {
      const from = this.active ? L.apply(s, this.active) : undefined;
      const points = items.map((i) => L.apply(s, i));
      const mid = { x: this.width / 2, y: this.#height / 2 };
      const i = from ? L.nearestInDirection(from, points, direction) : points.reduce((b, p, j) => (Math.hypot(p.x - mid.x, p.y - mid.y) < Math.hypot(points[b].x - mid.x, points[b].y - mid.y) ? j : b), 0);
      const next = items[i];
      if (next) {
        this.active = next;
        this.announce = describe(next.members, this.#docs, this.#t, next.country).join('. ');
        const p = points[i];
        if (p.x < 16 || p.y < 16 || p.x > this.width - 16 || p.y > this.#height - 16) this.#centre(next, this.zoom.k);
      }
    } else if (e.key === 'Enter' || e.key === ' ') this.#activate(this.active);
    else if (e.key === '+' || e.key === '=') this.#zoomBy(2);
    else if (e.key === '-' || e.key === '_') this.#zoomBy(0.5);
    else if (e.key === 'Home') this.#animate(this.#home);
    else if (e.key === 'Escape' && (this.selected || this.active)) this.selected ? this.#select(undefined) : (this.active = undefined);
    else return;
    e.preventDefault();
  };

  #hint() {
    this.hinting = true;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = window.setTimeout(() => (this.hinting = false), 1500);
  }

  #searchKey = (e: KeyboardEvent) => {
    const { results, index, open } = this.find;
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.find = { ...this.find, open: true, index: open ? (index + step + n) % n : step > 0 ? 0 : n - 1 };
    } else if (e.key === 'Enter' && open && n) this.#pick(results[Math.max(0, index)]);
    else if (e.key === 'Escape' && (open || this.find.query)) this.find = open ? { ...this.find, open: false, index: -1 } : { query: '', results: [], open: false, index: -1 };
    else return;
    e.preventDefault();
  };

  #pick(m: Mark) {
    this.find = { query: m.s.name, results: search(this.#marks, m.s.name), open: false, index: -1 };
    this.#reveal(m);
  }

  #toggle(d: DocumentId) {
    const hidden = new Set(this.off);
    if (!hidden.delete(d)) hidden.add(d);
    this.off = hidden;
  }

  /** The generated summary: what is shown, and the published totals so that nobody mistakes the sample for the whole. */
  #summary(): string {
    const t = this.#t;
    const parts = [t.t('summary', { count: this.#marks.length, countries: t.t('countries', { count: countCountries(this.#marks).size }) })];
    for (const d of this.#documents().filter((x) => !this.off.has(x))) {
      const total = officialTotal(this.#value?.meta.officialTotals ?? [], d);
      const document = this.#docs.get(d)?.name ?? d;
      parts.push(total?.count ? t.t(`total.${total.qualifier ?? 'exactly'}`, { document, count: total.count }) : t.t('total.none', { document }));
    }
    return parts.join(' ');
  }

  override render() {
    const t = this.#t;
    if (!this.#dataset.value) return html`<div style="height: ${this.#height + 120}px">${this.#dataset.render(() => nothing)}</div>`;
    return this.#dataset.render(() => this.#body(t));
  }

  #body(t: Format) {
    const label = this.label || t.t('label');
    const counts = countDocuments(this.#base);
    const legendItems = this.#documents().map((id) => ({ doc: this.#docs.get(id)!, count: counts.get(id) ?? 0, on: !this.off.has(id) }));
    const countryCounts = countCountries(this.#marks);
    const max = Math.max(0, ...countryCounts.values());
    const bounds = countryClasses(max);
    const selected = this.#marks.find((m) => m.s.id === this.selected);
    const record = selected?.s;
    const p = this.#panels;
    return html`<div class="head">
        <h2 class="label" part="label" id="label">${label}</h2>
        <div class="tools">
          ${this.noSearch ? nothing : searchBox(this.find, t, { input: (q) => (this.find = { query: q, results: search(this.#marks, q), open: true, index: -1 }), key: this.#searchKey, pick: (m) => this.#pick(m), close: () => (this.find = { ...this.find, open: false, index: -1 }) })}
          ${this.noTable ? nothing : html`<button type="button" class="toggle" aria-pressed=${this.tableView} @click=${() => (this.tableView = !this.tableView)}>${t.t('table')}</button>`}
        </div>
      </div>
      <p class="summary" part="summary" id="summary">${this.description || this.#summary()}</p>
      ${this.noLegend ? nothing : html`<div class="legends">${legend(legendItems, t, (d) => this.#toggle(d))} ${this.view === 'countries' && max ? scale(bounds, max, t) : nothing}</div>`}
      ${this.tableView && !this.noTable
        ? p?.table({ rows: p.sortRows(this.#marks, this.sort.key, this.sort.ascending, t), ...this.sort }, this.#docs, t, label, (key) => (this.sort = { key, ascending: this.sort.key === key ? !this.sort.ascending : true, limit: this.sort.limit }), () => (this.sort = { ...this.sort, limit: this.sort.limit + 500 }))
        : this.#map(t, label, countryCounts, bounds, record && p ? p.detail(record, selected, this.#docs, t, () => this.#select(undefined)) : nothing)}
      ${this.#marks.length ? nothing : this.#dataset.renderEmpty()}
      <p class="notes" part="notes">${this.#shapes.filter((s) => s.note).map((s) => `${s.name}*: ${s.note} `)}${this.#value?.meta.license ?? ''}</p>`;
  }

  #map(t: Format, label: string, counts: Map<string, number>, bounds: number[], panel: unknown) {
    const s = this.#screen();
    const h = this.#height;
    const tip = this.active && L.apply(s, this.active);
    const lines = this.active ? describe(this.active.members, this.#docs, t, this.active.country) : [];
    const countries = this.view === 'countries';
    return html`<div class="stage">
      <div
        class="map"
        part="map"
        role="application"
        aria-roledescription=${t.t('map')}
        aria-label=${label}
        aria-describedby="summary instructions"
        tabindex="0"
        style="height: ${h}px"
        @pointerdown=${this.#gestures.down}
        @pointermove=${this.#gestures.move}
        @pointerup=${this.#gestures.up}
        @pointercancel=${this.#gestures.up}
        @pointerleave=${this.#gestures.leave}
        @wheel=${this.#gestures.wheel}
        @dblclick=${this.#gestures.dblclick}
        @keydown=${this.#key}
        @blur=${() => (this.active = undefined)}
      >
        <svg width=${this.width} height=${h} aria-hidden="true">
          <g transform="matrix(${s.k} 0 0 ${s.k} ${s.x} ${s.y})">
            ${this.#shapes.map((c) => {
              const n = counts.get(c.id) ?? 0;
              const cls = countries ? `seq-${classOf(n, bounds)}` : n ? 'on' : '';
              return svg`<path part="country" data-id=${c.id} class="${cls} ${this.active?.country === c.id ? 'active' : ''}" d=${c.d}></path>`;
            })}
          </g>
        </svg>
        <canvas aria-hidden="true"></canvas>
        ${tip ? html`<div class="tooltip ${tip.x < 140 ? 'start' : tip.x > this.width - 140 ? 'end' : ''} ${tip.y < 110 ? 'below' : ''}" part="tooltip" aria-hidden="true" style="left: ${tip.x}px; top: ${tip.y}px; --r: ${countries ? 4 : L.radiusOf(this.active!.members.length) + 6}px">
              <strong>${lines[0]}</strong>${lines.slice(1).map((l) => html`<br />${l}`)}
            </div>` : nothing}
        <div class="hint ${this.hinting ? 'show' : ''}" aria-hidden="true">${t.t('wheel')}</div>
      </div>
      ${this.noZoom ? nothing : html`<div class="controls" part="controls">
            <button type="button" aria-label=${t.t('in')} title=${t.t('in')} @click=${() => this.#zoomBy(2)}>+</button>
            <button type="button" aria-label=${t.t('out')} title=${t.t('out')} @click=${() => this.#zoomBy(0.5)}>−</button>
            <button type="button" aria-label=${t.t('reset')} title=${t.t('reset')} @click=${() => this.#animate(this.#home)}>⤢</button>
          </div>`}
      ${panel}
      <p id="instructions" hidden>${t.t('instructions')}</p>
      <div class="visually-hidden" aria-live="polite">${this.announce}</div>
    </div>`;
  }
}
