import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { plural, type Strings } from '../../i18n/strings.js';
import { heading } from '../../internal/heading.js';
import { pageUrl } from '../../internal/page-url.js';
import { openingRow, openingRowStyles } from '../../internal/opening-row.js';
import { RoleElement } from '../../internal/role-element.js';
import { termsOf } from '../../internal/search.js';
import { SAFE_HREF_PATTERN } from '../../schema/constants.js';
import type { OpeningIndex, OpeningIndexEntry } from '../../schema/opening.js';
import { parseInSlices } from '../../internal/parse-in-slices.js';
import { OPENINGS_LISTING } from '../../internal/opening-listing.js';
import { feedSource } from '../../feeds/urls.js';
import { listingOfFeed } from './feed.js';
import type { ParseResult } from '../../schema/parse.js';
import { hostStyles } from '../../styles/host.js';
import { AT_ONCE, FACETS, prepare, prepareInSlices, preparedIndex, select, view, type Facet, type OpeningsSort, type Prepared } from './listing.js';
import { openingsStyles } from './openings.styles.js';
import { facetSelect } from './facet-select.js';
import { listWords } from '../../i18n/en/lists.js';
import { openingWords } from '../../i18n/en/openings.js';

/** The query parameters a list keeps its state in: the search, each facet, the order. */
const URL_PARAMETERS = ['q', ...FACETS, 'sort'] as const;

/**
 * The open positions of a listing — all of them, or one role's (`for-role`) — with a search box,
 * filters with counts (location: country and city; workplace; department; employment type) and
 * an order (newest first, or by title). Each row is a real link to the opening's page, with its
 * places, workplace, employment type, salary and "Posted 3 days ago". Openings whose
 * `validThrough` has passed are not listed. The state lives in the URL query
 * (`?q=python&location=de-berlin&workplace=remote&sort=title`), so a filtered view can be shared,
 * survives a reload and follows Back / Forward; `no-url-sync` keeps it out (for pages with
 * several lists). Rows come a page at a time (`page-size`, then "Show more"), and the listing is
 * indexed once, so 50,000 openings stay fast.
 *
 * ```html
 * <rk-openings src="/jobs/index.json" for-role="python-web-developer" all-href="/roles/"></rk-openings>
 * ```
 *
 * @tag rk-openings
 * @summary Searchable, filterable list of open positions, in sync with the URL.
 * @csspart heading - The list's heading (`label`, default "Open positions"); it names the search region.
 * @csspart controls - The search box and the filters (a `role="search"` region).
 * @csspart search - The search input.
 * @csspart filter - Each filter's select.
 * @csspart sort - The order's select.
 * @csspart count - The live result count.
 * @csspart list - The list of openings.
 * @csspart item - One opening.
 * @csspart link - An opening's title, a link to its page.
 * @csspart meta - An opening's organization, places, workplace and employment type.
 * @csspart salary - An opening's salary.
 * @csspart posted - "Posted 3 days ago".
 * @csspart more - The "Show more" button.
 * @csspart empty - The message shown when there is nothing to list, with its Clear or Browse link.
 * @cssprop [--rk-openings-gap=0.75em] - Space between the rows.
 */
export class OpeningsElement extends RoleElement<OpeningIndex> {
  protected static override words = [listWords, openingWords];
  protected static override noun = 'openings' as const;

  static override properties = {
    forRole: { attribute: 'for-role' },
    feed: {},
    feedBase: { attribute: 'feed-base' },
    hrefTemplate: { attribute: 'href-template' },
    organization: {},
    allHref: { attribute: 'all-href' },
    label: {},
    noUrlSync: { type: Boolean, attribute: 'no-url-sync' },
    emitJsonld: { type: Boolean, attribute: 'emit-jsonld' },
    pageSize: { type: Number, attribute: 'page-size' },
    query: { attribute: false },
    filters: { attribute: false },
    sort: { attribute: false },
    shown: { state: true },
  };

  static override styles = [hostStyles, openingRowStyles, openingsStyles];

  /** Lists only this role's openings (a role slug: `python-web-developer`). Default: all. */
  declare forRole: string | undefined;
  /**
   * An applicant tracking system's public job board, read in the browser: `greenhouse:<board token>`,
   * `lever:<site>` or `ashby:<job board name>` (their APIs allow cross-origin requests; for the
   * others, and for pages search engines index, build the openings with `rolekit feed`). Instead of `src`.
   */
  declare feed: string | undefined;
  /** Replaces the feed's origin: a proxy, Lever's EU host `https://api.eu.lever.co`, a test server. */
  declare feedBase: string | undefined;
  /** Row links: `{id}` is replaced by the opening's id (`/jobs/{id}/`). Default: each opening's `href` in the listing (with `feed`: its posting at the ATS). */
  declare hrefTemplate: string | undefined;
  /** The hiring organization's name, for feeds that do not give it (Greenhouse, Lever, Ashby do not). */
  declare organization: string | undefined;
  /** Where all roles are listed: the empty state links there. */
  declare allHref: string | undefined;
  /** The list's heading and the name of its search region (default "Open positions"): give each list on a page its own. */
  declare label: string | undefined;
  /** Keeps the state out of the URL (for pages with several lists). */
  declare noUrlSync: boolean;
  /**
   * Adds a schema.org ItemList of the open positions' pages (`toOpeningsItemList`; with `for-role`,
   * that role's) to the document head as one `<script type="application/ld+json">`: kept in step
   * with the listing, removed on disconnect, none added when the page already has one for the same
   * page (a server-rendered page's). Never a JobPosting: those belong on each opening's own page. Off by default.
   */
  declare emitJsonld: boolean;
  /** Openings shown at first and added by each "Show more" (default 20). */
  declare pageSize: number;
  /** The search text. */
  declare query: string;
  /** The chosen filter values, by facet (`location`: "de" or "de-berlin"; `workplace`: "remote"; `department`: a slug; `type`: "full-time"); "" or absent: all. */
  declare filters: Partial<Record<Facet, string>>;
  /** The order: `newest` (default) or `title` (A–Z). */
  declare sort: OpeningsSort;
  declare private shown: number;

  /** Listings are large: 48 MB holds well over 50,000 openings. */
  static override maxBytes = 48 * 2 ** 20;

  constructor() {
    super();
    this.noUrlSync = false;
    this.emitJsonld = false;
    this.emitsJsonLd(
      (index) => [index, this.forRole, this.hrefTemplate, pageUrl(URL_PARAMETERS)] as const,
      ([index, role, , url], { toOpeningsItemList }) => toOpeningsItemList({ ...index, openings: index.openings.map((entry) => ({ ...entry, href: this.#href(entry) })) }, { url, role }),
      // loaded on first use, like the role's builders: a list without emit-jsonld never fetches them
      () => import('../../schema/jobposting.js'),
    );
    this.pageSize = 20;
    this.query = '';
    this.filters = {};
    this.sort = 'newest';
    this.shown = 0;
  }

  protected override parse(input: unknown, now?: boolean): ParseResult<OpeningIndex> | Promise<ParseResult<OpeningIndex>> {
    return parseInSlices(OPENINGS_LISTING, input, now);
  }

  #preparing?: Promise<unknown>;

  protected override pendingWork(): Promise<unknown> | undefined {
    return this.#preparing;
  }

  /** The listing's search index — made now if it is small (or on a server); else once its slices are done (undefined until then). */
  #indexed(index: OpeningIndex, t: Strings): Prepared | undefined {
    if (isServer || index.openings.length <= AT_ONCE) return prepare(index, t);
    const ready = preparedIndex(index);
    if (!ready && !this.#preparing) {
      const preparing = (this.#preparing = prepareInSlices(index, t, () => !this.isConnected).then(() => {
        if (this.#preparing === preparing) this.#preparing = undefined;
        this.requestUpdate();
      }));
    }
    return ready;
  }

  /** Where a row leads: `href-template` with the opening's id, or its `href`. */
  #href(entry: OpeningIndexEntry): string {
    return this.hrefTemplate ? this.hrefTemplate.split('{id}').join(entry.id) : entry.href;
  }

  #badFeed?: [feed: string, state: OpeningsElement['source']['state']];

  /** With `feed`: the board's URL at its ATS (or `feed-base`), fetched instead of `src`. */
  get dataSrc(): string | undefined {
    if (!this.feed) return undefined;
    const source = feedSource(this.feed, this.feedBase);
    return source.ok ? source.url : undefined;
  }

  /** With `feed`: the ATS's response becomes a listing (the adapter loads on first use). */
  convert(fetched: unknown): Promise<ParseResult<unknown>> {
    return this.feed ? listingOfFeed(this.feed, this.organization, fetched) : Promise.resolve({ ok: true, value: fetched });
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

  /** Clears the search and the filters. */
  clearFilters(): void {
    this.#set({ query: '', filters: {} });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feed && !this.data ? feedSource(this.feed) : undefined;
    if (this.feed && feed && !feed.ok) {
      // one state per bad value, so its rk-error is announced once
      const bad = this.#badFeed?.[0] === this.feed ? this.#badFeed : (this.#badFeed = [this.feed, { status: 'error', error: { kind: 'invalid', problems: [{ path: 'feed', message: feed.message }] } }]);
      this.source.state = bad[1];
    }
    if (['query', 'filters', 'sort', 'forRole', 'data', 'src'].some((key) => changed.has(key as keyof OpeningsElement))) this.shown = this.pageSize;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // the state, also after Back / Forward: a select the reader has changed no longer follows its options' `selected`
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select')) {
      const value = select.name ? (this.filters[select.name as Facet] ?? '') : this.sort;
      if (select.value !== value) select.value = value;
    }
  }

  protected override renderReady(index: OpeningIndex, t: Strings, level: number): TemplateResult {
    const list = this.#indexed(index, t);
    if (!list) {
      // a large listing is being indexed in slices: its heading, and the rows' space, busy
      return html`${heading(level, this.label || t.openPositions)}
        <div part="list" class="loading" aria-busy="true"></div>`;
    }
    const order = view(list, this.forRole ?? '', this.sort);
    const title = heading(level, this.label || t.openPositions);
    if (!order.length) {
      return html`${title}
        <div part="empty">
          <p>${this.forRole ? t.noOpeningsForRole : t.noOpenings}</p>
          ${this.allHref && SAFE_HREF_PATTERN.test(this.allHref) ? html`<p><a href=${this.allHref}>${t.allRoles}</a></p>` : nothing}
        </div>`;
    }
    const terms = termsOf(this.query);
    const chosen = FACETS.map((facet) => this.filters[facet] ?? '');
    const { results, counts, totals } = select(list, order, terms, chosen);
    const language = index.language ?? 'en';
    return html`${title}
      <div part="controls" role="search" aria-label=${this.label || t.openPositions}>
        <label
          >${t.searchOpenings}<input
            part="search"
            type="search"
            .value=${this.query}
            @input=${(e: InputEvent) => this.#set({ query: (e.target as HTMLInputElement).value }, false)}
        /></label>
        ${FACETS.map((facet, f) => (list.facets[f].length ? facetSelect(facet, list, counts[f], totals[f], chosen[f], t, (value) => this.#set({ filters: { ...this.filters, [facet]: value } })) : nothing))}
      </div>
      <div class="summary">
        <p part="count" role="status">${plural(t.openings, results.length, t.lang)}</p>
        <label
          >${t.sort}<select part="sort" @change=${(e: Event) => this.#set({ sort: (e.target as HTMLSelectElement).value as OpeningsSort })}>
            <option value="newest" ?selected=${this.sort === 'newest'}>${t.sortNewest}</option>
            <option value="title" ?selected=${this.sort === 'title'}>${t.sortTitle}</option>
          </select></label
        >
      </div>
      ${results.length
        ? html`<ul part="list">
              ${[...results.subarray(0, this.shown)].map((i) => openingRow(list.entries[i], terms, t, language, level + 1, this.#href(list.entries[i])))}
            </ul>
            ${results.length > this.shown
              ? html`<button part="more" @click=${this.#showMore}>${plural(t.showMore, results.length - this.shown, t.lang)}</button>`
              : nothing}`
        : html`<div part="empty">
            <p>${t.noOpeningMatches}</p>
            <button class="primary" @click=${() => this.clearFilters()}>${t.clearFilters}</button>
          </div>`}`;
  }

  /** Applies a change and records it in the URL: a new history entry, or (typing) the same one. */
  #set(change: Partial<Pick<OpeningsElement, 'query' | 'filters' | 'sort'>>, push = true): void {
    Object.assign(this, change);
    if (this.noUrlSync) return;
    const url = new URL(location.href);
    const typing = !push && url.searchParams.has('q');
    const values: Record<string, string> = { q: this.query, ...this.filters, sort: this.sort === 'newest' ? '' : this.sort };
    for (const key of URL_PARAMETERS) {
      if (values[key]) url.searchParams.set(key, values[key]);
      else url.searchParams.delete(key);
    }
    if (url.href !== location.href) history[typing ? 'replaceState' : 'pushState'](history.state, '', url);
  }

  #readUrl = (): void => {
    const params = new URLSearchParams(location.search);
    this.query = params.get('q') ?? '';
    this.filters = Object.fromEntries(FACETS.flatMap((facet) => (params.get(facet) ? [[facet, params.get(facet)!]] : [])));
    this.sort = params.get('sort') === 'title' ? 'title' : 'newest';
  };

  async #showMore(): Promise<void> {
    const first = this.shown;
    this.shown += this.pageSize;
    await this.updateComplete;
    // keyboard users land on the first new opening, not back at the top
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[first]?.querySelector<HTMLElement>('a')?.focus();
  }
}
