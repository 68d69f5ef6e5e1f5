import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import manifest from '../custom-elements.json';

interface Attribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}

const TAGS = ['iclei-signatory-map', 'iclei-commitment-wheel', 'iclei-timeline'];
/** Attributes an editor does not set in a snippet. */
const SKIP = new Set(['loading']);

/** The element's attributes, as the custom-elements manifest lists them. */
function attributesOf(tag: string): Attribute[] {
  for (const module of manifest.modules as { declarations?: { tagName?: string; attributes?: Attribute[] }[] }[]) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return (declaration.attributes ?? []).filter((a) => !SKIP.has(a.name));
    }
  }
  return [];
}

/** The string literals of a union type such as `'auto' | 'light' | 'dark'`, or none. */
function choices(type = ''): string[] {
  const literals = type.split('|').map((t) => t.trim());
  return literals.every((t) => /^'[^']*'$/.test(t)) ? literals.map((t) => t.slice(1, -1)) : [];
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The embed builder: choose an element and its options, see it live, copy the script snippet or the
 * iframe snippet. A tool of the demo, not part of the library.
 */
export class EmbedBuilder extends LitElement {
  static override styles = css`
    :host { display: grid; gap: 1.5rem; grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr); font: inherit; }
    @media (max-width: 50rem) { :host { grid-template-columns: minmax(0, 1fr); } }
    form { display: grid; gap: 0.75rem; align-content: start; }
    label { display: grid; gap: 0.2rem; font-weight: 600; }
    label.check { display: flex; gap: 0.5rem; align-items: center; }
    small { font-weight: 400; color: #555; }
    input, select { font: inherit; padding: 0.3rem; }
    pre { white-space: pre-wrap; word-break: break-all; background: #f3f3f0; padding: 0.75rem; border-radius: 4px; }
    .preview { border: 1px dashed #999; padding: 1rem; min-height: 20rem; }
    button { font: inherit; padding: 0.4rem 0.8rem; }
  `;

  static override properties: PropertyDeclarations = { tag: { state: true }, values: { state: true }, base: { state: true }, copied: { state: true } };

  private tag = TAGS[0];
  private values: Record<string, string | boolean> = {};
  private base = 'https://your-site.example/iclei-embeds/';
  private copied = '';

  #set(name: string, value: string | boolean) {
    this.values = { ...this.values, [name]: value };
  }

  #attributes(): [string, string | true][] {
    return Object.entries(this.values).filter((e): e is [string, string | true] => e[1] !== '' && e[1] !== false);
  }

  scriptSnippet(): string {
    const attrs = this.#attributes().map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');
    const base = escape(this.base);
    return `<link rel="stylesheet" href="${base}iclei-embeds.css">\n<script type="module" src="${base}iclei-embeds.js"></script>\n<${this.tag}${attrs}></${this.tag}>`;
  }

  iframeSnippet(): string {
    const query = new URLSearchParams({ element: this.tag.replace(/^iclei-/, '') });
    for (const [name, value] of this.#attributes()) query.set(name, value === true ? '' : value);
    query.set('id', 'iclei-embed');
    return `<iframe id="iclei-embed" title="${escape(this.tag.replace(/^iclei-/, '').replace('-', ' '))}" style="width: 100%; height: 640px; border: 0"\n  src="${escape(`${this.base}embed.html?${query}`)}"></iframe>`;
  }

  async #copy(text: string, what: string) {
    await navigator.clipboard.writeText(text);
    this.copied = `${what} copied.`;
  }

  #field(attribute: Attribute) {
    const type = attribute.type?.text ?? '';
    const help = attribute.description ? html`<small>${attribute.description}</small>` : nothing;
    if (type === 'boolean') {
      return html`<label class="check"><input type="checkbox" .checked=${!!this.values[attribute.name]}
        @change=${(e: Event) => this.#set(attribute.name, (e.target as HTMLInputElement).checked)} />${attribute.name} ${help}</label>`;
    }
    const options = choices(type);
    if (options.length) {
      return html`<label>${attribute.name} ${help}
        <select @change=${(e: Event) => this.#set(attribute.name, (e.target as HTMLSelectElement).value)}>
          <option value="">default${attribute.default ? ` (${attribute.default.replace(/'/g, '')})` : ''}</option>
          ${options.map((o) => html`<option ?selected=${this.values[attribute.name] === o}>${o}</option>`)}
        </select></label>`;
    }
    return html`<label>${attribute.name} ${help}
      <input .value=${String(this.values[attribute.name] ?? '')} @input=${(e: Event) => this.#set(attribute.name, (e.target as HTMLInputElement).value)} /></label>`;
  }

  #preview() {
    const element = document.createElement(this.tag);
    for (const [name, value] of this.#attributes()) element.setAttribute(name, value === true ? '' : value);
    element.setAttribute('loading', 'eager');
    return element;
  }

  override render() {
    return html`
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Embed options">
        <label>Element
          <select @change=${(e: Event) => ((this.tag = (e.target as HTMLSelectElement).value), (this.values = {}))}>
            ${TAGS.map((tag) => html`<option ?selected=${tag === this.tag}>${tag}</option>`)}
          </select></label>
        ${attributesOf(this.tag).map((a) => this.#field(a))}
        <label>Where dist/cdn/ is served
          <input .value=${this.base} @input=${(e: Event) => (this.base = (e.target as HTMLInputElement).value)} /></label>
      </form>
      <div>
        <h2>Preview</h2>
        <div class="preview">${this.#preview()}</div>
        <h2>Script snippet</h2>
        <pre><code>${this.scriptSnippet()}</code></pre>
        <button type="button" @click=${() => this.#copy(this.scriptSnippet(), 'Script snippet')}>Copy script snippet</button>
        <h2>Iframe snippet (where scripts are forbidden)</h2>
        <pre><code>${this.iframeSnippet()}</code></pre>
        <button type="button" @click=${() => this.#copy(this.iframeSnippet(), 'Iframe snippet')}>Copy iframe snippet</button>
        <p role="status">${this.copied}</p>
      </div>
    `;
  }
}

if (!customElements.get('iclei-embed-builder')) customElements.define('iclei-embed-builder', EmbedBuilder);
