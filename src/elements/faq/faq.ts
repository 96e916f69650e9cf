import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { RkToggleEvent } from '../../events/rk-toggle.js';
import { heading } from '../../internal/heading.js';
import { RoleElement } from '../../internal/role-element.js';
import type { Role } from '../../schema/role.js';
import { uniqueSlugs } from '../../schema/text.js';
import { hostStyles } from '../../styles/host.js';
import { roleWords } from '../../i18n/en/role.js';

/**
 * Frequently asked questions about a role, one native disclosure (`<details>` / `<summary>`)
 * per question, so every answer opens without JavaScript too — and find-in-page opens the one it
 * finds. The browser gives each question its keys (Enter and Space toggle); with the script,
 * Arrow Down / Arrow Up move between questions and Home / End go to the first / last, as in the
 * WAI-ARIA accordion pattern.
 *
 * The question text is a heading inside its summary (HTML allows one there): the FAQ keeps its
 * place in the page's outline, so heading navigation reaches each question. A screen reader that
 * reads a summary as a button reads the heading as the button's name, so nothing is lost there.
 *
 * Each question has a stable id made from its text ("What is WSGI vs. ASGI, and why does it
 * matter?" → `what-is-wsgi-vs-asgi-and-why-does-it-matter`, on the `item`): a URL hash with that
 * id opens the question and scrolls to it (the script does it: the browser's own `#id` navigation
 * does not reach into shadow DOM). "Expand all" needs the script too, so it is not shown without
 * one (while the script loads, its space is kept: nothing moves when it appears).
 *
 * ```html
 * <rk-faq src="/roles/python-web-developer.json" multiple></rk-faq>
 * ```
 *
 * @tag rk-faq
 * @summary Expandable list of frequently asked questions.
 * @csspart item - One question/answer pair (`<details>`).
 * @csspart question - The `<summary>` that opens and closes an answer.
 * @csspart question-heading - The heading inside a question.
 * @csspart answer - An answer.
 * @csspart toggle-all - The Expand all / Collapse all button.
 * @fires {RkToggleEvent} rk-toggle - A question opened or closed (by the user, a URL hash, find-in-page or a method), once per change. `detail`: `{ id, question, open }`.
 */
export class FaqElement extends RoleElement {
  protected static override words = [roleWords];
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
      [part='question'] {
        display: flex;
        gap: 1em;
        justify-content: space-between;
        align-items: center;
        padding: 0.75em 0.25em;
        font-weight: 600;
        list-style: none;
        cursor: pointer;
        overflow-wrap: anywhere;
      }
      [part='question']::-webkit-details-marker {
        display: none;
      }
      [part='question']:focus-visible {
        outline: 0.15em solid var(--_accent);
        outline-offset: -0.15em;
      }
      [part='question']::after {
        content: '+';
        content: '+' / ''; /* the state is the summary's own: no "plus" in its name */
        flex: none;
        font-size: 1.4em;
        line-height: 1;
      }
      [open] > [part='question']::after {
        content: '\\2212'; /* minus sign */
        content: '\\2212' / '';
      }
      [part~='question-heading'] {
        margin: 0;
        font-size: 1em;
        font-weight: inherit;
        line-height: inherit;
      }
      [part='answer'] {
        padding: 0 0.25em 0.75em;
      }
    `,
  ];

  /** Lets several answers stay open at once. By default opening one closes the others (once the script runs: without it, each opens and closes on its own). */
  declare multiple: boolean;

  /** Ids of the open questions: the details' own state, kept in sync by their toggle events. */
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
    this.afterHydration(() => {
      this.#adoptOpen();
      this.#onHashChange();
    });
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
          ? html`<div class="tools needs-script">
              <button part="toggle-all" @click=${() => (allOpen ? this.collapseAll() : this.expandAll())}>
                ${allOpen ? t.collapseAll : t.expandAll}
              </button>
            </div>`
          : nothing}
        <div @keydown=${this.#onKeydown}>
          ${faq.map((entry, i) => {
            const id = this.#ids[i];
            // Lit writes `open` only when this value changes; the toggle handler keeps it equal to
            // the DOM, so a render never undoes what the user or the browser did
            return html`<details
              part="item"
              class="item"
              id=${id}
              ?open=${this.#open.has(id)}
              @toggle=${(e: Event) => this.#setOpen(id, (e.currentTarget as HTMLDetailsElement).open)}
            >
              <summary part="question">${heading(level + 1, entry.question, 'question-heading')}</summary>
              <div part="answer">${entry.answer}</div>
            </details>`;
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
    const summary = id ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)} > summary`) : null;
    summary?.scrollIntoView({ block: 'start' });
    summary?.focus({ preventScroll: true });
  }

  /** Opens or closes one question (closing the others unless `keepOthers`); fires rk-toggle when that changes it. */
  #setOpen(id: string, open: boolean, keepOthers = this.multiple): void {
    if (this.#open.has(id) === open) return;
    if (open && !keepOthers) for (const other of this.#open) this.#setOpen(other, false);
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    this.requestUpdate();
    const entry = (this.source.state.status === 'ready' && this.source.state.value.faq?.[this.#ids.indexOf(id)]) || undefined;
    this.dispatchEvent(new RkToggleEvent({ id, question: entry?.question ?? '', open }));
  }

  /** Questions the reader opened in the server's HTML before the script ran stay open, and count as open. */
  #adoptOpen(): void {
    const open = this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[open]');
    open.forEach((details) => this.#open.add(details.id));
    if (open.length) this.requestUpdate();
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
    const summaries = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="question"]')];
    const index = summaries.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const n = summaries.length;
    // Arrow keys wrap around; Home and End go to the ends
    const next = ({ ArrowDown: index + 1, ArrowUp: index + n - 1, Home: 0, End: n - 1 } as Record<string, number>)[event.key];
    if (next === undefined) return;
    event.preventDefault();
    summaries[next % n].focus();
  };
}
