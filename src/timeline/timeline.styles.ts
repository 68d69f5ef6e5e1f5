import { css } from 'lit';
import { themed } from '../shared/styles.js';

/** The colours of the kinds and of today, light by default. */
const light = css`
  --_kind-conference: var(--iclei-kind-conference, #00608a);
  --_kind-milestone: var(--iclei-kind-milestone, #8a3c8f);
  --_today: var(--iclei-today, #b3261e);
  --_on-kind: #fff;
`;

/** Their dark theme's values. */
const dark = css`
  --_kind-conference: var(--iclei-kind-conference, #6cc4ee);
  --_kind-milestone: var(--iclei-kind-milestone, #e29be6);
  --_today: var(--iclei-today, #ff8a80);
  --_on-kind: #16191d;
`;

export const timelineStyles = css`
  ${themed(light, dark)}
  :host {
    container-type: inline-size;
    /* A fixed box, whatever the data, the zoom or the lanes they need: no layout shift when it loads. */
    display: flex;
    flex-direction: column;
    height: 28rem;
  }

  .frame {
    position: relative;
    flex: 1 1 0;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .frame > * {
    flex: none;
  }
  /* The track or the list takes the height left and scrolls inside it; a short track sits at the bottom. */
  .body {
    flex: 1 1 0;
    min-height: 8rem;
    display: flex;
    flex-direction: column;
    overflow-y: auto;
  }
  .caption {
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .summary {
    margin-top: 0.25rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin: 0.75rem 0 0.25rem;
  }
  ol,
  ul,
  p,
  dl,
  dd {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .controls {
    display: flex;
    gap: 0.25rem;
  }
  /* The zoom buttons and the details' close button: 36px squares at least. */
  .controls button,
  .close {
    min-width: 2.25rem;
    min-height: 2.25rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .controls button {
    font-size: 1.125em;
    line-height: 1;
  }
  .controls svg {
    display: block;
    width: 1.125rem;
    margin: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
  }
  .controls button:hover:not(:disabled) {
    background: var(--_surface-2);
  }
  .controls button:disabled {
    cursor: default;
    opacity: 0.45;
  }

  /* Markers: the kind's colour, a number on conferences. */
  .marker {
    flex: none;
    width: 20px;
    height: 20px;
    overflow: visible;
  }
  .conference {
    fill: var(--_kind-conference);
  }
  .milestone {
    fill: var(--_kind-milestone);
  }
  .marker text {
    fill: var(--_on-kind);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
  }
  .marker text.small {
    font-size: 7.5px;
  }

  /* Horizontal: the track scrolls on its own axis; wheel scrolling stays the page's. */
  .scroller {
    margin-top: auto;
    padding: 6px;
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
  }
  .track {
    position: relative;
  }
  .axis {
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  .baseline {
    stroke: var(--_line);
    stroke-width: 2;
  }
  .tick line {
    stroke: var(--_line);
  }
  .tick .grid {
    stroke: var(--_surface-2);
  }
  .tick text {
    fill: var(--_muted);
    font-size: 0.75rem;
    text-anchor: middle;
    font-variant-numeric: tabular-nums;
  }
  .tick.major text {
    fill: var(--_text);
  }
  .guide {
    stroke: var(--_line);
    stroke-dasharray: 2 3;
    opacity: 0.7;
  }
  .guide.on {
    stroke: var(--_text);
    stroke-dasharray: none;
    opacity: 1;
  }
  .extent.approximate {
    fill: var(--_line);
    opacity: 0.55;
  }
  .extent.on {
    opacity: 1;
  }
  .today line {
    stroke: var(--_today);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .today text {
    fill: var(--_today);
    font-size: 0.75rem;
    font-weight: 700;
  }

  .event {
    display: flex;
    align-items: flex-start;
    gap: 6px;
    padding: 4px 6px 4px 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
    line-height: 1.3;
    cursor: pointer;
  }
  /* On the track, a label hides the grid lines behind it. */
  .h .event {
    position: absolute;
    overflow: hidden;
    background: var(--_surface);
  }
  .flip {
    flex-direction: row-reverse;
    padding: 4px 0 4px 6px;
    text-align: end;
  }
  .event:hover,
  .event[aria-expanded='true'] {
    background: var(--_surface-2);
  }
  .event[aria-expanded='true'] {
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .event.compact {
    padding: 0;
    background: none;
    border-radius: 50%;
  }
  .legend .marker,
  .compact .marker {
    width: 16px;
    height: 16px;
  }
  .lines {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .line {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .h .line {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .head {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text);
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    transform: translateY(calc(-100% - 6px));
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.8125em;
    line-height: 1.35;
  }
  .tooltip span {
    color: var(--_muted);
  }

  /* Vertical: a list along a rail, a year beside the first event of each year. */
  .list {
    --_year: 3.25rem;
    position: relative;
  }
  .rows {
    position: relative;
    padding: 0.25rem 0;
  }
  .rail {
    position: absolute;
    top: 0.75rem;
    bottom: 0.75rem;
    left: calc(var(--_year) + 9px);
    width: 2px;
    background: var(--_line);
  }
  .row {
    display: grid;
    grid-template-columns: var(--_year) 1fr;
    align-items: start;
  }
  .year {
    padding: 0.3rem 0.5rem 0 0;
    text-align: end;
    font-weight: 700;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .v .event {
    width: 100%;
    padding: 4px 8px 6px 0;
  }
  .v .line {
    overflow-wrap: anywhere;
  }
  .v .detail {
    grid-column: 2;
    margin: 0.25rem 0 0.75rem 26px;
  }
  .today-label {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 2px 0;
    color: var(--_today);
    font-weight: 700;
    font-size: 0.875em;
    fill: var(--_today);
  }

  /* Details. */
  .detail {
    margin-top: 0.75rem;
    padding: 0.75rem 1rem 1rem;
    border-radius: var(--_radius);
    border-top: 3px solid var(--_accent);
    background: var(--_surface-2);
  }
  .detail-head {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
  }
  .detail-head > div {
    flex: 1;
  }
  .detail-head .marker {
    margin-top: 0.125rem;
  }
  .kind {
    color: var(--_muted);
    font-size: 0.8125em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h3 {
    margin: 0.125rem 0 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .close {
    display: grid;
    place-items: center;
    padding: 0;
    border-color: transparent;
    background: none;
  }
  .close:hover {
    border-color: var(--_line);
  }
  .close svg {
    width: 14px;
    height: 14px;
    stroke: currentColor;
    stroke-width: 2;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin-top: 0.75rem;
    font-size: 0.9375em;
  }
  dt {
    color: var(--_muted);
  }
  .text {
    margin-top: 0.75rem;
    max-width: 70ch;
  }
  .sources {
    margin-top: 0.5rem;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  @container (max-width: 420px) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd + dt {
      margin-top: 0.375rem;
    }
  }

  /* System colours for the kinds and today; the base styles make the lines CanvasText. */
  @media (forced-colors: active) {
    .frame {
      --_kind-conference: CanvasText;
      --_kind-milestone: CanvasText;
      --_today: CanvasText;
      --_on-kind: Canvas;
    }
    .event[aria-expanded='true'] {
      outline: 2px solid Highlight;
    }
    .event[aria-expanded='true'] .marker {
      fill: Highlight;
    }
  }
`;
