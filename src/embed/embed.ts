// embed.html: one element from the query string, for CMSs that only allow iframes
// (`embed.html?element=signatory-map&document=aalborg-charter&lang=de`). The page tells its parent
// its height by postMessage; the README's snippet resizes the iframe.
import '../define.js';

/** Message type posted to the parent window with the page's height in CSS pixels. */
export const HEIGHT_MESSAGE = 'iclei-embed-height';

const ELEMENTS = ['signatory-map', 'commitment-wheel', 'timeline'];

const params = new URLSearchParams(location.search);
const name = params.get('element') ?? '';
const tag = ELEMENTS.includes(name) ? `iclei-${name}` : '';
const id = params.get('id') ?? '';

if (params.get('lang')) document.documentElement.lang = params.get('lang')!;

const main = document.querySelector('main')!;
if (tag) {
  const element = document.createElement(tag);
  const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
  for (const [key, value] of params) {
    if (observed.includes(key)) element.setAttribute(key, value);
  }
  element.setAttribute('loading', 'eager');
  main.replaceChildren(element);
}

new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (window.parent !== window) window.parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, '*');
}).observe(document.documentElement);
