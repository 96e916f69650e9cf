/**
 * The element has valid data and has rendered it. `detail.data` is the validated document.
 * Bubbles and is composed, so a page can listen once on `document`.
 */
export class RkReadyEvent<T = unknown> extends CustomEvent<{ data: T }> {
  static readonly type = 'rk-ready';
  constructor(data: T) {
    super(RkReadyEvent.type, { bubbles: true, composed: true, detail: { data } });
  }
}
