import { GAP, normalize, point, type Sector } from './commitment-wheel.layout.js';

/** The width of `text` in pixels at a font size, bold or not. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface LabelStyle {
  /** Font size of the text, in pixels. */
  size: number;
  /** Font size of the lead (the number); a line of its own on curved labels. */
  lead: number;
}

export interface LabelLine {
  text: string;
  size: number;
  /** A bold lead (the number): before the text of a radial label's first line, else alone on its line. */
  lead?: string;
  /** Curved labels: the arc the line runs along (for `<textPath>`, centred). */
  path?: string;
  /** Radial and point labels: the line's offset across the reading direction, in pixels. */
  dy?: number;
}

export interface Label {
  /** `curved` runs along the ring; `radial` along the radius, for narrow sectors; `point` is a number alone, upright. */
  mode: 'curved' | 'radial' | 'point';
  /** Radial and point labels: the transform placing the text, centred on the sector. */
  transform?: string;
  lines: LabelLine[];
  /** True when some text was cut: the full text must be one hover or focus away. */
  truncated: boolean;
}

/** Curved lines never span more than this, so that a full ring's title stays on its top or bottom. */
const MAX_CURVE = Math.PI * 0.8;
const LINE = 1.2;
/** Padding from the sector's edges, in pixels. */
const PAD = 4;
const ELLIPSIS = '…';
/** Fewer characters than this before an ellipsis are not worth showing. */
const MIN_CUT = 4;
/** A cut title showing fewer characters than this gives way to the number alone. */
const MIN_TEXT = 10;

/**
 * `word` cut with an ellipsis to fit `width`, or null when too little would remain. A longer cut is never
 * narrower, so a binary search finds the longest that fits in log n measurements: trying each length in
 * turn took the wheel 12 s on a 10,000-character title.
 */
function cut(word: string, width: number, size: number, measure: Measure): string | null {
  const text = (n: number) => word.slice(0, n).trimEnd() + ELLIPSIS;
  // The longest that fits lies in [lo, hi): lo fits (or is below MIN_CUT), hi does not (or is the whole word).
  let [lo, hi] = [MIN_CUT - 1, word.length];
  while (hi - lo > 1) {
    const n = (lo + hi) >> 1;
    if (measure(text(n), size, false) <= width) lo = n;
    else hi = n;
  }
  return lo < MIN_CUT ? null : text(lo);
}

/**
 * Fills lines of the given widths with `words`, greedily; what does not fit ends the last line
 * with an ellipsis. `first` is the width already taken on the first line (a lead).
 */
export function wrap(words: string[], widths: number[], size: number, measure: Measure, first = 0): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let i = 0;
  for (let l = 0; l < widths.length && i < words.length; l++) {
    const width = widths[l] - (l === 0 ? first : 0);
    let line = '';
    while (i < words.length) {
      const next = line ? `${line} ${words[i]}` : words[i];
      if (measure(next, size, false) > width) break;
      line = next;
      i++;
    }
    // The text ends here when a word does not fit a line of its own, or words are left for the last line.
    if (!line || (l === widths.length - 1 && i < words.length)) {
      const taken = line ? line.split(' ') : [];
      while (taken.length && measure(taken.join(' ') + ELLIPSIS, size, false) > width) {
        taken.pop();
        i--;
      }
      line = taken.length ? taken.join(' ') + ELLIPSIS : (cut(words[i], width, size, measure) ?? '');
      if (line) lines.push(line);
      return { lines, truncated: true };
    }
    lines.push(line);
  }
  return { lines, truncated: i < words.length };
}

/** A label running along the ring, its lines stacked from the outside in (flipped: from the inside out). */
function curved(sector: Sector, lead: string, words: string[], style: LabelStyle, measure: Measure): Label | null {
  const mid = normalize((sector.start + sector.end) / 2);
  const flip = Math.cos(mid) < 0;
  const span = Math.min(sector.end - sector.start, MAX_CURVE);
  const [a0, a1] = [mid - span / 2, mid + span / 2];
  const thickness = sector.outer - sector.inner - 2 * PAD;
  const leadHeight = lead ? style.lead * LINE : 0;
  const lineHeight = style.size * LINE;
  if (leadHeight > thickness) return null;
  const maxLines = Math.floor((thickness - leadHeight) / lineHeight);
  const centre = (sector.inner + sector.outer) / 2;
  // The usable length of a line: its arc at its inner edge, less the gap and the padding.
  const width = (r: number, size: number) => span * (r - size / 2) - GAP - 2 * PAD;
  const path = (r: number) => (flip ? `M${point(r, a1)}A${r},${r} 0 0 0 ${point(r, a0)}` : `M${point(r, a0)}A${r},${r} 0 0 1 ${point(r, a1)}`);
  // The fewest lines that hold the whole text centre best; else as many as fit, cut. The loop runs at
  // least once, as 0 ≤ maxLines.
  let best!: { lines: LabelLine[]; truncated: boolean };
  for (let count = Math.min(1, words.length, maxLines); count <= Math.min(maxLines, words.length); count++) {
    // Each line's radius at its middle, stacked from the outer edge of the block inwards (flipped: outwards).
    const heights = [...(lead ? [leadHeight] : []), ...Array<number>(count).fill(lineHeight)];
    const step = flip ? 1 : -1;
    let edge = centre - (step * (leadHeight + count * lineHeight)) / 2;
    const radii = heights.map((h) => (edge += step * h) - (step * h) / 2);
    if (lead && measure(lead, style.lead, true) > width(radii[0], style.lead)) return null;
    const textRadii = radii.slice(lead ? 1 : 0);
    const wrapped = wrap(words, textRadii.map((r) => width(r, style.size)), style.size, measure);
    best = {
      lines: [
        ...(lead ? [{ text: '', lead, size: style.lead, path: path(radii[0]) }] : []),
        ...wrapped.lines.map((line, k) => ({ text: line, size: style.size, path: path(textRadii[k]) })),
      ],
      truncated: wrapped.truncated,
    };
    if (!wrapped.truncated) break;
  }
  if (best.lines.length === 0) return null;
  return { mode: 'curved', ...best };
}

/** A label running along the radius (outwards on the right half, inwards on the left), lines side by side. */
function radial(sector: Sector, lead: string, words: string[], style: LabelStyle, measure: Measure): Label | null {
  const mid = normalize((sector.start + sector.end) / 2);
  const flip = Math.sin(mid) < 0;
  const length = sector.outer - sector.inner - 2 * PAD;
  const lineHeight = style.size * LINE;
  const r = (sector.inner + sector.outer) / 2;
  // Lines are centred on the middle radius; the sector is narrower inside, wider outside.
  const across = (sector.end - sector.start) * r - GAP;
  if (across < style.size) return null;
  const count = Math.max(1, Math.floor(across / lineHeight));
  const leadWidth = lead ? measure(`${lead} `, style.size, true) : 0;
  if (leadWidth > length + measure(' ', style.size, true)) return null;
  const wrapped = wrap(words, Array<number>(count).fill(length), style.size, measure, leadWidth);
  const texts = wrapped.lines.length ? wrapped.lines : [''];
  const lines: LabelLine[] = texts.map((line, k) => ({ text: line, size: style.size, dy: (k - (texts.length - 1) / 2) * lineHeight }));
  if (lead) lines[0].lead = lead;
  else if (!lines[0].text) return null;
  // In degrees, as SVG rotates.
  const angle = (mid * 180) / Math.PI + (flip ? 90 : -90);
  return {
    mode: 'radial',
    transform: `rotate(${angle.toFixed(2)}) translate(${(flip ? -r : r).toFixed(2)},0)`,
    lines,
    truncated: wrapped.truncated,
  };
}

/**
 * Places a sector's label, `lead` (its number) and `text` (its title): along the ring where the
 * sector is wider than deep, else along the radius. Never upside down; cut with an ellipsis where
 * it does not fit; null when not even the lead fits.
 */
export function fitLabel(sector: Sector, lead: string, text: string, style: LabelStyle, measure: Measure): Label | null {
  const mid = (sector.inner + sector.outer) / 2;
  const wide = (sector.end - sector.start) * mid >= sector.outer - sector.inner;
  const label = (wide ? curved : radial)(sector, lead, text.split(/\s+/).filter(Boolean), style, measure);
  if (!lead || (label && !(label.truncated && shown(label) < MIN_TEXT))) return label;
  // A stub of a title says less than none: the number alone, upright where the sector is wide.
  if (!wide) return radial(sector, lead, [], style, measure);
  const size = style.lead;
  if (measure(lead, size, true) > (sector.end - sector.start) * mid - GAP - 2 * PAD || size * LINE > sector.outer - sector.inner) return null;
  const at = point(mid, (sector.start + sector.end) / 2);
  return { mode: 'point', transform: `translate(${at})`, lines: [{ text: '', lead, size, dy: 0 }], truncated: true };
}

/** How many characters of title a label shows, its lead and ellipses aside. */
const shown = (label: Label) => label.lines.reduce((n, line) => n + line.text.replace(ELLIPSIS, '').length, 0);
