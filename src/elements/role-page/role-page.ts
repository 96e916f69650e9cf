import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { stopNested } from '../../internal/templates.js';
import type { Strings } from '../../i18n/strings.js';
import { clampLevel, heading } from '../../internal/heading.js';
import { pageUrl } from '../../internal/page-url.js';
import { RoleElement } from '../../internal/role-element.js';
import type { Role } from '../../schema/role.js';
import { hostStyles } from '../../styles/host.js';
import { paragraphs } from '../../internal/templates.js';
import { atAGlanceBody, atAGlanceStyles, ratingStyles } from '../at-a-glance/at-a-glance.js';
import { dutiesBody } from '../duties/duties.js';
import { qualificationsBody, qualificationsStyles } from '../qualifications/qualifications.js';
import { roleWords } from '../../i18n/en/role.js';

/**
 * The sections without state of their own, rendered here in the page's shadow root from the same
 * templates as their standalone elements: one shadow root (and one copy of the styles) instead of
 * five. The FAQ and the cover letter, which have state, stay nested elements.
 */
const BODIES: Record<string, (role: Role, t: Strings, level: number) => TemplateResult> = {
  'at-a-glance': atAGlanceBody,
  duties: dutiesBody,
  overview: (role, t) => paragraphs(role.overview, t),
  qualifications: qualificationsBody,
  'career-outlook': (role, t) => paragraphs(role.careerOutlook, t),
};

/** The page's sections in the seed's order: id (also a `hide` keyword), and the role's key (also its title's key in the catalogue). */
const SECTIONS = [
  ['at-a-glance', 'atAGlance'],
  ['duties', 'duties'],
  ['overview', 'overview'],
  ['qualifications', 'qualifications'],
  ['career-outlook', 'careerOutlook'],
  ['cover-letter', 'coverLetter'],
  ['faq', 'faq'],
] as const;

/** Keywords `hide` accepts: every section id, plus the page's own parts. */
export type RolePageSection = (typeof SECTIONS)[number][0] | 'summary' | 'contents' | 'related';

/**
 * A whole role page: category, title, last-updated date and summary, a table of contents, then
 * the sections in order — at a glance, duties, overview, qualifications, career outlook, sample
 * cover letter, FAQ — and the related links. Sections the role lacks are left out; `hide`
 * leaves out others. The sections without state of their own are rendered in the page's own
 * shadow root, from the same templates as `<rk-duties>` and the others (their parts — `list`,
 * `item`, `body`, `group`, `label`, `value`… — are the page's parts here); the FAQ and the cover
 * letter are nested `<rk-faq>` and `<rk-cover-letter>` elements, so register them too (`rolekit/define`).
 *
 * ```html
 * <rk-role-page src="/roles/python-web-developer.json" heading-level="1" hide="cover-letter" emit-jsonld></rk-role-page>
 * ```
 *
 * @tag rk-role-page
 * @dependency rk-cover-letter
 * @dependency rk-faq
 * @summary A complete role page composed from the other elements.
 * @csspart header - Category, title, date and summary.
 * @csspart category - The category (a link when it has an `href`).
 * @csspart summary - The summary paragraph.
 * @csspart contents - The table of contents.
 * @csspart section - Each section: a `<section>`, or the nested `<rk-cover-letter>` / `<rk-faq>`, whose insides take the same --rk-* custom properties, set on the page.
 * @csspart related - The related links.
 * @slot openings - Under the summary: the role's open positions (`openings-src` puts an `<rk-role-openings>` here).
 */
export class RolePageElement extends RoleElement {
  protected static override words = [roleWords];
  static override properties = {
    hide: {},
    emitJsonld: { type: Boolean, attribute: 'emit-jsonld' },
    openingsSrc: { attribute: 'openings-src' },
    openingsHref: { attribute: 'openings-href' },
  };

  static override styles = [
    hostStyles,
    ratingStyles,
    atAGlanceStyles,
    qualificationsStyles,
    css`
      article > * + * {
        margin-block-start: calc(var(--_space) * 2);
      }
      [part~='header'] p {
        margin: 0 0 0.5em;
      }
      [part~='header'] [part~='heading'] {
        font-size: 1.75em;
      }
      [part~='summary'] {
        font-size: 1.1em;
      }
      /* the arrow points the way the text reads */
      .arrow:dir(rtl) {
        display: inline-block;
        transform: scaleX(-1);
      }
      nav ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.25em;
      }
      [part~='contents'] {
        border-block: 0.0625em solid var(--_border);
        padding-block: 0.5em;
      }
      [part~='contents'] li + li,
      [part~='related'] li + li {
        margin: 0;
      }
      ::slotted([slot='openings']) {
        margin-block-start: calc(var(--_space) * 2);
        /* shown here, in its place: a server-rendered list of open positions hides itself until slotted */
        position: static !important;
        visibility: visible !important;
      }
      [part~='section'] {
        scroll-margin-block-start: var(--rk-scroll-margin, 1em);
      }
      [part~='section']:focus {
        outline: none;
      }
    `,
  ];

  /** Space-separated sections to leave out: `at-a-glance duties overview qualifications career-outlook cover-letter faq summary contents related`. */
  declare hide: string | undefined;
  /**
   * Adds the role's schema.org graph (`toJsonLd`: WebPage, Occupation, BreadcrumbList, FAQPage)
   * to the document head as one `<script type="application/ld+json">`, for the page's canonical
   * URL (or its address). Kept in step with the data; removed on disconnect; none added when the
   * page already has one for the same page (a server-rendered page's). Off by default.
   */
  declare emitJsonld: boolean;
  /**
   * URL of a listing of openings (like `<rk-openings src>`): the role's newest open positions are
   * shown under the summary, with a link to all of them (`openings-href`) — nothing when it has
   * none. The page adds an `<rk-role-openings slot="openings">` child for them (register that
   * element too); a child of your own in that slot, or a server-rendered one, is used instead.
   */
  declare openingsSrc: string | undefined;
  /** Where all of the role's open positions are listed (`all-href` of its `<rk-role-openings>`). */
  declare openingsHref: string | undefined;

  /** The `<rk-role-openings>` this page added for `openings-src` (not one of the page's own). */
  #openings?: HTMLElement;

  constructor() {
    super();
    this.emitJsonld = false;
    this.emitsJsonLd(
      (role) => [role, pageUrl()] as const,
      ([role, url], { toJsonLd }) => toJsonLd(role, { url }),
    );
  }

  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    const hidden = new Set((this.hide ?? '').split(/\s+/));
    const sections = SECTIONS.filter(([id, key]) => role[key] && !hidden.has(id));
    const shown = new Set<string>(sections.map(([id]) => id));
    // every section element is in the template; one that is not shown gets no data and `hidden`
    const data = (id: string) => (shown.has(id) ? role : undefined);
    const sub = level + 1;
    const date = role.updated ? formatDate(role.updated, role.language) : undefined;
    const [before, after] = t.lastUpdated.split('{date}');
    return html`<article @rk-ready=${stopNested}>
      <header part="header">
        ${role.category
          ? html`<p part="category">
              ${role.category.href ? html`<a href=${role.category.href}>${role.category.name}</a>` : role.category.name}
            </p>`
          : nothing}
        ${heading(level, role.title)}
        ${date ? html`<p class="muted">${before}<time datetime=${role.updated!}>${date}</time>${after}</p>` : nothing}
        ${hidden.has('summary') ? nothing : html`<p part="summary">${role.summary}</p>`}
      </header>
      <slot name="openings"></slot>
      ${sections.length > 1 && !hidden.has('contents')
        ? // its links reach into this shadow root, which a fragment alone cannot: it needs the script
          html`<nav part="contents" class="needs-script" aria-label=${t.contents}>
            <ul>
              ${sections.map(([id, key]) => html`<li><a href="#${id}" @click=${this.#onContentsClick}>${t[key]}</a></li>`)}
            </ul>
          </nav>`
        : nothing}
      ${sections
        .filter(([id]) => BODIES[id])
        .map(([id, key]) => html`<section part="section" id=${id} tabindex="-1">${heading(sub, this.uiText(t[key]))} ${BODIES[id](role, t, sub)}</section>`)}
      <rk-cover-letter part="section" id="cover-letter" tabindex="-1" ?hidden=${!shown.has('cover-letter')} .data=${data('cover-letter')} heading-level=${sub}></rk-cover-letter>
      <rk-faq part="section" id="faq" tabindex="-1" ?hidden=${!shown.has('faq')} .data=${data('faq')} heading-level=${sub}></rk-faq>
      ${role.relatedLinks && !hidden.has('related')
        ? html`<footer part="related">
            <ul>
              ${role.relatedLinks.map((link) => html`<li><a href=${link.href}>${link.label}&nbsp;<span class="arrow">&rarr;</span></a></li>`)}
            </ul>
          </footer>`
        : nothing}
    </article>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { state } = this.source;
    const wanted = this.openingsSrc && state.status === 'ready' ? state.value : undefined;
    if (!wanted) {
      this.#openings?.remove();
      this.#openings = undefined;
      return;
    }
    const own = this.querySelector(":scope > [slot='openings']");
    if (own && own !== this.#openings) return; // the page's own (or the server's) list
    const list = (this.#openings ??= document.createElement('rk-role-openings'));
    list.slot = 'openings';
    const attributes = { src: this.openingsSrc, 'for-role': wanted.slug, 'all-href': this.openingsHref, 'heading-level': String(Math.min(6, clampLevel(this.headingLevel) + 1)) };
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined) list.removeAttribute(name);
      else if (list.getAttribute(name) !== value) list.setAttribute(name, value);
    }
    if (!list.isConnected) this.append(list);
  }

  #scrollTo(id: string): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>(`[part~='section']#${CSS.escape(id)}:not([hidden])`);
    if (!target) return false;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }

  /** The sections are in a shadow root, out of the browser's reach for `#id` links: move there by hand. */
  #onContentsClick = (event: MouseEvent): void => {
    if (this.#scrollTo((event.currentTarget as HTMLAnchorElement).hash.slice(1))) event.preventDefault();
  };
}

function formatDate(iso: string, language: string): string {
  try {
    return new Date(iso).toLocaleDateString(language, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    return iso; // a language tag Intl does not know
  }
}
