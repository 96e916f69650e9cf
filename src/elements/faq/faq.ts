import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { RkToggleEvent } from '../../events/rk-toggle.js';
import { heading } from '../../internal/heading.js';
import { RoleElement } from '../../internal/role-element.js';
import type { Role } from '../../schema/role.js';
import { uniqueSlugs } from '../../schema/text.js';
import { hostStyles } from '../../styles/host.js';

/**
 * Frequently asked questions about a role, as an accordion that follows the WAI-ARIA
 * Authoring Practices: each question is a button inside a heading, controlling its answer;
 * Enter and Space toggle, Arrow Down / Arrow Up move between questions, Home / End go to the
 * first / last. Answers are not region landmarks (optional in the pattern): a long FAQ would
 * flood the landmark list.
 *
 * Each question has a stable id made from its text ("What is WSGI vs. ASGI, and why does it
 * matter?" → `what-is-wsgi-vs-asgi-and-why-does-it-matter`): a URL hash with that id opens the
 * question and scrolls to it. Collapsed answers stay in the DOM (`hidden="until-found"`), so
 * find-in-page reaches them and opens them, and crawlers read them.
 *
 * ```html
 * <rk-faq src="/roles/python-web-developer.json" multiple></rk-faq>
 * ```
 *
 * @tag rk-faq
 * @summary Expandable list of frequently asked questions.
 * @csspart item - One question/answer pair.
 * @csspart question - The button that opens and closes an answer.
 * @csspart answer - An answer.
 * @csspart toggle-all - The Expand all / Collapse all button.
 * @fires {RkToggleEvent} rk-toggle - A question opened or closed. `detail`: `{ id, question, open }`.
 */
export class FaqElement extends RoleElement {
  static override properties = {
    multiple: { type: Boolean, reflect: true },
  };

  static override styles = [
    hostStyles,
    css`
      .tools {
        text-align: end;
        margin-block-end: 0.5em;
      }
      .item {
        border-block-start: 0.0625em solid var(--_border);
      }
      .item:last-child {
        border-block-end: 0.0625em solid var(--_border);
      }
      [part~='question-heading'] {
        margin: 0;
        font-size: 1em;
      }
      [part='question'] {
        all: unset;
        box-sizing: border-box;
        display: flex;
        gap: 1em;
        justify-content: space-between;
        align-items: center;
        inline-size: 100%;
        padding: 0.75em 0.25em;
        font-weight: 600;
        cursor: pointer;
        overflow-wrap: anywhere;
      }
      [part='question']:focus-visible {
        outline: 0.15em solid var(--_accent);
        outline-offset: -0.15em;
      }
      [part='question']::after {
        content: '+';
        font-size: 1.4em;
        line-height: 1;
      }
      [aria-expanded='true']::after {
        content: '\\2212'; /* minus sign */
      }
      [part='answer']:not([hidden]) {
        padding: 0 0.25em 0.75em;
      }
    `,
  ];

  /** Lets several answers stay open at once. By default opening one closes the others. */
  declare multiple: boolean;

  /** Ids of the open questions. */
  #open = new Set<string>();
  #ids: string[] = [];
  /** A question id from the URL hash, to open once the data is there. */
  #hash?: string;
  /** A question to scroll to and focus after the next render. */
  #reveal?: string;

  constructor() {
    super();
    this.multiple = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.afterHydration(this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Opens every answer. */
  expandAll(): void {
    this.#ids.forEach((id) => this.#setOpen(id, true, true));
  }

  /** Closes every answer. */
  collapseAll(): void {
    this.#ids.forEach((id) => this.#setOpen(id, false, true));
  }

  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    const faq = role.faq ?? [];
    if (!faq.length) return this.section(t.faq, level, html`<p class="muted">${t.empty}</p>`);
    const allOpen = this.#ids.every((id) => this.#open.has(id));
    return this.section(
      t.faq,
      level,
      html`${faq.length > 1
          ? html`<div class="tools">
              <button part="toggle-all" @click=${() => (allOpen ? this.collapseAll() : this.expandAll())}>
                ${allOpen ? t.collapseAll : t.expandAll}
              </button>
            </div>`
          : nothing}
        <div @keydown=${this.#onKeydown}>
          ${faq.map((entry, i) => {
            const id = this.#ids[i];
            const open = this.#open.has(id);
            return html`<div part="item" class="item">
              ${heading(
                level + 1,
                html`<button
                  part="question"
                  id="q-${id}"
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls=${id}
                  @click=${() => this.#setOpen(id, !open)}
                >
                  ${entry.question}
                </button>`,
                'question-heading',
              )}
              <div
                part="answer"
                id=${id}
                hidden=${open ? nothing : 'until-found'}
                @beforematch=${() => this.#setOpen(id, true)}
              >
                ${entry.answer}
              </div>
            </div>`;
          })}
        </div>`,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.source;
    if (state.status !== 'ready') return;
    this.#ids = uniqueSlugs((state.value.faq ?? []).map((entry) => entry.question));
    const id = this.#hash;
    if (id && this.#ids.includes(id)) {
      this.#hash = undefined;
      this.#setOpen(id, true);
      this.#reveal = id;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.#reveal;
    this.#reveal = undefined;
    const button = id ? this.renderRoot.querySelector<HTMLElement>(`#q-${CSS.escape(id)}`) : null;
    button?.scrollIntoView({ block: 'start' });
    button?.focus({ preventScroll: true });
  }

  #setOpen(id: string, open: boolean, keepOthers = this.multiple): void {
    if (open && !keepOthers) for (const other of this.#open) if (other !== id) this.#setOpen(other, false);
    if (this.#open.has(id) === open) return;
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    this.requestUpdate();
    const entry = (this.source.state.status === 'ready' && this.source.state.value.faq?.[this.#ids.indexOf(id)]) || undefined;
    this.dispatchEvent(new RkToggleEvent({ id, question: entry?.question ?? '', open }));
  }

  #onHashChange = (): void => {
    try {
      this.#hash = decodeURIComponent(location.hash.slice(1)) || undefined;
    } catch {
      this.#hash = undefined; // a malformed %-escape names no question
    }
    this.requestUpdate();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="question"]')];
    const index = buttons.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const n = buttons.length;
    // Arrow keys wrap around; Home and End go to the ends
    const next = ({ ArrowDown: index + 1, ArrowUp: index + n - 1, Home: 0, End: n - 1 } as Record<string, number>)[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next % n].focus();
  };
}
