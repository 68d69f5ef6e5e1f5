import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_land: var(--iclei-land, color-mix(in srgb, var(--_text) 10%, var(--_surface)));
    --_water: var(--iclei-water, color-mix(in srgb, var(--_accent) 7%, var(--_surface)));
    --_land-on: color-mix(in srgb, var(--_accent) 22%, var(--_land));
    --_seq-0: color-mix(in srgb, var(--_accent) 30%, var(--_surface));
    --_seq-1: color-mix(in srgb, var(--_accent) 48%, var(--_surface));
    --_seq-2: color-mix(in srgb, var(--_accent) 65%, var(--_surface));
    --_seq-3: color-mix(in srgb, var(--_accent) 82%, var(--_surface));
    --_seq-4: var(--_accent);
    container-type: inline-size;
    line-height: 1.4;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .label {
    margin: 0;
    font-size: 1.15em;
    font-weight: 650;
  }
  .tools {
    display: flex;
    gap: 0.5rem;
    flex: 1 1 16rem;
    justify-content: flex-end;
  }
  .summary,
  .notes,
  .muted {
    color: var(--_muted);
  }
  .summary {
    margin: 0.4rem 0;
    font-size: 0.9em;
  }
  .notes {
    margin: 0.4rem 0 0;
    font-size: 0.75em;
  }

  button,
  input {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-height: 2.25rem;
    padding: 0.25rem 0.7rem;
  }
  button {
    cursor: pointer;
  }
  button[aria-pressed='true'].toggle {
    background: var(--_text);
    color: var(--_surface);
  }

  .search {
    position: relative;
    flex: 1 1 auto;
    max-width: 20rem;
  }
  .search input {
    width: 100%;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 3;
    inset: calc(100% + 2px) 0 auto;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  [role='option'] {
    padding: 0.35rem 0.7rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'],
  [role='option']:hover {
    background: var(--_surface-2);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  .legends {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin-bottom: 0.5rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    font-size: 0.875em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    border-radius: 999px;
    min-height: 2rem;
  }
  .chip[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .chip[aria-pressed='false'] .swatch {
    background: transparent;
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    border: 2px solid var(--c);
    background: var(--c);
    flex: none;
  }
  .scale ul {
    display: flex;
    gap: 0.6rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .scale .swatch {
    border-radius: 2px;
    border-color: var(--_line);
    border-width: 1px;
  }

  .stage {
    position: relative;
  }
  .map {
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
  path {
    fill: var(--_land);
    stroke: var(--_surface);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  path.on {
    fill: var(--_land-on);
  }
  path.seq-0 { fill: var(--_seq-0); }
  path.seq-1 { fill: var(--_seq-1); }
  path.seq-2 { fill: var(--_seq-2); }
  path.seq-3 { fill: var(--_seq-3); }
  path.seq-4 { fill: var(--_seq-4); }
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
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .controls button {
    width: 2.25rem;
    padding: 0;
    font-size: 1.15rem;
    line-height: 1;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.15);
  }

  @container (max-width: 599px) {
    .tools {
      flex-basis: 100%;
    }
    .search {
      max-width: none;
    }
  }

  @media (forced-colors: active) {
    /* System colours for the documents, on the canvas marks (read by the palette) and in the legend;
       as specific as the shared theme rules. */
    :host,
    :host([theme]),
    :host(:not([theme='light'], [theme='dark'])) {
      --_doc-aalborg-charter: LinkText;
      --_doc-aalborg-commitments: CanvasText;
      --_doc-basque-declaration: Highlight;
    }
    .swatch {
      forced-color-adjust: none;
    }
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
