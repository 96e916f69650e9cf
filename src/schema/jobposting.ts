// The schema.org JobPosting of an opening's page, and the ItemList of a page listing openings:
// pure, no DOM, usable on a server. Google's rules for job search decide what is required; the
// opening decides every value — nothing is guessed, and nothing marked up is missing from the page.
import type { AdministrativeArea, ItemList, JobPosting, MonetaryAmount, Organization, Place, PostalAddress } from 'schema-dts';
import type { EmploymentType, SalaryUnit } from './opening-constants.js';
import type { DescriptionBlock, Opening, OpeningIndex, OpeningLocation, Salary } from './opening.js';
import { placeLinks, runsOf, type PlacedLink } from './links.js';
import { isExpired, openingWarnings } from './opening-rules.js';
import type { JsonLdGraph, JsonLdNode } from './jsonld.js';

export interface JobPostingOptions {
  /** The absolute URL of the opening's page: the posting's `url` and `@id`, and the base for relative links. */
  url?: string;
  /** The time expiry is judged at (default: now). */
  now?: Date;
}

/** Google's employmentType values. */
const EMPLOYMENT: Record<EmploymentType, string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  intern: 'INTERN',
  volunteer: 'VOLUNTEER',
  'per-diem': 'PER_DIEM',
  other: 'OTHER',
};

const UNIT: Record<SalaryUnit, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text: `&`, `<`, `>` and both quotes escaped. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** A text with its placed links as HTML: the links as `<a href>` (absolute), the rest escaped text. */
function linkedHtml(text: string, index: number, placed: readonly (PlacedLink | undefined)[], base: string | undefined): string {
  return runsOf(text, index, placed)
    .map((run) => {
      if (typeof run === 'string') return escapeHtml(run);
      const href = absolute(run.href, base) ?? (/^mailto:/i.test(run.href) ? run.href : undefined);
      return href ? `<a href="${escapeHtml(href)}">${escapeHtml(run.text)}</a>` : escapeHtml(run.text);
    })
    .join('');
}

/**
 * The description blocks as HTML, for JobPosting's `description` (which Google reads as HTML):
 * headings as `<h3>`, paragraphs as `<p>`, lists as `<ul>` or `<ol>` of `<li>`, links as `<a href>`
 * (a relative one made absolute against `base`, kept as text without one) — every text escaped,
 * so the document's plain text stays plain text.
 */
export function descriptionHtml(blocks: readonly DescriptionBlock[], base?: string): string {
  return blocks
    .map((block) => {
      if (block.type === 'heading') return `<h3>${escapeHtml(block.text)}</h3>`;
      if (block.type === 'paragraph') return `<p>${linkedHtml(block.text, 0, placeLinks([block.text], block.links), base)}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      const placed = placeLinks(block.items, block.links);
      return `<${tag}>${block.items.map((item, i) => `<li>${linkedHtml(item, i, placed, base)}</li>`).join('')}</${tag}>`;
    })
    .join('');
}

/** `href` as an absolute http(s) URL (against `base` when relative), or undefined when it cannot be one. */
function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined; // relative, and no page URL to resolve it against
  }
}

/** One value as itself, several as a list (how Google's examples write them). */
const oneOrMany = <T>(values: T[]): T | T[] => (values.length === 1 ? values[0] : values);

function place(location: OpeningLocation): Place {
  const address = {
    '@type': 'PostalAddress',
    streetAddress: location.streetAddress,
    addressLocality: location.city,
    addressRegion: location.region,
    postalCode: location.postalCode,
    addressCountry: location.country,
  } satisfies PostalAddress;
  const hasAddress = Object.values(address).filter((value) => value !== undefined).length > 1;
  return { '@type': 'Place', name: location.name, address: hasAddress ? address : undefined } satisfies Place;
}

/** A country code ("DE") as a Country, anything else ("EU", "European Economic Area") as an AdministrativeArea. */
const area = (name: string): AdministrativeArea =>
  /^[A-Z]{2}$/.test(name) && name !== 'EU' ? { '@type': 'Country', name } : { '@type': 'AdministrativeArea', name };

function baseSalary(salary: Salary): MonetaryAmount {
  const { min, max } = salary;
  const single = min === undefined || max === undefined || min === max ? (min ?? max) : undefined;
  return {
    '@type': 'MonetaryAmount',
    currency: salary.currency,
    value: {
      '@type': 'QuantitativeValue',
      ...(single === undefined ? { minValue: min, maxValue: max } : { value: single }),
      unitText: UNIT[salary.unit],
    },
  } satisfies MonetaryAmount;
}

/**
 * The schema.org JobPosting for the page showing `opening`, or undefined when there must be none:
 * the opening has expired (`validThrough` has passed), or it lacks what Google requires (its
 * warnings from `parseOpening` say what). Required: title, description (HTML from the blocks,
 * escaped), datePosted, hiringOrganization, and jobLocation — one Place per location — or, for a
 * fully remote opening, jobLocationType TELECOMMUTE with applicantLocationRequirements. When the
 * opening has them: baseSalary, employmentType, validThrough, identifier, directApply, url. A
 * relative link is made absolute against `url`, and left out when there is no `url`.
 * Wrap it for a page as `{ '@context': 'https://schema.org', '@graph': [posting] }`.
 */
export function toJobPosting(opening: Opening, options: JobPostingOptions = {}): (JobPosting & JsonLdNode) | undefined {
  if (isExpired(opening, options.now) || openingWarnings(opening).length) return undefined;
  const page = options.url === undefined ? undefined : new URL(options.url).href.split('#')[0];
  const org = opening.organization;
  const site = absolute(org.url, page);
  const logo = absolute(org.logo, page);
  const remote = opening.workplace === 'remote';
  const posting = {
    '@type': 'JobPosting',
    '@id': page && `${page}#jobposting`,
    url: page,
    title: opening.title,
    description: descriptionHtml(opening.description, page),
    datePosted: opening.posted,
    validThrough: opening.validThrough,
    employmentType: opening.employmentType && oneOrMany(opening.employmentType.map((type) => EMPLOYMENT[type])),
    hiringOrganization: { '@type': 'Organization', name: org.name, sameAs: site, url: site, logo } satisfies Organization,
    identifier: { '@type': 'PropertyValue', name: org.name, value: opening.id },
    jobLocation: remote ? undefined : oneOrMany(opening.locations!.map(place)),
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: remote ? oneOrMany(opening.remoteFrom!.map(area)) : undefined,
    baseSalary: opening.salary && baseSalary(opening.salary),
    directApply: opening.directApply,
  } satisfies JobPosting;
  // JSON drops undefined values: only what the opening has is marked up
  return JSON.parse(JSON.stringify(posting)) as JobPosting & JsonLdNode;
}

export interface OpeningsItemListOptions {
  /** The absolute URL of the page listing the openings: the list's id, and the base for the openings' links. */
  url?: string;
  /** The time expiry is judged at (default: now). */
  now?: Date;
  /** Only this role's openings (a role slug), as a list with `for-role` shows them. */
  role?: string;
}

/**
 * The schema.org ItemList for a page listing openings: one ListItem per open opening — its
 * position, URL and title — in the listing's order. Expired openings are left out, and so is an
 * entry whose link is not a web page. Links are absolute when `url` is given. No JobPosting: Google
 * takes those only from each opening's own page.
 */
export function toOpeningsItemList(index: OpeningIndex, options: OpeningsItemListOptions = {}): JsonLdGraph {
  const page = options.url === undefined ? undefined : new URL(options.url).href;
  const items = index.openings.flatMap((entry) => {
    if (isExpired(entry, options.now) || (options.role !== undefined && entry.role !== options.role)) return [];
    const target = page ? absolute(entry.href, page) : /^[a-z][a-z0-9+.-]*:/i.test(entry.href) ? absolute(entry.href, undefined) : entry.href;
    return target ? [{ url: target, name: entry.title }] : [];
  });
  const list = {
    '@type': 'ItemList',
    '@id': page && `${page.split('#')[0]}#openings`,
    url: page,
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem' as const, position: i + 1, ...item })),
  } satisfies ItemList;
  return JSON.parse(JSON.stringify({ '@context': 'https://schema.org', '@graph': [list] })) as JsonLdGraph;
}
