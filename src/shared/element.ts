import { LitElement, type PropertyDeclarations } from 'lit';

/**
 * The attributes every element shares (API.md, "Shared by every element"). One level of inheritance, as
 * Shoelace's base element; behaviour lives in controllers (data, locale), not here.
 */
export class IcleiElement extends LitElement {
  /** The reactive properties, declared below with their documentation. */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    loading: {},
    theme: { reflect: true },
    label: {},
    description: {},
    selected: { reflect: true },
  };
  /**
   * Attributes with a fixed set of values: an unknown value falls back to the first, with a warning.
   * Subclasses add their own.
   */
  static enums: Record<string, readonly string[]> = { loading: ['lazy', 'eager'], theme: ['auto', 'light', 'dark'] };

  /** A dataset object in this element's schema: wins over `src` and the bundled default. */
  data?: unknown;
  /** URL of a dataset in this element's schema, relative to the page. */
  src?: string;
  /** `lazy`: load and draw when near the viewport; `eager`: at once. */
  loading: 'lazy' | 'eager' = 'lazy';
  /** `auto` follows the page's colour scheme; `light` or `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Visible caption and accessible name; a localized default. */
  label?: string;
  /** Replaces the generated text summary. */
  description?: string;
  /** The id of the selected item; reflects the user's choice. */
  selected?: string;

  #waits: Promise<unknown>[] = [];

  /**
   * Holds the next render until `work` settles, such as a language's messages loading.
   * @internal
   */
  waitFor(work: Promise<unknown>) {
    this.#waits.push(work);
    this.requestUpdate();
  }

  protected override async scheduleUpdate() {
    while (this.#waits.length) await Promise.allSettled(this.#waits.splice(0));
    return super.scheduleUpdate();
  }

  /** One warning for the parts of an attribute's value that name nothing; the element ignores those parts. */
  protected warnIgnored(name: string, bad: string[], what: string) {
    const value = this.getAttribute(name) ?? String((this as unknown as Record<string, unknown>)[name]);
    if (bad.length) console.warn(`<${this.localName}>: ${name}="${value}": ${bad.join(', ')} ignored (not a known ${what}).`);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    const allowed = (this.constructor as typeof IcleiElement).enums[name];
    if (!allowed || value === null || allowed.includes(value)) return;
    console.warn(`<${this.localName}>: ${name}="${value}" is not one of ${allowed.join(', ')}; using ${allowed[0]}.`);
    (this as unknown as Record<string, string>)[name] = allowed[0];
  }
}
