/** The cover letter was copied (`ok: true`) or copying failed (`ok: false`). `text` is what was copied. */
export class RkCopyEvent extends CustomEvent<{ ok: boolean; text: string }> {
  static readonly type = 'rk-copy';
  constructor(detail: { ok: boolean; text: string }) {
    super(RkCopyEvent.type, { bubbles: true, composed: true, detail });
  }
}
