/** A FAQ question was opened or closed, by the user, a URL hash or a method call. */
export class RkToggleEvent extends CustomEvent<{ id: string; question: string; open: boolean }> {
  constructor(detail: { id: string; question: string; open: boolean }) {
    super('rk-toggle', { bubbles: true, composed: true, detail });
  }
}
