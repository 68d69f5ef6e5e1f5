import { css, unsafeCSS } from 'lit';
import { baseStyles, themed } from '../shared/styles.js';

/** One colour per theme, each at least 5:1 against the light surface and against white text. */
const LIGHT = ['#c0262d', '#b34700', '#7a6400', '#3a7d1e', '#00796b', '#00718f', '#1f5fb4', '#5a45b0', '#8a2e9e', '#b0205f'];
/** The dark theme's, each at least 8:1 against the dark surface and against dark text. */
const DARK = ['#ff8f8a', '#ffa35c', '#e0c14a', '#8fd16a', '#4fd1bd', '#5cc8ee', '#8ab4ff', '#b3a6ff', '#e09cf2', '#ff8fbf'];

/** The number of theme colours; themes past it reuse them. */
export const THEME_COLOURS = LIGHT.length;

const tokens = (palette: string[], on: string) =>
  unsafeCSS(palette.map((c, i) => `--_theme-${i + 1}: var(--iclei-theme-${i + 1}, ${c});`).join('') + `--_on-theme: var(--iclei-on-theme, ${on});`);

export const wheelStyles = [
  baseStyles,
  css`
    ${themed(tokens(LIGHT, '#ffffff'), tokens(DARK, '#16191d'))}
    :host {
      container-type: inline-size;
      /* A box that depends on the width only, never on the data: no layout shift when it loads. */
      display: flex;
      flex-direction: column;
      /* A stretched width, so that the aspect ratio sizes the height and min/max-height never the width. */
      width: -webkit-fill-available;
      width: stretch;
      aspect-ratio: 5 / 3;
      min-height: 42rem;
      max-height: 48rem;
    }
    /* On a phone the list goes under the wheel: room for the wheel (about the width) and ten themes. */
    @media (max-width: 40rem) {
      :host {
        min-height: calc(100vw + 38rem);
        max-height: none;
      }
    }

    figure,
    .stage,
    .body {
      flex: 1 1 0;
      min-height: 0;
    }
    figure,
    .stage {
      display: flex;
      flex-direction: column;
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 600;
      font-size: 1.15em;
      margin: 0 0 0.5rem;
    }
    /* The stage fills what the caption leaves, loading or loaded; the side scrolls when the box is short. */
    .stage {
      position: relative;
      min-height: 12rem;
    }
    .body {
      display: grid;
      gap: 1rem 1.5rem;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr);
    }
    @container (min-width: 40rem) {
      .body {
        grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr);
        grid-template-rows: minmax(0, 1fr);
      }
    }

    .wheel {
      position: relative;
      width: 100%;
      max-width: 40rem;
      max-height: 100%;
      aspect-ratio: 1;
      margin-inline: auto;
      touch-action: manipulation;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
      overflow: visible;
      user-select: none;
      -webkit-user-select: none;
    }
    [role='treeitem'] {
      outline: none;
      cursor: pointer;
    }
    /* Commitments are tinted; a hovered or selected item takes its full colour. */
    .seg {
      fill: var(--_fill, var(--_c));
      stroke: var(--_c);
      stroke-width: var(--_stroke, 0);
      transition: fill 0.15s;
    }
    .commitment {
      --_fill: color-mix(in srgb, var(--_c) 16%, var(--_surface));
      --_stroke: 1.25px;
    }
    .lit,
    [aria-selected='true'] {
      --_fill: var(--_c);
    }
    text {
      fill: var(--_text);
      dominant-baseline: central;
      text-anchor: middle;
    }
    .on text {
      fill: var(--_on-theme);
    }
    .lead {
      font-weight: 700;
    }
    .labels,
    .mark {
      pointer-events: none;
    }
    .mark {
      fill: none;
      stroke: var(--_text);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .mark.hover {
      stroke-width: 1.5px;
    }
    .mark.focus {
      stroke: var(--_focus);
      stroke-width: 3.5px;
    }
    .mark.halo {
      stroke: var(--_surface);
      stroke-width: 7.5px;
    }

    .center,
    .center-text {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.2em;
      overflow: hidden;
    }
    .center {
      position: absolute;
      left: 50%;
      top: 50%;
      transform: translate(-50%, -50%);
      justify-content: center;
      text-align: center;
      line-height: 1.25;
    }
    .center-text > :not(.number) {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
    }
    .center .number {
      font-weight: 700;
      font-size: 1.9em;
      line-height: 1;
      color: var(--_c);
    }
    .center .title {
      font-weight: 600;
    }
    .center .summary {
      -webkit-line-clamp: 4;
    }
    .small .title,
    .small .counts,
    .open .title {
      -webkit-line-clamp: 2;
    }
    .small .summary,
    .open .summary,
    .open .counts,
    .small.open .title {
      display: none;
    }
    .kicker,
    .credit,
    .center .summary,
    .center .counts {
      color: var(--_muted);
      font-size: 0.85em;
    }

    .action {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      margin-top: 0.3em;
      padding: 0.3em 0.8em;
      min-height: 2.25rem;
      border: 1px solid var(--_line);
      border-radius: 999px;
      background: var(--_surface);
      cursor: pointer;
    }
    /* In a small centre, the back control is a round button with an arrow alone. */
    .small .action {
      justify-content: center;
      width: 2.25rem;
      height: 2.25rem;
      font-size: 1rem;
    }

    .side {
      display: grid;
      grid-auto-rows: max-content;
      align-content: start;
      gap: 1rem;
      overflow-y: auto;
    }
    section {
      border-left: 4px solid var(--_c, var(--_line));
      padding: 0.25rem 0 0.25rem 0.85rem;
      min-height: 6rem;
    }
    section p {
      margin: 0 0 0.4rem;
    }
    .kicker {
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .detail-title {
      font-weight: 600;
      font-size: 1.1em;
    }
    .prompt {
      color: var(--_muted);
    }

    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 2px;
    }
    ol button {
      display: flex;
      align-items: baseline;
      gap: 0.55em;
      width: 100%;
      min-height: 2rem;
      padding: 0.3em 0.5em;
      border: 0;
      border-radius: var(--_radius);
      background: none;
      text-align: start;
      cursor: pointer;
    }
    .action:hover,
    ol button:hover,
    ol .lit {
      background: var(--_surface-2);
    }
    ol [aria-pressed='true'] {
      background: color-mix(in srgb, var(--_c) 16%, var(--_surface));
      box-shadow: inset 3px 0 0 var(--_c);
    }
    .swatch {
      flex: none;
      min-width: 1.6em;
      padding: 0.05em 0.3em;
      border-radius: var(--_radius);
      background: var(--_c);
      color: var(--_on-theme);
      font-weight: 700;
      text-align: center;
      font-size: 0.85em;
    }
    .credit {
      flex: none;
      margin: 0;
      padding-top: 0.5rem;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    /* The outlines and plain text already follow the system colours through the tokens. */
    @media (forced-colors: active) {
      .seg {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 1px;
      }
      .theme[aria-selected='true'] > .seg {
        stroke: Highlight;
        stroke-width: 3px;
      }
      .on text {
        fill: CanvasText;
      }
      .swatch {
        border: 1px solid CanvasText;
      }
    }
  `,
];
