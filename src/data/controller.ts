import { Task, TaskStatus } from '@lit/task';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Formatter } from '../shared/locale.js';
import type { SharedKey } from '../shared/messages.js';
import { IcleiErrorEvent, IcleiLoadEvent } from '../shared/events.js';
import { aborted, fetchJson, LoadError } from './load.js';
import type { RecordIssue, Validation } from './validate.js';

/** What an element offers its data controller. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** A dataset object set by a page script: wins over `src` and the bundled default. */
  data?: unknown;
  /** URL of a dataset, relative to the page. */
  src?: string;
  loading: 'lazy' | 'eager';
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
}

export interface DataOptions<T> {
  /** The bundled dataset, imported lazily so that it stays out of the entry. */
  bundled: () => Promise<unknown>;
  validate: (json: unknown) => Validation<T>;
  /** The number of items drawn after filters, for `iclei-load`. */
  count: (value: T) => number;
  /** The formatter of the host's current language, for the error messages. */
  format: () => Formatter<SharedKey>;
  /**
   * What is drawn with the data and loads beside it (the map's basemap): the data counts as loaded once this
   * has settled too, so that both are drawn in one update rather than one after the other. Its failure is
   * the caller's to report: the data is drawn without it.
   */
  beside?: () => Promise<unknown> | undefined;
}

export interface Loaded<T> {
  value: T;
  issues: RecordIssue[];
}

/** How far outside the viewport a lazy element starts loading. */
const NEAR = '300px';

/**
 * Loads, validates and tracks an element's dataset: the `data` property, else `src`, else the bundled
 * default; applies the inline JSON config; renders the loading, error and fallback states; and fires
 * `iclei-load` and `iclei-error`.
 */
export class DataController<T> implements ReactiveController {
  readonly task: Task<[unknown, string | undefined, boolean], Loaded<T>>;
  #near = false;
  #observer?: IntersectionObserver;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions<T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([data, src, near], { signal }) => this.#load(data, src, near, signal),
      args: () => [host.data, host.src, this.near],
      onComplete: (loaded) => this.#loaded(loaded),
      onError: (error) => this.#failed(error),
    });
  }

  /** True once the host is near the viewport, or eager: its data, and what is drawn with it, may load. */
  get near(): boolean {
    return this.#near || this.host.loading === 'eager';
  }

  /** The valid dataset, once loaded. */
  get value(): T | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value?.value : undefined;
  }

  hostConnected() {
    this.#applyConfig();
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#near = true;
        this.#observer?.disconnect();
        this.host.requestUpdate();
      },
      { rootMargin: NEAR },
    );
    if (!this.#near) this.#observer.observe(this.host);
  }

  hostDisconnected() {
    this.#observer?.disconnect();
  }

  /** The loading placeholder, the error with the fallback content, or `complete(value)`. */
  render(complete: (value: T) => unknown): unknown {
    const t = this.options.format();
    return this.task.render({
      initial: () => this.#placeholder(t),
      pending: () => this.#placeholder(t),
      complete: (loaded) => complete(loaded.value),
      error: (error) => html`<div class="state error" part="error" role="alert">${this.#message(error, t)}</div>
        <slot></slot>`,
    });
  }

  /** The message shown where filters leave nothing to draw. */
  renderEmpty(): TemplateResult {
    return html`<p class="state empty" part="empty" role="status">${this.options.format().t('empty')}</p>`;
  }

  async #load(data: unknown, src: string | undefined, near: boolean, signal: AbortSignal): Promise<Loaded<T>> {
    if (!near) await aborted(signal);
    const json = data ?? (src ? await fetchJson(src, signal) : await this.options.bundled());
    const result = this.options.validate(json);
    if (!result.ok) throw new LoadError(result.code, { reason: result.reason, version: String((json as { version?: unknown })?.version) });
    await this.options.beside?.()?.catch(() => 0);
    return { value: result.value, issues: result.issues };
  }

  #loaded({ value, issues }: Loaded<T>) {
    if (issues.length) {
      const t = this.options.format();
      console.warn(`<${this.host.localName}>: records left out`, issues);
      this.host.dispatchEvent(new IcleiErrorEvent(t.t('error.records', { count: issues.length }), 'records', issues));
    }
    // The task calls this before it asks its host to render the data: ask first, so that the event waits for that render.
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      if (this.value === value) this.host.dispatchEvent(new IcleiLoadEvent(this.options.count(value)));
    });
  }

  #failed(error: unknown) {
    const loadError = error instanceof LoadError ? error : undefined;
    this.host.dispatchEvent(new IcleiErrorEvent(this.#message(error, this.options.format()), loadError?.code ?? 'network'));
  }

  #message(error: unknown, t: Formatter<SharedKey>): string {
    if (!(error instanceof LoadError)) return t.t('error.network');
    return t.t(`error.${error.code}` as SharedKey, error.params);
  }

  #placeholder(t: Formatter<SharedKey>) {
    return html`<div class="state placeholder" part="placeholder" role="status" aria-live="polite">
      <span class="visually-hidden">${t.t('loading')}</span>
    </div>`;
  }

  /** A child `<script type="application/json">` sets the attributes the element does not already have. */
  #applyConfig() {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    let config: unknown;
    try {
      config = JSON.parse(script.textContent ?? '');
    } catch {
      config = undefined;
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      const message = `<${this.host.localName}>: the inline JSON config is not a JSON object; it is ignored.`;
      console.warn(message);
      this.host.dispatchEvent(new IcleiErrorEvent(message, 'config'));
      return;
    }
    const observed = (this.host.constructor as unknown as { observedAttributes: string[] }).observedAttributes;
    for (const [name, value] of Object.entries(config)) {
      if (!observed.includes(name) || this.host.hasAttribute(name) || value === false || value === null) continue;
      this.host.attributeChangedCallback(name, null, value === true ? '' : String(value));
    }
  }
}

