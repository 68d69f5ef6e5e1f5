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

/** Every sector of a layout: each theme followed by its commitments. */
export const segments = (layout: WheelLayout): Segment[] => layout.themes.flatMap((t) => [t, ...t.commitments]);

/** Where the wheel opens on one theme: its index and the progress `t`, 0 (closed) to 1 (open). */
export interface Drill {
  index: number;
  t: number;
}

/** The central disc, as a fraction of the radius. */
const CENTER = 0.37;
/** A ring's inner and outer radii as fractions of the wheel's, each when closed and when open. */
type Ring = Record<'inner' | 'outer', [closed: number, open: number]>;
const RINGS: Record<'theme' | 'commitment', Ring> = {
  theme: { inner: [0.38, 0.38], outer: [0.63, 0.5] },
  commitment: { inner: [0.642, 0.512], outer: [1, 1] },
};

/** The gap between neighbouring sectors, in pixels. */
export const GAP = 2;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** The cubic in-out easing of the drill-down animation. */
export const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The angle `a` brought into [0, 2π). */
export const normalize = (a: number) => ((a % TAU) + TAU) % TAU;

/** The point at radius `r` and angle `a`, as SVG path coordinates. */
export const point = (r: number, a: number) => `${(r * Math.sin(a)).toFixed(2)},${(-r * Math.cos(a)).toFixed(2)}`;

/**
 * The SVG path of an annular sector, with a constant gap of `GAP` pixels to its neighbours (their
 * edges are parallel, as with d3-shape's `padRadius`, in a few lines instead of a dependency). The
 * inner radius is above zero and below the outer: the wheel's is at least 15 px, so no pie slices are drawn.
 */
export function sectorD({ start, end, inner, outer }: Sector): string {
  const span = end - start;
  if (span >= TAU - 1e-6) {
    // A full ring: the outer circle clockwise, the inner one back, leaving the hole.
    const circle = (r: number, sweep: 0 | 1) => `M0,${-r}A${r},${r} 0 1 ${sweep} 0,${r}A${r},${r} 0 1 ${sweep} 0,${-r}`;
    return `${circle(outer, 1)}${circle(inner, 0)}Z`;
  }
  // The angle that half the gap takes at radius `r`.
  const pad = (r: number) => Math.asin(Math.min(1, GAP / 2 / r));
  const [o0, o1] = [start + pad(outer), end - pad(outer)];
  // Too narrow (or empty) for the gap: nothing to draw.
  if (o1 <= o0) return '';
  const [i0, i1] = [start + pad(inner), end - pad(inner)];
  const outerArc = `M${point(outer, o0)}A${outer},${outer} 0 ${o1 - o0 > Math.PI ? 1 : 0} 1 ${point(outer, o1)}`;
  // Where the gap closes the inner edge, the sector ends in a point.
  if (i1 <= i0) return `${outerArc}L${point(GAP / 2 / Math.sin(span / 2), (start + end) / 2)}Z`;
  return `${outerArc}L${point(inner, i1)}A${inner},${inner} 0 ${i1 - i0 > Math.PI ? 1 : 0} 0 ${point(inner, i0)}Z`;
}

/**
 * The angle span of each theme. Closed, themes share the turn equally, the first starting at
 * 12 o'clock. Opening theme `index` turns it so that it starts at 12 o'clock and widens it to the
 * full turn while the others shrink to nothing.
 */
export function themeSpans(count: number, drill: Drill | null = null): { start: number; end: number }[] {
  const step = TAU / count;
  if (!drill) return Array.from({ length: count }, (_, i) => ({ start: i * step, end: (i + 1) * step }));
  const { index, t } = drill;
  const from = index * step;
  const start = lerp(from, from > Math.PI ? TAU : 0, t);
  const spans = new Array<{ start: number; end: number }>(count);
  let angle = start;
  for (let k = 0; k < count; k++) {
    const i = (index + k) % count;
    const width = i === index ? lerp(step, TAU, t) : step * (1 - t);
    spans[i] = { start: angle, end: angle + width };
    angle += width;
  }
  return spans;
}

/**
 * The wheel: an inner ring of themes at equal angles and an outer ring in which each theme's
 * commitments share its angle equally. Sectors that the drill-down has shrunk to nothing are left out.
 */
export function wheelLayout(themes: readonly WheelTheme[], radius: number, drill: Drill | null = null): WheelLayout {
  const t = drill?.t ?? 0;
  const ring = ({ inner, outer }: Ring) => ({
    inner: radius * lerp(...inner, t),
    outer: radius * lerp(...outer, t),
  });
  const themeRing = ring(RINGS.theme);
  const commitmentRing = ring(RINGS.commitment);
  const spans = themeSpans(themes.length, drill);
  const segments: ThemeSegment[] = [];
  themes.forEach((theme, i) => {
    const { start, end } = spans[i];
    if (end - start < 1e-6) return;
    const step = (end - start) / theme.commitments.length;
    const commitments = theme.commitments.map((c, j) => {
      const sector = { start: start + j * step, end: start + (j + 1) * step, ...commitmentRing };
      return { id: c.id, theme: i, ...sector, path: sectorD(sector) };
    });
    const sector = { start, end, ...themeRing };
    segments.push({ id: theme.id, theme: i, ...sector, path: sectorD(sector), commitments });
  });
  return { radius, center: radius * CENTER, themes: segments };
}
