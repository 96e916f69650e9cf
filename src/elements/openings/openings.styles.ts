import { css } from 'lit';

/** `<rk-openings>`'s layout: the controls in a wrapping row (like the board's), then the rows (`openingRowStyles`). */
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
  [part~='empty'] > * {
    margin: 0 0 0.75em;
  }
`;
