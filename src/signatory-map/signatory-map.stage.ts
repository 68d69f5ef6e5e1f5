import { css, html, nothing, svg } from 'lit';
import { styleProps } from '../shared/style-props.js';
import type { Item } from './signatory-map.clusters.js';
import { classOf } from './signatory-map.data.js';
import * as L from './signatory-map.layout.js';
import type { Format } from './signatory-map.parts.js';
import { PATH_SCALE, type Shape } from './signatory-map.topology.js';
import type { ViewController } from './signatory-map.view.js';
import type { Gestures } from './signatory-map.zoom.js';

export interface StageProps {
  t: Format;
  label: string;
  view: ViewController;
  shapes: readonly Shape[];
  /** Signatories per country, and the class bounds of the countries view. */
  counts: Map<string, number>;
  bounds: number[];
  countries: boolean;
  active?: Item;
  /** The tooltip's lines for the active item. */
  lines: string[];
  gestures: Gestures;
  key: (e: KeyboardEvent) => void;
  blur: () => void;
  zoom: boolean;
  panel: unknown;
  announce: string;
}

/** The map surface (basemap, canvas of marks, tooltip), its zoom buttons, the detail panel and the live region. */
export function stage(p: StageProps) {
  const { t, view, active, gestures: g } = p;
  const s = view.screen();
  const tip = active && L.apply(s, active);
  return html`<div class="stage">
    <div
      class="map"
      part="map"
      role="application"
      aria-roledescription=${t.t('map')}
      aria-label=${p.label}
      aria-describedby="summary instructions"
      tabindex="0"
      @pointerdown=${g.down}
      @pointermove=${g.move}
      @pointerup=${g.up}
      @pointercancel=${g.up}
      @pointerleave=${g.leave}
      @wheel=${g.wheel}
      @dblclick=${g.dblclick}
      @keydown=${p.key}
      @blur=${p.blur}
    >
      <svg width=${view.width} height=${view.height} aria-hidden="true">
        <g transform="matrix(${s.k / PATH_SCALE} 0 0 ${s.k / PATH_SCALE} ${s.x} ${s.y})">
          ${p.shapes.map((c) => {
            const n = p.counts.get(c.id) ?? 0;
            const cls = p.countries ? `seq-${classOf(n, p.bounds)}` : n ? 'on' : '';
            return svg`<path part="country" data-id=${c.id} class="${cls} ${active?.country === c.id ? 'active' : ''}" d=${c.d}></path>`;
          })}
        </g>
      </svg>
      <canvas aria-hidden="true"></canvas>
      ${tip
        ? html`<div
            class="tooltip ${tip.x < 140 ? 'start' : tip.x > view.width - 140 ? 'end' : ''} ${tip.y < 110 ? 'below' : ''}"
            part="tooltip"
            aria-hidden="true"
            style=${styleProps({ left: `${tip.x}px`, top: `${tip.y}px`, '--r': `${p.countries ? 4 : L.radiusOf(active.members.length) + 6}px` })}
          >
            <strong>${p.lines[0]}</strong>${p.lines.slice(1).map((l) => html`<br />${l}`)}
          </div>`
        : nothing}
      <div class="hint ${view.hinting ? 'show' : ''}" aria-hidden="true">${t.t('wheel')}</div>
    </div>
    ${p.zoom
      ? html`<div class="controls" part="controls">
          <button type="button" aria-label=${t.t('in')} title=${t.t('in')} @click=${() => view.zoomBy(2)}>+</button>
          <button type="button" aria-label=${t.t('out')} title=${t.t('out')} @click=${() => view.zoomBy(0.5)}>−</button>
          <button type="button" aria-label=${t.t('reset')} title=${t.t('reset')} @click=${() => view.goHome()}>⤢</button>
        </div>`
      : nothing}
    ${p.panel}
    <p id="instructions" hidden>${t.t('instructions')}</p>
    <div class="visually-hidden" aria-live="polite">${p.announce}</div>
  </div>`;
}

/** The styles of the stage: the map surface and its layers, the tooltip, the wheel hint and the zoom buttons. */
export const stageStyles = css`
  /* The stage takes the height the host's box leaves: the map's size never depends on the data. */
  .stage {
    position: relative;
    flex: 1 1 0;
    min-height: 12rem;
    display: flex;
    flex-direction: column;
  }
  .map {
    flex: 1 1 0;
    min-height: 0;
    position: relative;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_water);
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  .map:active {
    cursor: grabbing;
  }
  svg,
  canvas {
    position: absolute;
    inset: 0;
    display: block;
  }
  canvas {
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  /* A country's fill: its class's colour (--c) where it has one, else the land's. */
  path {
    fill: var(--c, var(--_land));
    stroke: var(--_surface);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  path.on {
    --c: color-mix(in srgb, var(--_accent) 22%, var(--_land));
  }
  path.active {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: 17rem;
    padding: 0.4rem 0.6rem;
    font-size: 0.8125em;
    pointer-events: none;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
    transform: translate(-50%, calc(-100% - var(--r)));
    width: max-content;
  }
  .tooltip.start {
    transform: translate(-16px, calc(-100% - var(--r)));
  }
  .tooltip.end {
    transform: translate(calc(-100% + 16px), calc(-100% - var(--r)));
  }
  .tooltip.below {
    translate: 0 calc(100% + 2 * var(--r));
  }

  .hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: #fff;
    font-weight: 600;
    background: rgb(0 0 0 / 0.45);
    opacity: 0;
    pointer-events: none;
    transition: opacity 0.2s;
  }
  .hint.show {
    opacity: 1;
  }

  .controls {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    display: grid;
    gap: 2px;
  }
  .controls button {
    width: 2.25rem;
    padding: 0;
    font-size: 1.15rem;
    line-height: 1;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.15);
  }

  @media (forced-colors: active) {
    path {
      fill: Canvas;
      stroke: CanvasText;
    }
    path.on,
    path[class*='seq-'] {
      fill: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
