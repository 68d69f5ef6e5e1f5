import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Record<string, string | number | undefined>;

const kebab = (name: string) => (name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Sets inline styles through the CSS object model only. Lit's styleMap writes a `style` attribute on
 * first render, which a strict `style-src 'self'` policy blocks; this never writes the attribute.
 */
class StyleProperties extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('styleProps belongs in a style attribute binding');
  }

  render(_props: StyleProps) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      const property = kebab(name);
      next.add(property);
      style.setProperty(property, String(value));
    }
    for (const property of this.#previous) if (!next.has(property)) style.removeProperty(property);
    this.#previous = next;
    return noChange;
  }
}

export const styleProps = directive(StyleProperties);
