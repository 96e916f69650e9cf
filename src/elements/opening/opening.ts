import { html, nothing, type TemplateResult } from 'lit';
import { RkApplyEvent } from '../../events/rk-apply.js';
import type { Strings } from '../../i18n/strings.js';
import { heading } from '../../internal/heading.js';
import { pageUrl } from '../../internal/page-url.js';
import { postedLine } from '../../internal/opening-templates.js';
import { around, dateText, employmentText, listText, locationText, placeName, salaryText, workplaceText } from '../../internal/opening-text.js';
import { RoleElement } from '../../internal/role-element.js';
import { SAFE_HREF_PATTERN } from '../../schema/constants.js';
import { placeLinks, runsOf, type PlacedLink, type Run } from '../../schema/links.js';
import type { DescriptionBlock, Opening } from '../../schema/opening.js';
import { toJobPosting } from '../../schema/jobposting.js';
import { isExpired, parseOpening } from '../../schema/parse-opening.js';
import type { ParseResult } from '../../schema/parse.js';
import { hostStyles } from '../../styles/host.js';
import { openingStyles } from './opening.styles.js';
import { openingWords } from '../../i18n/en/openings.js';

/** The role profile's link: `template` with `{slug}` filled in; '' when that is not a safe link. */
export function roleHrefOf(slug: string, template = '/roles/{slug}/'): string {
  const href = template.replaceAll('{slug}', () => encodeURIComponent(slug));
  return SAFE_HREF_PATTERN.test(href) ? href : '';
}

/** A run of text: a link when it has a safe `href`, text otherwise. */
const run = (part: Run) =>
  typeof part === 'string' ? part : SAFE_HREF_PATTERN.test(part.href) ? html`<a part="link" href=${part.href}>${part.text}</a>` : part.text;

/** One text of a block (the `index`th), with the links placed in it. */
const linked = (text: string, index: number, placed: readonly (PlacedLink | undefined)[]) =>
  placed.length ? runsOf(text, index, placed).map(run) : text;

/** The description's blocks: headings one level below `level`, paragraphs, lists, and their links. */
export const descriptionBody = (blocks: readonly DescriptionBlock[], level: number): TemplateResult =>
  html`<div part="body">
    ${blocks.map((block) => {
      if (block.type === 'heading') return heading(level + 1, block.text);
      if (block.type === 'paragraph') return html`<p>${linked(block.text, 0, placeLinks([block.text], block.links))}</p>`;
      const placed = placeLinks(block.items, block.links);
      const items = block.items.map((item, i) => html`<li>${linked(item, i, placed)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    })}
  </div>`;

const fact = (label: string, value: unknown) =>
  html`<div part="item"><dt part="label">${label}</dt><dd part="value">${value}</dd></div>`;

/**
 * One opening's page: organization, title, when it was posted and when applications close, the
 * facts (locations, workplace, employment type, salary, department), a prominent Apply link, a
 * link to the role profile (when the opening names its `role`) and the description. Salaries and
 * dates are in the document's language (`Intl`): "€65,000–80,000 a year", "Posted 3 days ago".
 * An opening whose `validThrough` has passed says "This position is no longer open.", has no
 * Apply link and emits no JobPosting.
 *
 * ```html
 * <rk-opening src="/jobs/python-web-developer-berlin.json" heading-level="1" emit-jsonld></rk-opening>
 * ```
 *
 * @tag rk-opening
 * @summary One open position: the facts, the description and an Apply link.
 * @csspart header - Organization, title and dates.
 * @csspart organization - The hiring organization (a link when it has a `url`).
 * @csspart dates - "Posted 3 days ago · Applications close …" (or "… closed …").
 * @csspart facts - The facts list.
 * @csspart item - One fact: its label and value.
 * @csspart label - A fact's label (`<dt>`).
 * @csspart value - A fact's value (`<dd>`).
 * @csspart actions - The Apply link and the role profile's link.
 * @csspart apply - The Apply link.
 * @csspart role - The link to the role profile.
 * @csspart closed - "This position is no longer open." (in place of the Apply link).
 * @csspart body - The description.
 * @csspart link - A link inside the description.
 * @cssprop [--rk-opening-apply-background=var(--rk-color-accent)] - The Apply link's background.
 * @cssprop [--rk-opening-apply-color=var(--rk-color-on-accent)] - The Apply link's text.
 * @fires {RkApplyEvent} rk-apply - The Apply link was followed. `detail`: `{ id, href }`.
 */
export class OpeningElement extends RoleElement<Opening> {
  protected static override words = [openingWords];
  protected static override noun = 'opening' as const;

  static override properties = {
    roleHref: { attribute: 'role-href' },
    emitJsonld: { type: Boolean, attribute: 'emit-jsonld' },
  };

  static override styles = [hostStyles, openingStyles];

  /** The role profile's link: `{slug}` is replaced by the opening's `role` (default `/roles/{slug}/`). */
  declare roleHref: string | undefined;
  /**
   * Adds the opening's schema.org JobPosting (`toJobPosting`) to the document head as one
   * `<script type="application/ld+json">`, for the page's canonical URL (or its address): none for
   * an expired opening, or one that lacks what a JobPosting requires. Kept in step with the data;
   * removed on disconnect; none added when the page already has one (a server-rendered page's). Off by default.
   */
  declare emitJsonld: boolean;

  constructor() {
    super();
    this.emitJsonld = false;
    this.emitsJsonLd(
      (opening) => [opening, pageUrl()] as const,
      // the posting's builder is small and only this element needs it: bundled with it, not loaded later
      ([opening, url]) => {
        const posting = toJobPosting(opening, { url });
        return { '@context': 'https://schema.org', '@graph': posting ? [posting] : [] };
      },
    );
  }

  protected override parse(input: unknown): ParseResult<Opening> {
    return parseOpening(input);
  }

  protected override renderReady(opening: Opening, t: Strings, level: number): TemplateResult {
    const { language, organization: org, salary, locations, workplace, employmentType, validThrough } = opening;
    const expired = isExpired(opening);
    const roleHref = opening.role ? roleHrefOf(opening.role, this.roleHref) : '';
    const salaryWords = salary ? salaryText(salary, language, t) : '';
    const [closesBefore, closesAfter] = around(expired ? t.closedOn : t.closes, 'date');
    const places = locations?.map((location) => locationText(location, language)).filter(Boolean) ?? [];
    return html`<article>
      <header part="header">
        <p part="organization">${org.url ? html`<a href=${org.url}>${org.name}</a>` : org.name}</p>
        ${heading(level, opening.title)}
        <p part="dates">
          ${postedLine(opening.posted, language, t)}${validThrough
            ? html` · ${closesBefore}<time datetime=${validThrough}>${dateText(validThrough, language)}</time>${closesAfter}`
            : nothing}
        </p>
      </header>
      <dl part="facts">
        ${places.length
          ? fact(
              places.length === 1 ? t.location : t.locations,
              places.length === 1 ? places[0] : html`<ul>${places.map((place) => html`<li>${place}</li>`)}</ul>`,
            )
          : nothing}
        ${workplace ? fact(t.workplace, workplaceText(workplace, t)) : nothing}
        ${opening.remoteFrom ? fact(t.remoteFrom, listText(opening.remoteFrom.map((place) => placeName(place, language)), language)) : nothing}
        ${employmentType ? fact(t.employmentType, employmentText(employmentType, t, language)) : nothing}
        ${salaryWords ? fact(t.salary, salaryWords) : nothing}
        ${opening.department ? fact(t.department, opening.department) : nothing}
        ${opening.team ? fact(t.team, opening.team) : nothing}
      </dl>
      ${expired ? html`<p part="closed">${t.closed}</p>` : nothing}
      ${!expired || roleHref
        ? html`<p part="actions">
            ${expired ? nothing : html`<a part="apply" href=${opening.applyUrl} @click=${this.#onApply}>${t.apply}</a>`}
            ${roleHref ? html`<a part="role" href=${roleHref}>${t.aboutRole}</a>` : nothing}
          </p>`
        : nothing}
      ${descriptionBody(opening.description, level)}
    </article>`;
  }

  #onApply = (event: MouseEvent): void => {
    const { state } = this.source;
    if (state.status !== 'ready') return;
    this.dispatchEvent(new RkApplyEvent({ id: state.value.id, href: (event.currentTarget as HTMLAnchorElement).href }));
  };
}
