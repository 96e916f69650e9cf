/** A FAQ question was opened or closed, by the user, a URL hash or a method call. */
export class RkToggleEvent extends CustomEvent<{ id: string; question: string; open: boolean }> {
  static readonly type = 'rk-toggle';
  constructor(detail: { id: string; question: string; open: boolean }) {
    super(RkToggleEvent.type, { bubbles: true, composed: true, detail });
  }
}
