import { css, html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { RkCopyEvent } from '../../events/rk-copy.js';
import { RoleElement } from '../../internal/role-element.js';
import type { CoverLetter, Role } from '../../schema/role.js';
import { placeholdersIn, splitPlaceholders } from '../../schema/text.js';
import { hostStyles } from '../../styles/host.js';
import { roleWords } from '../../i18n/en/role.js';

const textsOf = (letter: CoverLetter): string[] => [
  letter.greeting,
  ...letter.paragraphs,
  ...(letter.closing ? [letter.closing] : []),
  letter.signature,
];

/**
 * A sample cover letter whose placeholders ("[Company]", "[Your Name]") are highlighted. One
 * input per placeholder fills it everywhere it appears, live; Copy puts the filled letter on
 * the clipboard as plain text and confirms it visibly and to screen readers. Without JavaScript
 * the letter reads with its placeholders, and the inputs and Copy, which need the script, are not
 * shown (while it loads their space is kept, so nothing moves when they appear).
 *
 * ```html
 * <rk-cover-letter src="/roles/python-web-developer.json"></rk-cover-letter>
 * ```
 *
 * @tag rk-cover-letter
 * @summary Sample cover letter with fillable placeholders and a Copy button.
 * @csspart fields - The group of placeholder inputs.
 * @csspart field - One label + input.
 * @csspart letter - The letter.
 * @csspart placeholder - A placeholder in the letter (also `filled` once it has a value).
 * @csspart copy - The Copy button.
 * @csspart status - The copy confirmation.
 * @cssprop [--rk-color-highlight=#fff3bf] - Background of an unfilled placeholder.
 * @fires {RkCopyEvent} rk-copy - The letter was copied (`detail.ok`) or copying failed; `detail.text` is the letter.
 */
export class CoverLetterElement extends RoleElement {
  protected static override words = [roleWords];
  static override styles = [
    hostStyles,
    css`
      fieldset {
        border: 0.0625em solid var(--_border);
        border-radius: var(--_radius);
        margin: 0 0 var(--_space);
        padding: var(--_space);
        display: grid;
        gap: 0.75em;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
      }
      .letter {
        border-inline-start: 0.25em solid var(--_border);
        padding-inline-start: var(--_space);
        margin-block-end: var(--_space);
      }
      mark.filled {
        background: color-mix(in srgb, var(--_accent) 14%, transparent);
      }
    `,
  ];

  #values = new Map<string, string>();
  #status: 'idle' | 'copied' | 'failed' = 'idle';

  /** The letter as plain text, with the placeholders filled in so far. */
  get letterText(): string {
    const { state } = this.source;
    const letter = state.status === 'ready' ? state.value.coverLetter : undefined;
    return letter ? textsOf(letter).map((text) => this.#fill(text)).join('\n\n') : '';
  }

  /** Copies the filled letter to the clipboard; resolves to whether it worked. */
  async copy(): Promise<boolean> {
    const text = this.letterText;
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
    }
    this.#status = ok ? 'copied' : 'failed';
    this.requestUpdate();
    this.dispatchEvent(new RkCopyEvent({ ok, text }));
    return ok;
  }

  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    const letter = role.coverLetter;
    if (!letter) return this.section(t.coverLetter, level, html`<p class="muted">${t.empty}</p>`);
    const labels = placeholdersIn(textsOf(letter));
    const status = this.#status === 'copied' ? t.copied : this.#status === 'failed' ? t.copyFailed : '';
    return this.section(
      t.coverLetter,
      level,
      html`${labels.length
          ? html`<fieldset part="fields" class="needs-script">
              <legend>${t.fillPlaceholders}</legend>
              ${labels.map(
                (label) =>
                  html`<label part="field"
                    >${label}<input
                      type="text"
                      autocomplete="off"
                      .value=${this.#values.get(label) ?? ''}
                      @input=${(e: InputEvent) => this.#onInput(label, (e.target as HTMLInputElement).value)}
                  /></label>`,
              )}
            </fieldset>`
          : nothing}
        <div part="letter" class="letter">
          ${textsOf(letter).map((text) => html`<p>${this.#renderText(text)}</p>`)}
        </div>
        <p class="needs-script">
          <button part="copy" class="primary" @click=${() => this.copy()}>${t.copy}</button>
          <span part="status" role="status">${status}</span>
        </p>`,
    );
  }

  #renderText(text: string): unknown[] {
    return splitPlaceholders(text).map((part) => {
      if (typeof part === 'string') return part;
      const value = this.#values.get(part.placeholder);
      return value
        ? html`<mark part="placeholder filled" class="filled">${value}</mark>`
        : html`<mark part="placeholder">[${part.placeholder}]</mark>`;
    });
  }

  #fill(text: string): string {
    return splitPlaceholders(text)
      .map((part) => (typeof part === 'string' ? part : this.#values.get(part.placeholder) || `[${part.placeholder}]`))
      .join('');
  }

  #onInput(label: string, value: string): void {
    this.#values.set(label, value.trim() ? value : '');
    this.#status = 'idle';
    this.requestUpdate();
  }
}
