/** An opening's Apply link was followed. For analytics; the link works as is (the event cannot stop it). */
export class RkApplyEvent extends CustomEvent<{ id: string; href: string }> {
  constructor(detail: { id: string; href: string }) {
    super('rk-apply', { bubbles: true, composed: true, detail });
  }
}
