import { nothing, svg, type SVGTemplateResult } from 'lit';
import { styleProps } from '../shared/style-props.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Label, LabelLine } from './commitment-wheel.labels.js';
import { segments, type Segment, type WheelLayout } from './commitment-wheel.layout.js';
import { colour } from './commitment-wheel.panels.js';

export interface SvgState {
  layout: WheelLayout;
  labels: ReadonlyMap<string, Label | null>;
  /** Accessible names of the items. */
  names: ReadonlyMap<string, string>;
  selected: string | null;
  /** The hovered or highlighted item. */
  lit: string | null;
  /** The item with the keyboard focus ring, if it shows. */
  focused: string | null;
  /** The wheel's one tab stop. */
  active: string | null;
}

/** A line's text, after its lead in bold if it has one. */
const content = (line: LabelLine) => svg`${line.lead ? svg`<tspan class="lead">${line.lead}</tspan>${line.text ? ' ' : ''}` : nothing}${line.text}`;

/** A sector's label, if it has one: its lines along arcs (`<textPath>`), or along the radius. */
function renderLabel(s: SvgState, seg: Segment, filled: boolean): SVGTemplateResult | typeof nothing {
  const label = s.labels.get(seg.id);
  if (!label) return nothing;
  const cls = `label${filled ? ' on' : ''}`;
  if (label.mode === 'curved') {
    const key = seg.id.replace(/[^\w-]/g, '_');
    return svg`<g class=${cls}>${label.lines.map(
      (line, i) => svg`<path id=${`arc-${key}-${i}`} d=${line.path} fill="none"></path>
        <text font-size=${line.size}><textPath href=${`#arc-${key}-${i}`} startOffset="50%">${content(line)}</textPath></text>`,
    )}</g>`;
  }
  return svg`<g class=${cls} transform=${label.transform}>${label.lines.map((line) => svg`<text font-size=${line.size} y=${line.dy}>${content(line)}</text>`)}</g>`;
}

/** A theme, with its commitments in a group, or a commitment: an item of the tree and its sector. */
function item(s: SvgState, seg: Segment & { commitments?: Segment[] }): SVGTemplateResult {
  const selected = s.selected === seg.id;
  const theme = !!seg.commitments;
  const kind = theme ? 'theme' : 'commitment';
  return svg`<g
    role="treeitem"
    data-id=${seg.id}
    class="${kind} ${s.lit === seg.id ? 'lit' : ''}"
    part="${kind}${selected ? ' selected' : ''}"
    aria-level=${theme ? 1 : 2}
    aria-expanded=${theme ? 'true' : nothing}
    aria-selected=${selected}
    aria-label=${s.names.get(seg.id)}
    tabindex=${s.active === seg.id ? 0 : -1}
    style=${styleProps(colour(seg.theme))}
  ><path class="seg" d=${seg.path} aria-hidden="true"></path>${seg.commitments?.length
    ? svg`<g role="group">${repeat(seg.commitments, (c) => c.id, (c) => item(s, c))}</g>`
    : nothing}</g>`;
}

/** The outlines drawn above every sector: selected, hovered, and the focus ring with its halo. */
function marks(s: SvgState) {
  const all = segments(s.layout);
  const mark = (id: string | null, cls: string) => {
    const d = id && all.find((seg) => seg.id === id)?.path;
    return d ? svg`<path class="mark ${cls}" d=${d}></path>` : nothing;
  };
  return svg`<g aria-hidden="true">
    ${s.lit !== s.selected ? mark(s.lit, 'hover') : nothing}
    ${mark(s.selected, 'selected')}
    ${mark(s.focused, 'halo')}${mark(s.focused, 'focus')}
  </g>`;
}

/**
 * The labels, in a layer of their own above the sectors: the items of the tree hold no text, so that
 * their accessible names (which hold the full titles) are all that is read.
 */
function labels(s: SvgState) {
  return svg`<g class="labels" aria-hidden="true">${s.layout.themes.map(
    (t) => svg`${renderLabel(s, t, true)}${t.commitments.map((c) => renderLabel(s, c, c.id === s.lit || c.id === s.selected))}`,
  )}</g>`;
}

/** The wheel's sectors, as a tree of themes and their commitments, their labels, and the outlines above them. */
export function renderSectors(s: SvgState): SVGTemplateResult {
  return svg`${repeat(s.layout.themes, (t) => t.id, (t) => item(s, t))}${labels(s)}${marks(s)}`;
}
