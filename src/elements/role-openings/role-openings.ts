import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { plural, type Strings } from '../../i18n/strings.js';
import { heading } from '../../internal/heading.js';
import { OPENINGS_LISTING } from '../../internal/opening-listing.js';
import { openingRow, openingRowStyles } from '../../internal/opening-row.js';
import { parseInSlices } from '../../internal/parse-in-slices.js';
import { RoleElement } from '../../internal/role-element.js';
import { SAFE_HREF_PATTERN } from '../../schema/constants.js';
import type { OpeningIndex, OpeningIndexEntry } from '../../schema/opening.js';
import { isExpired } from '../../schema/opening-rules.js';
import type { ParseResult } from '../../schema/parse.js';
import { hostStyles } from '../../styles/host.js';
import { listWords } from '../../i18n/en/lists.js';
import { openingWords } from '../../i18n/en/openings.js';

/** A role's open positions in a listing, newest first (expired ones left out). */
export function openPositions(index: OpeningIndex, role: string | undefined): OpeningIndexEntry[] {
  return index.openings.filter((entry) => (role === undefined || entry.role === role) && !isExpired(entry)).sort((a, b) => (a.posted < b.posted ? 1 : a.posted > b.posted ? -1 : 0));
}

/**
 * A short list of a role's open positions — the newest few, each a link to its page — and a link
 * to all of them. Nothing at all (no heading, no space) when the role has none: place it where
 * open positions are a bonus, such as under a role page's summary (`<rk-role-page openings-src>`
 * adds one there). For a searchable list of every opening, use `<rk-openings>`.
 *
 * ```html
 * <rk-role-openings src="/jobs/index.json" for-role="python-web-developer" all-href="/jobs/"></rk-role-openings>
 * ```
 *
 * @tag rk-role-openings
 * @summary The newest open positions of one role, with a link to all of them.
 * @csspart heading - The heading ("Open positions", or `label`).
 * @csspart list - The list of openings.
 * @csspart item - One opening.
 * @csspart link - An opening's title, a link to its page.
 * @csspart meta - An opening's organization, places, workplace and employment type.
 * @csspart salary - An opening's salary.
 * @csspart posted - "Posted 3 days ago".
 * @csspart all - The link to all of the role's open positions (with `all-href`).
 * @cssprop [--rk-openings-gap=0.75em] - Space between the rows.
 */
export class RoleOpeningsElement extends RoleElement<OpeningIndex> {
  protected static override words = [listWords, openingWords];
  protected static override noun = 'openings' as const;

  static override properties = {
    forRole: { attribute: 'for-role' },
    allHref: { attribute: 'all-href' },
    limit: { type: Number },
    label: {},
    empty: { type: Boolean, reflect: true },
  };

  static override styles = [
    hostStyles,
    openingRowStyles,
    css`
      :host([empty]) {
        display: none !important;
      }
      /* in a server-rendered role page's light DOM, ahead of the page's own shadow root: unseen and
         out of the way until the page slots it under its summary (the page's ::slotted rule) */
      :host([slot='openings']) {
        position: absolute;
        visibility: hidden;
      }
      [part~='heading'] {
        margin-block-end: 0.5em;
      }
      [part~='list'] {
        margin-block-end: 0.5em;
      }
      /* the arrow points the way the text reads */
      .arrow:dir(rtl) {
        display: inline-block;
        transform: scaleX(-1);
      }
      [part~='all'] {
        font-weight: 600;
      }
      p {
        margin: 0;
      }
    `,
  ];

  /** The role whose openings are listed (its slug: `python-web-developer`). Unset: every opening. */
  declare forRole: string | undefined;
  /** Where all of the role's open positions are listed: "See all 5 open positions" links there. */
  declare allHref: string | undefined;
  /** How many openings are shown, newest first (default 3). */
  declare limit: number;
  /** The heading (default "Open positions"). */
  declare label: string | undefined;
  /** Set (and reflected) when the listing holds no open position for the role: the element takes no space. */
  declare empty: boolean;

  /** Listings are large: 48 MB holds well over 50,000 openings. */
  static override maxBytes = 48 * 2 ** 20;

  constructor() {
    super();
    this.limit = 3;
    this.empty = false;
  }

  protected override parse(input: unknown, now?: boolean): ParseResult<OpeningIndex> | Promise<ParseResult<OpeningIndex>> {
    return parseInSlices(OPENINGS_LISTING, input, now);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.source;
    // reflected before rendering, so a server-rendered element without openings takes no space either
    this.empty = state.status === 'ready' && openPositions(state.value, this.forRole).length === 0;
  }

  protected override renderReady(index: OpeningIndex, t: Strings, level: number): TemplateResult {
    const open = openPositions(index, this.forRole);
    if (!open.length) return html``;
    const language = index.language ?? 'en';
    const all = this.allHref && SAFE_HREF_PATTERN.test(this.allHref) ? this.allHref : undefined;
    return html`<section>
      ${heading(level, this.label || t.openPositions)}
      <ul part="list">
        ${open.slice(0, Math.max(1, this.limit)).map((entry) => openingRow(entry, [], t, language, level + 1))}
      </ul>
      ${all ? html`<p><a part="all" href=${all}>${plural(t.seeAllOpenings, open.length, t.lang)}&nbsp;<span class="arrow">&rarr;</span></a></p>` : nothing}
    </section>`;
  }
}
