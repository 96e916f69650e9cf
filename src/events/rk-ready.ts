/**
 * The element has valid data and has rendered it. `detail.data` is the validated document.
 * Bubbles and is composed, so a page can listen once on `document`.
 */
export class RkReadyEvent<T = unknown> extends CustomEvent<{ data: T }> {
  constructor(data: T) {
    super('rk-ready', { bubbles: true, composed: true, detail: { data } });
  }
}
