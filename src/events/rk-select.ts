/** A role card in a board was opened (its link followed). For analytics; the link works as is. */
export class RkSelectEvent extends CustomEvent<{ slug: string; href: string }> {
  constructor(detail: { slug: string; href: string }) {
    super('rk-select', { bubbles: true, composed: true, detail });
  }
}
