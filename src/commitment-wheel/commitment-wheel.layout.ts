import { arc } from 'd3-shape';

/** A full turn. Angles are in radians, clockwise from 12 o'clock (d3-shape's convention). */
export const TAU = 2 * Math.PI;

/** What the wheel needs of a theme: its id and its commitments' ids. */
export interface WheelTheme {
  id: string;
  commitments: readonly { id: string }[];
}

/** An annular sector. */
export interface Sector {
  start: number;
  end: number;
  inner: number;
  outer: number;
}

export interface Segment extends Sector {
  id: string;
  /** The theme's position in the data: picks its colour. */
  theme: number;
  /** The SVG path of the sector. */
  path: string;
}

export interface ThemeSegment extends Segment {
  commitments: Segment[];
}

export interface WheelLayout {
  /** Radius of the whole wheel, in pixels. */
  radius: number;
  /** Radius of the central disc. */
  center: number;
  themes: ThemeSegment[];
}

/** Where the wheel opens on one theme: its index and the progress `t`, 0 (closed) to 1 (open). */
export interface Drill {
  index: number;
  t: number;
}

/** The rings as fractions of the radius: centre, theme ring, commitment ring; closed and open. */
const RINGS = {
  closed: { center: 0.37, theme: [0.38, 0.63], commitment: [0.642, 1] },
  open: { center: 0.37, theme: [0.38, 0.5], commitment: [0.512, 1] },
} as const;

/** The gap between neighbouring sectors, in pixels. */
export const GAP = 2;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** The cubic in-out easing of the drill-down animation. */
export const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The angle `a` brought into [0, 2π). */
export const normalize = (a: number) => ((a % TAU) + TAU) % TAU;

const sectorPath = arc<Sector>()
  .startAngle((d) => d.start)
  .endAngle((d) => d.end)
  .innerRadius((d) => d.inner)
  .outerRadius((d) => d.outer)
  .padRadius(100)
  .padAngle(GAP / 100)
  .cornerRadius(3);

/** The SVG path of an annular sector, with a constant gap of `GAP` pixels to its neighbours. */
export function sectorD(sector: Sector): string {
  return sectorPath(sector) ?? '';
}

/**
 * The angle span of each theme. Closed, themes share the turn equally, the first starting at
 * 12 o'clock. Opening theme `index` turns it so that it starts at 12 o'clock and widens it to the
 * full turn while the others shrink to nothing.
 */
export function themeSpans(count: number, drill: Drill | null = null): { start: number; end: number }[] {
  if (count === 0) return [];
  const step = TAU / count;
  if (!drill) return Array.from({ length: count }, (_, i) => ({ start: i * step, end: (i + 1) * step }));
  const { index, t } = drill;
  const from = index * step;
  const start = lerp(from, from > Math.PI ? TAU : 0, t);
  const widths = Array.from({ length: count }, (_, i) => (i === index ? lerp(step, TAU, t) : step * (1 - t)));
  const spans = new Array<{ start: number; end: number }>(count);
  let angle = start;
  for (let k = 0; k < count; k++) {
    const i = (index + k) % count;
    spans[i] = { start: angle, end: angle + widths[i] };
    angle += widths[i];
  }
  return spans;
}

/**
 * The wheel: an inner ring of themes at equal angles and an outer ring in which each theme's
 * commitments share its angle equally. Sectors that the drill-down has shrunk to nothing are left out.
 */
export function wheelLayout(themes: readonly WheelTheme[], radius: number, drill: Drill | null = null): WheelLayout {
  const t = drill?.t ?? 0;
  const { closed, open } = RINGS;
  const ring = (key: 'theme' | 'commitment') => ({
    inner: radius * lerp(closed[key][0], open[key][0], t),
    outer: radius * lerp(closed[key][1], open[key][1], t),
  });
  const themeRing = ring('theme');
  const commitmentRing = ring('commitment');
  const spans = themeSpans(themes.length, drill);
  const segments: ThemeSegment[] = [];
  themes.forEach((theme, i) => {
    const { start, end } = spans[i];
    if (end - start < 1e-6) return;
    const step = (end - start) / Math.max(1, theme.commitments.length);
    const commitments = theme.commitments.map((c, j) => {
      const sector = { start: start + j * step, end: start + (j + 1) * step, ...commitmentRing };
      return { id: c.id, theme: i, ...sector, path: sectorD(sector) };
    });
    const sector = { start, end, ...themeRing };
    segments.push({ id: theme.id, theme: i, ...sector, path: sectorD(sector), commitments });
  });
  return { radius, center: radius * lerp(closed.center, open.center, t), themes: segments };
}
