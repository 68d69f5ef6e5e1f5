import type { WheelTheme } from './commitment-wheel.layout.js';

/**
 * The item a key press moves to from `current`, in the wheel's themes as shown (all of them, or the
 * one opened). Left and Right go around a ring, wrapping; Down goes out from a theme to its first
 * commitment, Up back in to the theme; Home and End go to the first and last of the ring.
 * Null when the key does not move.
 */
export function navigate(themes: readonly WheelTheme[], current: string, key: string): string | null {
  const ring0 = themes.map((t) => t.id);
  const inner = ring0.indexOf(current);
  const ring = inner >= 0 ? ring0 : themes.flatMap((t) => t.commitments.map((c) => c.id));
  const at = ring.indexOf(current);
  if (at < 0) return ring0[0] ?? null;
  const moves: Record<string, string | undefined> = {
    ArrowRight: ring[(at + 1) % ring.length],
    ArrowLeft: ring[(at - 1 + ring.length) % ring.length],
    Home: ring[0],
    End: ring[ring.length - 1],
    ArrowDown: themes[inner]?.commitments[0]?.id,
    ArrowUp: inner < 0 ? themes.find((t) => t.commitments.some((c) => c.id === current))?.id : undefined,
  };
  const next = Object.hasOwn(moves, key) ? moves[key] : undefined;
  return next !== undefined && next !== current ? next : null;
}
