import type { WheelTheme } from './commitment-wheel.layout.js';

/**
 * The item a key press moves to from `current`, in the wheel's themes as shown (all of them, or the
 * one opened). Left and Right go around a ring, wrapping; Down goes out from a theme to its first
 * commitment, Up back in to the theme; Home and End go to the first and last of the ring.
 * Null when the key does not move.
 */
export function navigate(themes: readonly WheelTheme[], current: string, key: string): string | null {
  const ring0 = themes.map((t) => t.id);
  const ring1 = themes.flatMap((t) => t.commitments.map((c) => c.id));
  const inner = ring0.indexOf(current);
  const ring = inner >= 0 ? ring0 : ring1;
  const at = inner >= 0 ? inner : ring1.indexOf(current);
  if (at < 0) return ring0[0] ?? null;
  const step = (by: number) => ring[(at + by + ring.length) % ring.length];
  let next: string | undefined;
  switch (key) {
    case 'ArrowRight':
      next = step(1);
      break;
    case 'ArrowLeft':
      next = step(-1);
      break;
    case 'Home':
      next = ring[0];
      break;
    case 'End':
      next = ring[ring.length - 1];
      break;
    case 'ArrowDown':
      next = inner >= 0 ? themes[inner].commitments[0]?.id : undefined;
      break;
    case 'ArrowUp':
      next = inner >= 0 ? undefined : themes.find((t) => t.commitments.some((c) => c.id === current))?.id;
      break;
  }
  return next !== undefined && next !== current ? next : null;
}
