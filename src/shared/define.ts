/** Registers a custom element once: a bundle loaded twice (two widgets, two versions) raises no error. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
