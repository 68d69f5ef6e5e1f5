import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_land: var(--iclei-land, color-mix(in srgb, var(--_text) 10%, var(--_surface)));
    --_water: var(--iclei-water, color-mix(in srgb, var(--_accent) 7%, var(--_surface)));
    container-type: inline-size;
    line-height: 1.4;
    /* A box that depends on the width only, never on the data: no layout shift when it loads. */
    display: flex;
    flex-direction: column;
    /* A stretched width, so that the aspect ratio sizes the height and min/max-height never the width. */
    width: -webkit-fill-available;
    width: stretch;
    aspect-ratio: 1;
    min-height: 46rem;
    max-height: 48rem;
  }
  :host > * {
    flex: none;
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
  .muted,
  .count {
    color: var(--_muted);
  }
  .summary {
    margin: 0.4rem 0;
    font-size: 0.9em;
  }
  /* A fixed height: the basemap's notes arrive after the data and must not move anything. */
  .notes {
    margin: 0.4rem 0 0;
    font-size: 0.75em;
    height: 5.6em;
    overflow-y: auto;
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
    display: flex;
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
  /* The classes of the countries view: the colour of a shaded country and of its swatch in the scale. */
  .seq-0 { --c: color-mix(in srgb, var(--_accent) 30%, var(--_surface)); }
  .seq-1 { --c: color-mix(in srgb, var(--_accent) 48%, var(--_surface)); }
  .seq-2 { --c: color-mix(in srgb, var(--_accent) 65%, var(--_surface)); }
  .seq-3 { --c: color-mix(in srgb, var(--_accent) 82%, var(--_surface)); }
  .seq-4 { --c: var(--_accent); }
  .scale ul {
    display: flex;
    gap: 0.6rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .scale .swatch {
    border: 1px solid var(--_line);
    border-radius: 2px;
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
  }
`;
