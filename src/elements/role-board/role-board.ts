import { css, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { stopNested } from '../../internal/templates.js';
import { formatNumber, plural, type Strings } from '../../i18n/strings.js';
import { RkSelectEvent } from '../../events/rk-select.js';
import { pageUrl } from '../../internal/page-url.js';
import { RoleElement } from '../../internal/role-element.js';
import { parseInSlices } from '../../internal/parse-in-slices.js';
import { termsOf } from '../../internal/search.js';
import { parseRoleIndex, type ParseResult } from '../../schema/parse.js';
import { ROLE_INDEX_SHAPE } from '../../schema/shapes.js';
import type { Shape } from '../../schema/validate.js';
import { SAFE_HREF_PATTERN } from '../../schema/constants.js';
import type { RoleInput } from '../../schema/role.js';
import type { RoleIndex, RoleIndexEntry } from '../../schema/role-index.js';
import { AT_ONCE, firstItems, itemsOf, prepareInSlices, readyItems, type BoardSort, type Item } from './board-items.js';
import { hostStyles } from '../../styles/host.js';
import { roleWords } from '../../i18n/en/role.js';
import { listWords } from '../../i18n/en/lists.js';

/** Where a listed role lives: `template` with `{slug}` filled in, or the entry's `href`; '' when that is not a safe link. */
export function hrefOf(entry: RoleIndexEntry, template?: string): string {
  const href = template ? template.replaceAll('{slug}', () => encodeURIComponent(entry.slug)) : entry.href;
  return SAFE_HREF_PATTERN.test(href) ? href : '';
}

/** The query parameters a board keeps its filters in (not part of the page's identity). */
const URL_PARAMETERS = ['q', 'category', 'sort'];

export type { BoardSort } from './board-items.js';

/** How a listing is checked, a slice at a time when it is large. */
const ROLES = (ROLE_INDEX_SHAPE as unknown as { keys: { roles: { item: Shape; checks: { max?: number }[] } } }).keys.roles;
const LISTING = { parse: parseRoleIndex, key: 'roles', item: ROLES.item, max: ROLES.checks.find((check) => check.max)!.max! };

/**
 * A careers listing: role cards in a responsive grid with a search box, a category filter with
 * counts and a sort order. Search is case- and accent-insensitive over title, category and
 * summary, and marks what matched. The filter state lives in the URL query
 * (`?q=python&category=data&sort=updated`), so a filtered view can be shared, survives a reload and
 * follows Back / Forward. Cards come a page at a time (`page-size`, then "Show more"), so 10,000
 * roles stay fast: only what is shown is rendered.
 *
 * ```html
 * <rk-role-board src="/data/index.json" href-template="/jobs/{slug}"></rk-role-board>
 * ```
 *
 * @tag rk-role-board
 * @dependency rk-role-card
 * @summary Searchable, filterable listing of role cards, in sync with the URL.
 * @csspart controls - The search box, category filter and sort.
 * @csspart search - The search input.
 * @csspart category - The category select.
 * @csspart sort - The sort select.
 * @csspart count - The live result count.
 * @csspart list - The grid of cards.
 * @csspart card - Each `<rk-role-card>` (style its insides with the card's custom properties).
 * @csspart more - The "Show more" button.
 * @csspart empty - The message shown when nothing matches, with its Clear button.
 * @cssprop [--rk-board-card-min=16em] - Narrowest card before the grid drops a column.
 * @fires {RkSelectEvent} rk-select - A card was opened. `detail`: `{ slug, href }`.
 */
export class RoleBoardElement extends RoleElement<RoleIndex> {
  protected static override words = [roleWords, listWords];
  protected static override noun = 'roles' as const;

  static override properties = {
    hrefTemplate: { attribute: 'href-template' },
    noUrlSync: { type: Boolean, attribute: 'no-url-sync' },
    emitJsonld: { type: Boolean, attribute: 'emit-jsonld' },
    pageSize: { type: Number, attribute: 'page-size' },
    label: {},
    query: { attribute: false },
    category: { attribute: false },
    sort: { attribute: false },
    shown: { state: true },
  };

  static override styles = [
    hostStyles,
    css`
      [part='controls'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em var(--_space);
        align-items: end;
        margin-block-end: var(--_space);
      }
      label {
        flex: 1 1 14em;
      }
      [part='list'] {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--_space);
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--rk-board-card-min, 16em)), 1fr));
      }
      li + li {
        margin: 0;
      }
      /* each card stretches to its row's height */
      li {
        display: grid;
      }
    `,
  ];

  /** Card links: `{slug}` is replaced by the role's slug (`/jobs/{slug}`). Default: each role's `href` in the index. */
  declare hrefTemplate: string | undefined;
  /** Keeps the filter state out of the URL (for pages with several boards). */
  declare noUrlSync: boolean;
  /**
   * Adds a schema.org ItemList of every role's URL (`toItemList`) to the document head as one
   * `<script type="application/ld+json">`: kept in step with the listing and `href-template`,
   * removed on disconnect, none added when the page already has one for the same page. Off by default.
   */
  declare emitJsonld: boolean;
  /** Cards shown at first and added by each "Show more" (default 24). */
  declare pageSize: number;
  /** The name of the board's search region ("Roles in Berlin"): give each list on a page its own, so their landmarks differ. */
  declare label: string | undefined;
  /** The search text. */
  declare query: string;
  /** The category filter: a category's slug ("software-engineering"), or "" for all. */
  declare category: string;
  /** The order: `title` (A–Z, default) or `updated` (most recent first). */
  declare sort: BoardSort;
  declare private shown: number;

  /** A large listing is prepared in slices: `updateComplete` waits for the whole of it. */
  protected override pendingWork(): Promise<unknown> | undefined {
    return this.#preparing;
  }

  constructor() {
    super();
    this.noUrlSync = false;
    this.emitJsonld = false;
    this.emitsJsonLd(
      (index) => [index, this.hrefTemplate, pageUrl(URL_PARAMETERS)] as const,
      ([index, template, url], { toItemList }) => toItemList(index, { url, href: (entry) => hrefOf(entry, template) }),
    );
    this.pageSize = 24;
    this.query = '';
    this.category = '';
    this.sort = 'title';
    this.shown = 0;
  }

  /** Listings are larger than roles: 48 MB holds well over 100,000 entries. */
  static override maxBytes = 48 * 2 ** 20;

  protected override parse(input: unknown, now?: boolean): ParseResult<RoleIndex> | Promise<ParseResult<RoleIndex>> {
    return parseInSlices(LISTING, input, now);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.noUrlSync) return;
    this.afterHydration(this.#readUrl);
    window.addEventListener('popstate', this.#readUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#readUrl);
  }

  /** Clears the search and the category filter. */
  clearFilters(): void {
    this.#set({ query: '', category: '' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query') || changed.has('category') || changed.has('sort') || changed.has('data') || changed.has('src')) {
      this.shown = this.pageSize;
    }
  }

  protected override renderReady(index: RoleIndex, t: Strings, level: number): TemplateResult {
    const terms = termsOf(this.query);
    const filtered = terms.length > 0 || this.category !== '';
    const ordered = this.#ordered(index);
    // a large listing still being prepared: its first cards when they are known and nothing is filtered
    const first = ordered || filtered ? undefined : firstItems(index, this.sort);
    const matching = !ordered ? [] : terms.length ? ordered.filter((item) => terms.every((term) => item.text.includes(term))) : ordered;
    // categories (with counts) of what the search matches, so every option leads somewhere
    const counts = new Map<string, [string, number]>();
    for (const { entry, category } of matching) counts.set(category, [entry.category, (counts.get(category)?.[1] ?? 0) + 1]);
    const results = first ?? (this.category ? matching.filter((item) => item.category === this.category) : matching);
    const total = ordered ? results.length : index.roles.length;
    const shown = results.slice(0, this.shown);
    return html`<div part="controls" role="search" aria-label=${this.label || nothing}>
        <label
          >${t.search}<input
            part="search"
            type="search"
            .value=${this.query}
            @input=${(e: InputEvent) => this.#set({ query: (e.target as HTMLInputElement).value }, false)}
        /></label>
        <label
          >${t.category}<select part="category" @change=${(e: Event) => this.#set({ category: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!this.category}>${plural(t.allCategories, ordered ? matching.length : total, t.lang)}</option>
            ${[...counts]
              .sort((a, b) => a[1][0].localeCompare(b[1][0]))
              .map(([key, [name, count]]) => html`<option value=${key} ?selected=${key === this.category}>${name} (${formatNumber(count, t.lang)})</option>`)}
          </select></label
        >
        <label
          >${t.sort}<select part="sort" @change=${(e: Event) => this.#set({ sort: (e.target as HTMLSelectElement).value as BoardSort })}>
            <option value="title" ?selected=${this.sort === 'title'}>${t.sortTitle}</option>
            <option value="updated" ?selected=${this.sort === 'updated'}>${t.sortUpdated}</option>
          </select></label
        >
      </div>
      <p part="count" role="status">${plural(t.roles, total, t.lang)}</p>
      ${!ordered && !first
        ? html`<div part="list" class="loading" aria-busy="true"></div>`
        : results.length
        ? html`<ul part="list" @click=${this.#onClick} @rk-ready=${stopNested}>
              ${shown.map(
                ({ entry, role }) =>
                  html`<li>
                    <rk-role-card part="card" .data=${role} href=${this.#href(entry)} highlight=${this.query} heading-level=${level} openings=${entry.openings ?? nothing}></rk-role-card>
                  </li>`,
              )}
            </ul>
            ${ordered && results.length > shown.length
              ? html`<button part="more" @click=${this.#showMore}>
                  ${plural(t.showMore, results.length - shown.length, t.lang)}
                </button>`
              : nothing}`
        : html`<div part="empty">
            <p>${t.noMatches}</p>
            ${filtered ? html`<button class="primary" @click=${() => this.clearFilters()}>${t.clearFilters}</button>` : nothing}
          </div>`}`;
  }

  /** The listing prepared in slices, while it is (for `updateComplete`). */
  #preparing?: Promise<unknown>;

  /** The listing in the current order — made now if it is small; else once its slices are done (undefined until then). */
  #ordered(index: RoleIndex): Item[] | undefined {
    if (isServer || index.roles.length <= AT_ONCE) return itemsOf(index, this.sort);
    const ready = readyItems(index, this.sort);
    const preparing = ready ? undefined : prepareInSlices(index, this.sort, this.pageSize, () => this.requestUpdate(), () => !this.isConnected);
    // once per preparation (each render while it runs gets the same promise back)
    if (preparing && preparing !== this.#preparing) {
      this.#preparing = preparing;
      void preparing.then(() => {
        if (this.#preparing === preparing) this.#preparing = undefined;
      });
    }
    return ready;
  }

  #href(entry: RoleIndexEntry): string {
    return hrefOf(entry, this.hrefTemplate);
  }

  /** Applies a filter change and records it in the URL: a new history entry, or (typing) the same one. */
  #set(change: Partial<Pick<RoleBoardElement, 'query' | 'category' | 'sort'>>, push = true): void {
    Object.assign(this, change);
    if (this.noUrlSync) return;
    const url = new URL(location.href);
    const typing = !push && url.searchParams.has('q');
    for (const [key, value, fallback] of [
      ['q', this.query, ''],
      ['category', this.category, ''],
      ['sort', this.sort, 'title'],
    ] as const) {
      if (value === fallback) url.searchParams.delete(key);
      else url.searchParams.set(key, value);
    }
    if (url.href !== location.href) history[typing ? 'replaceState' : 'pushState'](history.state, '', url);
  }

  #readUrl = (): void => {
    const params = new URLSearchParams(location.search);
    this.query = params.get('q') ?? '';
    this.category = params.get('category') ?? '';
    this.sort = params.get('sort') === 'updated' ? 'updated' : 'title';
  };

  async #showMore(): Promise<void> {
    const first = this.shown;
    this.shown += this.pageSize;
    await this.updateComplete;
    // keyboard users land on the first new card, not back at the top
    const card = this.renderRoot.querySelectorAll('rk-role-card')[first] as HTMLElement & { updateComplete: Promise<unknown> };
    await card?.updateComplete;
    card?.shadowRoot?.querySelector<HTMLElement>('a')?.focus();
  }

  /** A click anywhere on a card is on its link: the link's ::after covers the card. */
  #onClick = (event: MouseEvent): void => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const card = link && ((link.getRootNode() as ShadowRoot).host as HTMLElement & { data: RoleInput });
    if (card) this.dispatchEvent(new RkSelectEvent({ slug: card.data.slug, href: link.href }));
  };
}
