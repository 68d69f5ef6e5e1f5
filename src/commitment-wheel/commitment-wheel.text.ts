import type { Theme } from '../data/types.js';
import type { Formatter } from '../shared/locale.js';
import { clamp } from '../shared/math.js';
import type { SharedKey } from '../shared/messages.js';
import { fitLabel, type Label, type Measure } from './commitment-wheel.labels.js';
import type { WheelLayout } from './commitment-wheel.layout.js';
import type { WheelMessageKey } from './commitment-wheel.messages.js';

export interface WheelText {
  /** Each drawn item's label; none while the wheel moves. */
  labels: Map<string, Label | null>;
  /** Each item's accessible name, with the full title. */
  names: Map<string, string>;
}

/**
 * The labels and accessible names of a laid-out wheel. Font sizes follow the radius; an opened theme's
 * ring carries its number and title along its top, its commitments get larger type.
 */
export function wheelText(layout: WheelLayout, themes: readonly Theme[], t: Formatter<WheelMessageKey | SharedKey>, state: 'closed' | 'moving' | 'open', measure: Measure): WheelText {
  const labels = new Map<string, Label | null>();
  const names = new Map<string, string>();
  const r = layout.radius;
  const base = clamp(r * 0.04, 10.5, 13);
  const size = state === 'open' ? clamp(r * 0.05, 11, 15) : clamp(r * 0.036, 10, 12);
  const style = { size: base, lead: base * 1.6 };
  const commitmentStyle = { size, lead: size * 1.2 };
  for (const seg of layout.themes) {
    const theme = themes[seg.theme];
    const title = t.t('item.theme', { number: theme.number, title: theme.title });
    names.set(theme.id, `${title}, ${t.t('commitments', { count: theme.commitments.length })}`);
    if (state !== 'moving') {
      labels.set(
        theme.id,
        state === 'open'
          ? fitLabel({ ...seg, start: -Math.PI / 2, end: Math.PI / 2 }, '', title, style, measure)
          : fitLabel(seg, String(theme.number), theme.title, style, measure),
      );
    }
    theme.commitments.forEach((c, j) => {
      names.set(c.id, t.t('item.commitment', { id: c.id, title: c.title }));
      if (state !== 'moving') labels.set(c.id, fitLabel(seg.commitments[j], c.id, c.title, commitmentStyle, measure));
    });
  }
  return { labels, names };
}
