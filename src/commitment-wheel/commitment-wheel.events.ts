import type { Commitment, Theme } from '../data/types.js';
import { IcleiSelectEvent } from '../shared/events.js';

/** What `iclei-select` carries from the wheel: a theme or a commitment. */
export type WheelRecord = Theme | Commitment;

/** The wheel's `iclei-select`: `id` is a theme id (`"3"`) or a commitment id (`"3.2"`). */
export type CommitmentWheelSelectEvent = IcleiSelectEvent<WheelRecord>;

/** A theme, or a commitment with its theme, found from an id. */
export interface Resolved {
  theme: Theme;
  /** The theme's position in the data: picks its colour. */
  index: number;
  commitment?: Commitment;
}

/** Finds the theme or the commitment that `id` names; null when none does. */
export function resolve(themes: readonly Theme[], id: string | null | undefined): Resolved | null {
  if (!id) return null;
  for (const [index, theme] of themes.entries()) {
    if (theme.id === id) return { theme, index };
    const commitment = theme.commitments.find((c) => c.id === id);
    if (commitment) return { theme, index, commitment };
  }
  return null;
}
