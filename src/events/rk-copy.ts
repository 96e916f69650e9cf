/** The cover letter was copied (`ok: true`) or copying failed (`ok: false`). `text` is what was copied. */
export class RkCopyEvent extends CustomEvent<{ ok: boolean; text: string }> {
  constructor(detail: { ok: boolean; text: string }) {
    super('rk-copy', { bubbles: true, composed: true, detail });
  }
}
