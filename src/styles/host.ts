import { css } from 'lit';

/**
 * Shared by every element: the host reset, the documented tokens (read once, with fallbacks,
 * into private `--_` properties on the inner wrapper), themes, the loading/error states, and
 * `.needs-script` for controls that do nothing without JavaScript.
 *
 * Only the font family and the colour are inherited from the host page; `theme` paints a surface.
 * Every other inherited property (size, weight, spacing, text-transform, …) is reset on the
 * inner wrapper, so page CSS such as `body { letter-spacing: 2px; text-transform: uppercase }`
 * or `html { font-size: 10px }` cannot reach inside; the documented custom properties and parts
 * are the way to restyle. Declarations that keep a widget usable are marked !important on
 * :host — inside a shadow tree, !important beats the page's own rules for the host element.
 */
export const hostStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box;
    color: var(--rk-color-text, inherit);
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  * {
    box-sizing: inherit;
  }
  .base {
    /* the reset: every inherited property back to its initial value, except those set below */
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--rk-font-family, inherit);
    /* 16px at least: a page's "html { font-size: 62.5% }" must not shrink the text */
    font-size: var(--rk-font-size, max(1rem, 16px));
    line-height: var(--rk-line-height, 1.5);
    color: inherit;
    color-scheme: inherit;
    overflow-wrap: anywhere;
    --_accent: var(--rk-color-accent, light-dark(#0b57d0, #a8c7fa));
    --_border: var(--rk-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_subtle: color-mix(in srgb, currentColor 9%, transparent);
    --_muted: color-mix(in srgb, currentColor 78%, transparent);
    --_radius: var(--rk-radius, 0.5em);
    --_space: var(--rk-space, 1em);
    background: var(--rk-color-surface, transparent);
    border-radius: var(--_radius);
  }
  :host([theme]) .base {
    background: var(--rk-color-surface, light-dark(#fff, #1e1f22));
    color: var(--rk-color-text, light-dark(#1f1f1f, #e3e3e3));
    padding: var(--_space);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--rk-heading-font-family, inherit);
    line-height: 1.25;
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 var(--_space);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.35em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 0.0625em solid currentColor;
    border-radius: var(--_radius);
    padding: 0.35em 0.9em;
    cursor: pointer;
  }
  button:hover {
    /* a tint of the button's own text colour: works on outline and filled buttons alike */
    box-shadow: inset 0 0 0 2em color-mix(in srgb, currentColor 12%, transparent);
  }
  .primary {
    background: var(--_accent);
    color: var(--rk-color-on-accent, light-dark(#fff, #062e6f));
    border-color: var(--_accent);
  }
  label {
    display: grid;
    gap: 0.25em;
    font-size: 0.9em;
  }
  input,
  select {
    font: inherit;
    font-size: 1.05em;
    color: inherit;
    background: transparent;
    border: 0.0625em solid color-mix(in srgb, currentColor 55%, transparent);
    border-radius: calc(var(--_radius) * 0.6);
    padding: 0.35em 0.5em;
    min-inline-size: 0;
    /* one box for both: Chromium lays a select's text out at line-height normal whatever is set,
       so a text box stood a few pixels taller than the select beside it. Text, padding, border: */
    line-height: 1.5;
    block-size: calc(1.5em + 0.7em + 0.125em);
  }
  mark {
    color: inherit;
    background: var(--rk-color-highlight, light-dark(#fff3bf, #5c4a00));
    border-radius: 0.2em;
  }
  .muted {
    color: var(--_muted);
  }
  /* controls that work only with the script: none where scripting is off; while the script
     loads, their space is kept (hidden), so nothing moves when they appear */
  @media (scripting: none) {
    .needs-script {
      display: none;
    }
  }
  :host(:not(:defined)) .needs-script {
    visibility: hidden;
  }
  .loading {
    /* lines of text to come, as a skeleton */
    min-block-size: var(--rk-loading-min-height, 8em);
    background: repeating-linear-gradient(transparent 0 2em, var(--_subtle) 0 3em, transparent 0 3.75em);
  }
  /* the only motion rolekit has: a skeleton that pulses while loading, for those who want motion */
  @media (prefers-reduced-motion: no-preference) {
    .loading {
      animation: rk-pulse 1.4s ease-in-out infinite;
    }
    @keyframes rk-pulse {
      50% {
        opacity: 0.45;
      }
    }
  }
  [part='error'] {
    border: 0.0625em solid var(--rk-color-danger, light-dark(#b3261e, #f2b8b5));
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
  }
  [part='error'] > * {
    margin: 0 0 0.5em;
  }
  [part='error'] ul {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    .base {
      --_accent: LinkText;
      --_border: CanvasText;
    }
    .primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
