// The map's first render time against the number of signatories, as a standalone SVG with log scales
// on both axes, drawn here without a chart library.

const W = 640;
const H = 400;
const M = { top: 40, right: 170, bottom: 48, left: 64 };
const COLOURS = { ours: '#00608a', 'Leaflet + markercluster': '#b34700', floor: '#5a6270' };
const DASH = { ours: '', 'Leaflet + markercluster': '6 4', floor: '2 4' };

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const log = Math.log10;
const label = (ms) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);
const count = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** `cases`: the map cases of a run, each with `n` and `results[contender].time.median`. */
export function chart(cases) {
  const ns = cases.map((c) => c.n);
  const times = cases.flatMap((c) => Object.values(c.results).map((r) => r.time.median)).filter((t) => t > 0);
  if (!ns.length || !times.length) return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"></svg>\n`;
  const [x0, x1] = [Math.floor(log(Math.min(...ns))), Math.ceil(log(Math.max(...ns)))];
  const [y0, y1] = [Math.floor(log(Math.min(...times))), Math.ceil(log(Math.max(...times)))];
  const sx = (n) => M.left + ((log(n) - x0) / Math.max(1, x1 - x0)) * (W - M.left - M.right);
  const sy = (t) => H - M.bottom - ((log(t) - y0) / Math.max(1, y1 - y0)) * (H - M.top - M.bottom);
  const out = [];
  // Grid: decades, with 2 and 5 between them on the time axis.
  for (let e = y0; e <= y1; e++) {
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** e;
      if (log(t) > y1) continue;
      out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${sy(t)}" y2="${sy(t)}" stroke="#d0d5da" stroke-width="${m === 1 ? 1 : 0.5}"/>`);
      out.push(`<text x="${M.left - 8}" y="${sy(t) + 4}" text-anchor="end">${label(t)}</text>`);
    }
  }
  for (let e = x0; e <= x1; e++) {
    const n = 10 ** e;
    out.push(`<line x1="${sx(n)}" x2="${sx(n)}" y1="${M.top}" y2="${H - M.bottom}" stroke="#d0d5da"/>`);
    out.push(`<text x="${sx(n)}" y="${H - M.bottom + 18}" text-anchor="middle">${count(n)}</text>`);
  }
  const names = Object.keys(cases[0].results);
  const ends = [];
  for (const name of names) {
    const points = cases.map((c) => [c.n, c.results[name]?.time.median]).filter(([, t]) => t > 0);
    const colour = COLOURS[name] ?? '#333';
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2.5" stroke-dasharray="${DASH[name] ?? ''}" points="${points.map(([n, t]) => `${sx(n).toFixed(1)},${sy(t).toFixed(1)}`).join(' ')}"/>`);
    for (const [n, t] of points) {
      out.push(`<circle cx="${sx(n).toFixed(1)}" cy="${sy(t).toFixed(1)}" r="4" fill="${colour}"><title>${esc(name)}: ${Math.round(t)} ms at ${n}</title></circle>`);
    }
    const [n, t] = points.at(-1) ?? [];
    if (n) ends.push({ x: sx(n) + 10, y: sy(t) + 4, colour, text: name === 'floor' ? 'floor (canvas dots)' : name });
  }
  // End labels, pushed apart where lines end close together.
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i].y = Math.max(ends[i].y, ends[i - 1].y + 15);
  for (const e of ends) out.push(`<text x="${e.x}" y="${e.y.toFixed(1)}" fill="${e.colour}" font-weight="bold">${esc(e.text)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12" fill="#1d2125" role="img" aria-labelledby="title">
<title id="title">Map first render (median ms) against the number of signatories, log scales</title>
<rect width="${W}" height="${H}" fill="#fff"/>
<text x="${M.left}" y="22" font-size="14" font-weight="bold">Map first render against signatories (log–log, median)</text>
${out.join('\n')}
<text x="${(M.left + W - M.right) / 2}" y="${H - 10}" text-anchor="middle">signatories</text>
<text transform="translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">first render</text>
</svg>
`;
}
