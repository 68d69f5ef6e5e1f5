import { css, type CSSResult } from 'lit';

/**
 * `light` on the host, and `dark` under `theme="dark"` or, with `theme="auto"`, a dark colour scheme:
 * one helper, so that every element follows the theme the same way.
 */
export const themed = (light: CSSResult, dark: CSSResult) => css`
  :host {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'], [theme='dark'])) {
      ${dark}
    }
  }
`;

/** The light theme's values, the default. */
const light = css`
  --_text: var(--iclei-text, #1d2125);
  --_muted: var(--iclei-muted, #5a6270);
  --_surface: var(--iclei-surface, #ffffff);
  --_surface-2: var(--iclei-surface-2, #f1f3f5);
  --_line: var(--iclei-line, #8a939f);
  --_accent: var(--iclei-accent, #00608a);
  --_focus: var(--iclei-focus, #b3005f);
  --_doc-aalborg-charter: var(--iclei-doc-aalborg-charter, #00608a);
  --_doc-aalborg-commitments: var(--iclei-doc-aalborg-commitments, #b34700);
  --_doc-basque-declaration: var(--iclei-doc-basque-declaration, #2e7d32);
  --_radius: var(--iclei-radius, 4px);
  color-scheme: light;
`;

/** The dark theme's values. */
const dark = css`
  --_text: var(--iclei-text, #e8eaed);
  --_muted: var(--iclei-muted, #a9b1bc);
  --_surface: var(--iclei-surface, #16191d);
  --_surface-2: var(--iclei-surface-2, #242930);
  --_line: var(--iclei-line, #7d8794);
  --_accent: var(--iclei-accent, #6cc4ee);
  --_focus: var(--iclei-focus, #ff8ac4);
  --_doc-aalborg-charter: var(--iclei-doc-aalborg-charter, #5cbde8);
  --_doc-aalborg-commitments: var(--iclei-doc-aalborg-commitments, #ffa260);
  --_doc-basque-declaration: var(--iclei-doc-basque-declaration, #7fcf83);
  color-scheme: dark;
`;

/**
 * Theme tokens and base styles shared by every element. Public `--iclei-*` properties are read once
 * into private `--_*` ones, with light values by default and dark ones under `theme="dark"` or, with
 * `theme="auto"`, a dark colour scheme.
 */
export const baseStyles = css`
  ${themed(light, dark)}

  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font: inherit;
    font-family: var(--iclei-font, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  a {
    color: var(--_accent);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .state {
    margin: 0;
    padding: 1rem;
  }

  .placeholder {
    position: absolute;
    inset: 0;
    background: var(--_surface-2);
    border-radius: var(--_radius);
  }

  .error {
    border-left: 4px solid var(--_focus);
    background: var(--_surface-2);
  }

  .empty {
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }

  /* A printed page is a static picture: no controls, no tooltips, no element cut across pages. */
  @media print {
    :host {
      break-inside: avoid;
    }
    [part~='controls'],
    [part~='search'],
    [part~='tooltip'] {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    /* As specific as the theme rules above, so that system colours win over a dark theme. */
    :host,
    :host([theme]),
    :host(:not([theme='light'], [theme='dark'])) {
      --_text: CanvasText;
      --_muted: GrayText;
      --_surface: Canvas;
      --_surface-2: Canvas;
      --_line: CanvasText;
      --_accent: LinkText;
      --_focus: Highlight;
      forced-color-adjust: auto;
    }
    .error {
      border: 2px solid CanvasText;
    }
  }
`;
