import { css, html, nothing, type TemplateResult } from 'lit';
import { plural, type Strings } from '../../i18n/strings.js';
import { heading } from '../../internal/heading.js';
import { RoleElement } from '../../internal/role-element.js';
import { SAFE_HREF_PATTERN } from '../../schema/constants.js';
import type { Role } from '../../schema/role.js';
import { hostStyles } from '../../styles/host.js';
import { markMatches, markSnippet, termsOf } from '../../internal/search.js';
import { aiImpactScale, ratingStyles } from '../at-a-glance/at-a-glance.js';
import { roleWords } from '../../i18n/en/role.js';
import { listWords } from '../../i18n/en/lists.js';

/** Runs from `markMatches` with the matches in <mark>: text only, never markup. */
const marked = (parts: string[]) => parts.map((part, i) => (i % 2 ? html`<mark part="match">${part}</mark>` : part));

/**
 * A compact card for listings: category, title, summary (clamped to a few lines) and two key
 * facts (AI impact, typical experience). With `href` the title is a real link to the full role, and the whole card is its
 * click target.
 *
 * ```html
 * <rk-role-card src="/roles/python-web-developer.json" href="/roles/python-web-developer/"></rk-role-card>
 * ```
 *
 * @tag rk-role-card
 * @summary Compact role card for listings, linking to the full role.
 * @csspart card - The card's box.
 * @csspart category - The category line.
 * @csspart link - The title's link (with `href`).
 * @csspart summary - The summary, clamped to `--rk-card-summary-lines` lines (while searching, it may start at a match: see `highlight`).
 * @csspart facts - The key facts.
 * @csspart openings - "3 open positions", with `openings`.
 * @csspart match - Text matching `highlight`.
 * @cssprop [--rk-card-summary-lines=3] - Lines of summary shown before it is clamped.
 * @cssprop [--rk-color-highlight=#fff3bf] - Background of text matching `highlight`.
 */
export class RoleCardElement extends RoleElement {
  protected static override words = [roleWords, listWords];
  static override properties = {
    href: {},
    highlight: {},
    openings: { type: Number },
  };

  static override styles = [
    hostStyles,
    ratingStyles,
    css`
      /* the card fills the space it is given (a board's grid row): cards side by side are equally tall */
      .base {
        block-size: 100%;
      }
      [part~='card'] {
        position: relative;
        display: flex;
        flex-direction: column;
        gap: 0.5em;
        box-sizing: border-box;
        border: 0.0625em solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_space);
        block-size: 100%;
      }
      :host([theme]) .base {
        padding: 0;
      }
      [part~='heading'] {
        margin: 0;
      }
      [part~='category'] {
        margin: 0;
        font-size: 0.875em;
        color: var(--_muted);
      }
      a {
        text-decoration: none;
      }
      a::after {
        content: '';
        position: absolute;
        inset: 0;
        border-radius: inherit;
      }
      a:hover {
        text-decoration: underline;
      }
      a:focus-visible {
        outline: none;
      }
      a:focus-visible::after {
        outline: 0.15em solid var(--_accent);
        outline-offset: 0.15em;
      }
      [part~='summary'] {
        margin: 0;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: var(--rk-card-summary-lines, 3);
        overflow: hidden;
      }
      [part~='openings'] {
        margin: 0;
        /* at the foot of the card, level with its neighbours' */
        margin-block-start: auto;
        font-size: 0.875em;
        font-weight: 600;
        color: var(--_accent);
      }
      dl {
        margin: 0;
        font-size: 0.875em;
        display: grid;
        gap: 0.25em;
      }
      dl div {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.4em;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
      }
    `,
  ];

  /** Where the full role lives (http(s), mailto or relative). Without it the title is not a link. */
  declare href: string | undefined;
  /**
   * Search words to mark in the category, title and summary (case- and accent-insensitive). A word
   * found only where the clamp would hide it shows as a snippet: the summary starts shortly before
   * it, after an "…" ("…They work on Django or FastAPI"). Without `highlight` the whole summary is shown.
   */
  declare highlight: string | undefined;
  /** How many positions are open for the role: the card says "3 open positions" (nothing for 0 or unset). A board sets it from its listing's `openings`. */
  declare openings: number | undefined;

  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    const glance = role.atAGlance;
    // `href` may come from data (a listing index), so it gets the same check as links in a role
    const href = this.href && SAFE_HREF_PATTERN.test(this.href) ? this.href : undefined;
    const facts = [
      glance?.aiImpact
        ? html`<div><dt>${t.aiImpact}</dt><dd>${aiImpactScale(glance.aiImpact, t)}</dd></div>`
        : nothing,
      glance?.experience ? html`<div><dt>${t.experience}</dt><dd>${glance.experience}</dd></div>` : nothing,
    ];
    const terms = termsOf(this.highlight ?? '');
    const title = marked(markMatches(role.title, terms));
    const category = role.category?.name;
    return html`<article part="card">
      ${category ? html`<p part="category">${marked(markMatches(category, terms))}</p>` : nothing}
      ${heading(level, href ? html`<a part="link" href=${href}>${title}</a>` : title)}
      <p part="summary">${marked(markSnippet(role.summary, terms, `${role.title} ${category ?? ''}`))}</p>
      ${glance ? html`<dl part="facts">${facts}</dl>` : nothing}
      ${this.openings! > 0 ? html`<p part="openings">${plural(t.openings, this.openings!, t.lang)}</p>` : nothing}
    </article>`;
  }
}
