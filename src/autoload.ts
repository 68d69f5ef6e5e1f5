// Registers only the elements a page uses: each element's code loads when its tag first appears in
// the document, now or later (a CMS that adds content after load).
const elements: Record<string, () => Promise<unknown>> = {
  'iclei-signatory-map': () => import('./signatory-map/signatory-map.define.js'),
  'iclei-commitment-wheel': () => import('./commitment-wheel/commitment-wheel.define.js'),
  'iclei-timeline': () => import('./timeline/timeline.define.js'),
};

const pending = new Set(Object.keys(elements));

function discover(observer?: MutationObserver) {
  for (const tag of pending) {
    if (customElements.get(tag)) pending.delete(tag);
    else if (document.querySelector(tag)) {
      pending.delete(tag);
      elements[tag]().catch((error) => console.error(`iclei-embeds: <${tag}> could not be loaded`, error));
    }
  }
  if (pending.size === 0) observer?.disconnect();
}

discover();
if (pending.size) {
  const observer = new MutationObserver(() => discover(observer));
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
