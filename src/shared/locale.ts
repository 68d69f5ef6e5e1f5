import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const LANGS = ['en', 'de', 'fr', 'es', 'it'] as const;
export type Lang = (typeof LANGS)[number];

/** A message: a string with `{name}` placeholders, or the singular and plural forms chosen by the `count` parameter. */
export type Message = string | { one?: string; other: string };
/** One language's messages. */
export type Messages<K extends string = string> = Record<K, Message>;
/** The messages in every language but English. */
export type Translations<K extends string = string> = Record<Exclude<Lang, 'en'>, Messages<K>>;
/** An element's messages: English ships with the element; the other languages load on first use. */
export interface Catalogue<K extends string = string> {
  en: Messages<K>;
  translations: () => Promise<Translations<K>>;
}
export type Params = Record<string, string | number>;

/** The supported language for a BCP 47 tag: `de-AT` gives `de`; anything else gives `en`. */
export function toLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

/** The `lang` of the element or its closest ancestor, across shadow roots. */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The locale for Intl: English as written in Europe (`24 May 1994`, as EU institutions write it), the others as they are. */
const intlOf = (lang: Lang) => (lang === 'en' ? 'en-GB' : lang);

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date format in UTC, made once per language and options for every element on the page. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlOf(lang), { ...options, timeZone: 'UTC' })));
  return format;
}

/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/**
 * The time an ISO date of any precision covers, in UTC milliseconds, `end` exclusive: `1991` is all of
 * 1991, `2013-04` all of April 2013.
 */
export function isoSpan(iso: string): { start: number; end: number; precision: Precision } {
  const [y, m, d] = iso.split('-').map(Number);
  if (d) return { start: Date.UTC(y, m - 1, d), end: Date.UTC(y, m - 1, d + 1), precision: 'day' };
  if (m) return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1), precision: 'month' };
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: 'year' };
}

/** The format of a date at a precision: the year, with the month for months, and the day for days. */
export const atPrecision = (lang: Lang, precision: Precision, style: 'long' | 'short') =>
  dateFormat(lang, precision === 'year' ? { year: 'numeric' } : { year: 'numeric', month: style, day: precision === 'day' ? 'numeric' : undefined });

/** Formats messages, numbers, dates and country names in one language. */
export class Formatter<K extends string> {
  // Intl objects are made on first use: the first one on a page costs tens of milliseconds (ICU start-up).
  #number?: Intl.NumberFormat;
  #regions?: Intl.DisplayNames;

  /** `messages` in `lang`; a message missing there comes from `english`. */
  constructor(
    readonly lang: Lang,
    private readonly messages: Messages<K>,
    private readonly english: Messages<K> = messages,
  ) {}

  /** The message `key` in this language, with its placeholders filled. */
  t(key: K, params: Params = {}): string {
    const message = this.messages[key] ?? this.english[key];
    const text = typeof message === 'string' ? message : ((isOne(this.lang, Number(params.count ?? 0)) && message.one) || message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }

  /** A number as `Intl.NumberFormat` writes it; whole numbers written out, as `list` is, for the same reason. */
  number(value: number): string {
    if (!Number.isSafeInteger(value)) return (this.#number ??= new Intl.NumberFormat(intlOf(this.lang))).format(value);
    const [separator, from] = GROUPS[this.lang];
    const digits = String(Math.abs(value));
    return (value < 0 ? '-' : '') + (digits.length < from ? digits : digits.replace(/\B(?=(\d{3})+$)/g, separator));
  }

  /** A date of any precision (`1994`, `2013-04`, `1994-05-24`), formatted at that precision. */
  date(iso: string, style: 'long' | 'short' = 'long'): string {
    const { start, precision } = isoSpan(iso);
    return Number.isFinite(start) ? atPrecision(this.lang, precision, style).format(start) : iso;
  }

  /** A country's name from its ISO 3166-1 alpha-2 code; `XK` is Kosovo. */
  country(code: string): string {
    try {
      return (this.#regions ??= new Intl.DisplayNames([intlOf(this.lang)], { type: 'region', fallback: 'code' })).of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  }

  /**
   * `A, B and C`, as `Intl.ListFormat` writes it in these five languages. Written out because the first
   * ListFormat on a page starts ICU, which costs 35–90 ms before the first paint.
   */
  list(items: string[]): string {
    if (items.length < 2) return items.join('');
    const last = items[items.length - 1];
    // Spanish writes `e` before an `i` sound: `Francia e Italia`, `agua e hielo` but `nieve y hielo`.
    const and = this.lang === 'es' && /^(i|hi(?![ae]))/i.test(last) ? 'e' : AND[this.lang];
    return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
  }
}

const AND: Record<Lang, string> = { en: 'and', de: 'und', fr: 'et', es: 'y', it: 'e' };

/** The thousands separator, and the number of digits from which it is used: Spanish and Italian write `1000` but `10.000`. */
const GROUPS: Record<Lang, [string, number]> = { en: [',', 4], de: ['.', 4], fr: ['\u202f', 4], es: ['.', 5], it: ['.', 5] };

/**
 * True where `Intl.PluralRules` gives `one` in these five languages: 1, and in French also 0 and the
 * fractions below 2. (Their other forms, such as `many` for millions, take the `other` message.) Written
 * out for the reason `list` is: a PluralRules would start ICU before the wheel's first paint.
 */
const isOne = (lang: Lang, n: number) => (lang === 'fr' ? Math.abs(n) < 2 : Math.abs(n) === 1);

const controllers = new Set<LocaleController<string>>();
let observer: MutationObserver | undefined;

/** Any `lang` change anywhere may change an element's language: one observer serves every element. */
function watch(controller: LocaleController<string>) {
  controllers.add(controller);
  observer ??= new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  if (controllers.size === 1) {
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LocaleController<string>) {
  controllers.delete(controller);
  if (controllers.size === 0) observer?.disconnect();
}

/** What a locale controller needs of its host: a way to hold its next render until the messages are there. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  waitFor(work: Promise<unknown>): void;
}

/** Each catalogue's other languages, requested once for every element that uses it. */
const loads = new WeakMap<Catalogue, Promise<Translations>>();

function translationsOf<K extends string>(catalogue: Catalogue<K>): Promise<Translations<K>> {
  let load = loads.get(catalogue);
  if (!load) {
    loads.set(catalogue, (load = catalogue.translations()));
    load.catch(() => loads.delete(catalogue));
  }
  return load as Promise<Translations<K>>;
}

/**
 * Keeps a host's language in step with its own or its closest ancestor's `lang`, and re-renders it on
 * change. A language other than English holds the host's next render until its messages have loaded; if
 * they cannot be loaded, the host stays in the language it had.
 */
export class LocaleController<K extends string> implements ReactiveController {
  #format: Formatter<K>;
  #wanted: Lang = 'en';
  #warned?: string;

  constructor(
    private readonly host: LocaleHost,
    private readonly catalogue: Catalogue<K>,
  ) {
    this.#format = new Formatter('en', catalogue.en);
    host.addController(this);
  }

  /** The formatter for the current language. */
  get format(): Formatter<K> {
    return this.#format;
  }

  get lang(): Lang {
    return this.#format.lang;
  }

  hostConnected() {
    watch(this);
    this.refresh();
  }

  hostDisconnected() {
    unwatch(this);
  }

  /** An element's own `lang` that no catalogue serves gets one warning; an ancestor's is the page's business. */
  #warnUnsupported(tag: string | null) {
    if (tag === null || tag === this.#warned || isSupported(tag)) return;
    this.#warned = tag;
    console.warn(`<${this.host.localName}>: lang="${tag}" is not one of ${LANGS.join(', ')}; using en.`);
  }

  refresh() {
    this.#warnUnsupported(this.host.getAttribute('lang'));
    const lang = toLang(langOf(this.host));
    if (lang === this.#wanted) return;
    this.#wanted = lang;
    const { en } = this.catalogue;
    if (lang === 'en') return this.#use(new Formatter(lang, en));
    this.host.waitFor(
      translationsOf(this.catalogue).then(
        (all) => this.#wanted === lang && this.#use(new Formatter(lang, all[lang], en)),
        () => {
          this.#wanted = this.lang;
          console.warn(`<${this.host.localName}>: the ${lang} messages could not be loaded; using ${this.lang}.`);
        },
      ),
    );
  }

  #use(format: Formatter<K>) {
    this.#format = format;
    this.host.requestUpdate();
  }
}

/** True when a language tag names one of the UI languages: `de-AT` does, `nl` does not. */
const isSupported = (tag: string) => toLang(tag) !== 'en' || /^en\b/i.test(tag.trim());
