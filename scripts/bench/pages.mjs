// The benchmark pages: ours (the built CDN bundle), each peer library, and the floors. Every page fetches
// the same dataset, draws it in the same 1280-pixel-wide viewport, and calls `__bench.done()` when its
// library says it has drawn; the harness then waits two animation frames and notes `performance.now()`,
// which counts from navigation start.

const NM = '/node_modules';

/** Timing, frame recording and the "drawn" test shared by every page. */
const HARNESS = `<script>
window.__bench = {
  done(note) {
    if (this.pending || this.t !== undefined) return;
    this.pending = true;
    this.note = note;
    requestAnimationFrame(() => requestAnimationFrame(() => { this.t = performance.now(); console.debug('bench:done'); }));
  },
  /** Calls done() once test() holds, checked every frame; after limit ms it gives up and says so. */
  until(test, note, limit = 5000) {
    const start = performance.now();
    const check = () => {
      if (test()) return this.done(note);
      if (performance.now() - start > limit) return this.done('gave up waiting: ' + note);
      requestAnimationFrame(check);
    };
    check();
  },
  frames: [],
  record() {
    this.frames = [];
    this.recording = true;
    let last = performance.now();
    const tick = (now) => {
      if (!this.recording) return;
      this.frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
  },
  stop() { this.recording = false; return this.frames; },
};
addEventListener('error', (e) => { window.__bench.error = String(e.message); });
</script>`;

const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<style>html,body{margin:0;font:16px/1.4 system-ui,sans-serif}</style>
${HARNESS}
${head}
</head><body>
${body}
</body></html>`;

/** Sets `src` only where a dataset other than the bundled one is wanted. */
const srcAttr = (src) => (src ? ` src="${src}"` : '');

/**
 * Our element from the CDN bundle. `ready` is a JS expression on `el` that tells when the first complete
 * draw is on screen, checked each frame after `iclei-load`. With `viaData`, the page fetches and parses
 * `src` itself and adds the element with its `data` property set (for a dataset past the element's `src`
 * size limit); an element on the page before that would draw its bundled dataset first and end the run.
 */
function ours(tag, file, src, ready = 'true', viaData = false) {
  const load = viaData
    ? `<script>fetch(${JSON.stringify(src)}).then((r) => r.json()).then((data) => { const el = document.createElement('${tag}'); el.setAttribute('loading', 'eager'); el.data = data; document.body.append(el); });</script>`
    : '';
  return page(
    `ours ${tag}`,
    `<script>
customElements.whenDefined('${tag}').then(() => { __bench.defined = performance.now(); });
document.addEventListener('iclei-load', (e) => { const el = e.target; __bench.loaded = performance.now(); __bench.count = e.count; __bench.until(() => ${ready}, 'iclei-load'); }, { once: true });
document.addEventListener('iclei-error', (e) => { __bench.error = e.message; }, { once: true });
</script>
<script type="module" src="/dist/cdn/${file}.js"></script>`,
    viaData ? load : `<${tag} loading="eager"${srcAttr(src)}></${tag}>`,
  );
}

// The map, drawn at the element's own size: the full 1280-pixel width and its 720-pixel tallest height.
const MAP_H = 720;

/** Our map: `iclei-load`, then the basemap's countries drawn too (they load just after the points). */
export const oursMap = (src, viaData) => ours('iclei-signatory-map', 'signatory-map', src, `!!el.shadowRoot && !!el.shadowRoot.querySelector('path[part~="country"]')`, viaData);

/**
 * Leaflet + Leaflet.markercluster as a partner would use them: default markers in a cluster group, over the
 * same European countries (our basemap converted to GeoJSON), fitted to Europe.
 */
export const leafletMap = (src, geo) =>
  page(
    'Leaflet + markercluster',
    `<link rel="stylesheet" href="${NM}/leaflet/dist/leaflet.css">
<link rel="stylesheet" href="${NM}/leaflet.markercluster/dist/MarkerCluster.css">
<link rel="stylesheet" href="${NM}/leaflet.markercluster/dist/MarkerCluster.Default.css">
<script src="${NM}/leaflet/dist/leaflet.js"></script>
<script src="${NM}/leaflet.markercluster/dist/leaflet.markercluster.js"></script>`,
    `<div id="map" style="width:100%;height:${MAP_H}px;background:#eef4f7"></div>
<script>
Promise.all([fetch(${JSON.stringify(src)}).then((r) => r.json()), fetch(${JSON.stringify(geo)}).then((r) => r.json())]).then(([data, europe]) => {
  const map = L.map('map', { preferCanvas: true, maxZoom: 18, zoomSnap: 0.25 }).fitBounds([[34, -25], [71, 45]]);
  L.geoJSON(europe, { style: { color: '#fff', weight: 1, fillColor: '#dde3e8', fillOpacity: 1 } }).addTo(map);
  const markers = L.markerClusterGroup();
  markers.addLayers(data.signatories.map((s) => L.marker([s.lat, s.lon], { title: s.name })));
  map.addLayer(markers);
  window.__map = map;
  __bench.count = data.signatories.length;
  __bench.done('markers added');
});
</script>`,
  );

/** The floor: fetch and parse the same JSON, then draw one dot per signatory on a canvas. */
export const floorMap = (src) =>
  page(
    'floor: JSON + canvas dots',
    '',
    `<canvas id="c" width="1280" height="${MAP_H}" style="display:block"></canvas>
<script>
fetch(${JSON.stringify(src)}).then((r) => r.json()).then((data) => {
  const ctx = document.getElementById('c').getContext('2d');
  const x = (lon) => (lon + 25) * 1280 / 70;
  const y = (lat) => (71 - lat) * ${MAP_H} / 37;
  ctx.fillStyle = '#00608a';
  ctx.beginPath();
  for (const s of data.signatories) { ctx.moveTo(x(s.lon) + 3, y(s.lat)); ctx.arc(x(s.lon), y(s.lat), 3, 0, 2 * Math.PI); }
  ctx.fill();
  __bench.count = data.signatories.length;
  __bench.done('dots drawn');
});
</script>`,
  );

/** Our timeline; the real events come from the bundled dataset unless `src` says otherwise. */
export const oursTimeline = (src) => ours('iclei-timeline', 'timeline', src);

/** Our schema's dates (`1994`, `1994-05`, `1994-05-24`) in TimelineJS's form, written by the partner. */
const TL_DATES = `const tlDate = (s) => { const [year, month, day] = s.split('-').map(Number); return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) }; };`;

/** Knight Lab's TimelineJS 3, from the package's own dist (its fonts and locale served from there too). */
export const timelineJs = (src) =>
  page(
    'TimelineJS',
    `<link rel="stylesheet" href="${NM}/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="${NM}/@knight-lab/timelinejs/dist/js/timeline.js"></script>`,
    `<div id="tl" style="width:100%;height:600px"></div>
<script>
${TL_DATES}
fetch(${JSON.stringify(src)}).then((r) => r.json()).then((data) => {
  const events = data.events.map((e) => ({ unique_id: e.id, start_date: tlDate(e.start), ...(e.end ? { end_date: tlDate(e.end) } : {}), text: { headline: e.title, text: e.summary } }));
  const tl = new TL.Timeline('tl', { events }, { script_path: new URL('${NM}/@knight-lab/timelinejs/dist/js/', location.href).href });
  __bench.count = events.length;
  tl.on('ready', () => __bench.done('ready'));
});
</script>`,
  );

/** vis-timeline's standalone build (it injects its own CSS), one item per event. */
export const visTimeline = (src) =>
  page(
    'vis-timeline',
    `<script src="${NM}/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>`,
    `<div id="tl" style="width:100%"></div>
<script>
fetch(${JSON.stringify(src)}).then((r) => r.json()).then((data) => {
  // vis reads a bare year as milliseconds: the partner writes full dates.
  const day = (s) => (s.length === 4 ? s + '-01-01' : s.length === 7 ? s + '-01' : s);
  const items = new vis.DataSet(data.events.map((e) => ({ id: e.id, content: e.title, start: day(e.start), ...(e.end ? { end: day(e.end) } : {}), title: e.summary })));
  const timeline = new vis.Timeline(document.getElementById('tl'), items, { maxHeight: 600 });
  __bench.count = items.length;
  timeline.once('changed', () => __bench.done('changed'));
});
</script>`,
  );

/** Our wheel, from the bundled dataset. */
export const oursWheel = (src) => ours('iclei-commitment-wheel', 'commitment-wheel', src);

/** An ECharts sunburst of the 10 themes and 50 commitments (full ECharts build, as its docs show). */
export const echartsWheel = (src) =>
  page(
    'ECharts sunburst',
    `<script src="${NM}/echarts/dist/echarts.min.js"></script>`,
    `<div id="wheel" style="width:100%;height:720px"></div>
<script>
fetch(${JSON.stringify(src)}).then((r) => r.json()).then((data) => {
  const chart = echarts.init(document.getElementById('wheel'));
  chart.on('finished', () => __bench.done('finished'));
  chart.setOption({
    animation: false,
    series: [{ type: 'sunburst', radius: [60, '95%'], label: { rotate: 'radial', fontSize: 10 },
      data: data.themes.map((t) => ({ name: t.title, children: t.commitments.map((c) => ({ name: c.title, value: 1 })) })) }],
  });
  __bench.count = data.themes.length;
});
</script>`,
  );

/**
 * The page-load floor for the timeline and the wheel: fetch and parse the same JSON, list the titles.
 *
 * With `drawn` (`{ tag, file, markup }`), the floor also does what none of our own code can avoid: it loads our
 * element's CDN script (the same file as ours) and, once the JSON is in, shows our element's finished markup,
 * kept from a page of ours by `KEEP_MARKUP`, in a shadow root with the same styles. It is done once that is
 * drawn and the element is defined: the least ours could take if it computed nothing.
 */
export const floorList = (src, key, drawn) =>
  page(
    drawn ? 'floor + our markup' : 'floor: JSON + list',
    drawn ? `<script type="module" src="/dist/cdn/${drawn.file}.js"></script>` : '',
    `${drawn ? '<div id="drawn"></div>' : ''}<ol id="list"></ol>
<script>
Promise.all([fetch(${JSON.stringify(src)}).then((r) => r.json()).then((data) => {
  const list = document.getElementById('list');
  for (const item of data[${JSON.stringify(key)}]) list.append(Object.assign(document.createElement('li'), { textContent: item.title }));
  __bench.count = data[${JSON.stringify(key)}].length;${
    drawn
      ? `
  const { html, css } = ${JSON.stringify(drawn.markup).replace(/</g, '\\u003c')};
  document.getElementById('drawn').attachShadow({ mode: 'open' }).innerHTML = '<style>' + css + '</style>' + html;`
      : ''
  }
})${drawn ? `, customElements.whenDefined('${drawn.tag}')` : ''}]).then(() => __bench.done('listed'));
</script>`,
  );

/**
 * Added to a page of ours, keeps in `__bench.markup` our element's markup as it is when it fires `iclei-load`
 * (its first complete draw; at 1,000 events, the visible stretch): its shadow root's HTML, less Lit's comment
 * markers, and its styles.
 */
export const KEEP_MARKUP = `<script>
document.addEventListener('iclei-load', (e) => {
  const root = e.target.shadowRoot;
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\\n');
  __bench.markup = { html: root.innerHTML.replace(/<!--[^]*?-->/g, ''), css };
}, { once: true });
</script>`;

/**
 * Resolves when a page's harness is done (`console.debug('bench:done')`); call it before navigating.
 * Waiting for a console message rather than polling with `page.waitForFunction` keeps the tool out of the
 * measured time: polling makes playwright inject and compile its own script in the page as soon as it
 * loads, 30–50 ms of main-thread work that delayed whatever the page had to run next (traced).
 */
export function doneOf(page, timeout) {
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:done', timeout });
  // A page that fails before it is done is reported by the caller; no unhandled rejection meanwhile.
  done.catch(() => {});
  return done;
}
