import { css } from 'lit';

/** `<rk-openings>`'s layout: the controls in a wrapping row (like the board's), then the rows. */
export const openingsStyles = css`
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em var(--_space);
    align-items: end;
    margin-block-end: var(--_space);
  }
  [part~='controls'] label {
    flex: 1 1 12em;
  }
  [part~='controls'] label:first-child {
    flex-basis: 100%;
  }
  /* the count, and the order beside it */
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em var(--_space);
    margin-block-end: 0.75em;
  }
  .summary > * {
    margin: 0;
  }
  .summary label {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  [part~='list'] {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    gap: var(--rk-openings-gap, 0.75em);
  }
  [part~='item'] {
    position: relative;
    margin: 0;
    padding: 0.75em var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='item']:hover {
    background: var(--_subtle);
  }
  [part~='item'] > * {
    margin: 0;
  }
  [part~='item'] > * + * {
    margin-block-start: 0.25em;
  }
  [part~='item'] [part~='heading'] {
    font-size: 1.15em;
  }
  [part~='link'] {
    text-decoration: none;
  }
  [part~='link']:hover {
    text-decoration: underline;
  }
  /* the whole row is the link's click target */
  [part~='link']::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  [part~='link']:focus-visible {
    outline: none;
  }
  [part~='link']:focus-visible::after {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  /* a separator between the facts, not read out */
  [part~='meta'] span + span::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
    color: var(--_muted);
  }
  [part~='salary'] {
    font-weight: 600;
  }
  [part~='posted'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='empty'] > * {
    margin: 0 0 0.75em;
  }
`;
