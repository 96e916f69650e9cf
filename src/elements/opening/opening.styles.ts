import { css } from 'lit';

/** `<rk-opening>`'s layout: header, facts, the Apply link, the description. */
export const openingStyles = css`
  article > * + * {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  header > * {
    margin: 0;
  }
  header > * + * {
    margin-block-start: 0.35em;
  }
  header [part~='heading'] {
    font-size: 1.75em;
  }
  [part~='organization'] {
    font-weight: 600;
  }
  [part~='dates'] {
    color: var(--_muted);
  }
  /* label beside value while there is room for both, stacked when there is not */
  [part~='facts'] {
    display: grid;
    gap: 0.5em var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    margin-inline: 0;
    margin-block-end: 0;
    padding: 0.75em var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='facts'] dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='facts'] dd {
    margin: 0;
    font-weight: 600;
  }
  [part~='facts'] ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  [part~='facts'] li + li {
    margin: 0;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em calc(var(--_space) * 1.5);
  }
  [part~='apply'] {
    display: inline-block;
    padding: 0.6em 1.6em;
    border-radius: var(--_radius);
    background: var(--rk-opening-apply-background, var(--_accent));
    color: var(--rk-opening-apply-color, var(--rk-color-on-accent, light-dark(#fff, #062e6f)));
    font-size: 1.1em;
    font-weight: 700;
    text-decoration: none;
  }
  [part~='apply']:hover {
    text-decoration: underline;
  }
  [part~='closed'] {
    padding: 0.6em var(--_space);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.3em solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  [part~='body'] [part~='heading'] {
    font-size: 1.2em;
    margin-block-start: 1.25em;
  }
  [part~='body'] > :first-child {
    margin-block-start: 0;
  }
  @media (forced-colors: active) {
    [part~='apply'] {
      forced-color-adjust: none;
      background: LinkText;
      color: Canvas;
    }
  }
`;
