import type { BreadcrumbList, FAQPage, ItemList, Occupation, WebPage } from 'schema-dts';
import type { Role } from './role.js';
import type { RoleIndex, RoleIndexEntry } from './role-index.js';

/** A JSON-LD node. Each node is built to satisfy its schema-dts type (checked by `tsc`). */
export type JsonLdNode = { '@type': string; '@id'?: string } & Record<string, unknown>;

export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

export interface JsonLdOptions {
  /** The absolute URL of the page that shows the role: the WebPage's id, and the base for relative links. */
  url: string;
}

/**
 * The schema.org graph for a page showing `role`: a WebPage whose mainEntity is the Occupation
 * (name, description, category, responsibilities from the duties, education and experience
 * requirements, qualifications, skills), a BreadcrumbList from the category, and a FAQPage from
 * the FAQ. Every fact in it is one the role page shows. A role profile is not a vacancy: no
 * JobPosting, ever. Pure: no DOM, usable on a server.
 */
export function toJsonLd(role: Role, { url }: JsonLdOptions): JsonLdGraph {
  const page = new URL(url).href;
  const id = (fragment: string) => `${page.split('#')[0]}#${fragment}`;
  const glance = role.atAGlance ?? {};
  const skills = role.qualifications?.flatMap((group) => group.items);
  const occupation = {
    '@type': 'Occupation',
    '@id': id('occupation'),
    name: role.title,
    description: role.summary,
    occupationalCategory: role.category?.name,
    responsibilities: role.duties,
    educationRequirements: glance.education,
    experienceRequirements: glance.experience,
    qualifications: glance.certifications,
    skills: skills?.length ? skills : undefined,
  } satisfies Occupation;
  const webPage: WebPage & JsonLdNode = {
    '@type': 'WebPage',
    '@id': page,
    url: page,
    name: role.title,
    description: role.summary,
    inLanguage: role.language,
    dateModified: role.updated,
    mainEntity: { '@id': occupation['@id'] },
  } satisfies WebPage;
  const graph: JsonLdNode[] = [webPage, occupation];
  if (role.category) {
    const crumbs = [
      { name: role.category.name, item: role.category.href && resolve(role.category.href, page) },
      { name: role.title, item: page },
    ];
    webPage.breadcrumb = { '@id': id('breadcrumb') };
    graph.push({
      '@type': 'BreadcrumbList',
      '@id': id('breadcrumb'),
      itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem' as const, position: i + 1, ...crumb })),
    } satisfies BreadcrumbList);
  }
  if (role.faq?.length) {
    graph.push({
      '@type': 'FAQPage',
      '@id': id('faq'),
      url: page,
      isPartOf: { '@id': page },
      mainEntity: role.faq.map(({ question, answer }) => ({
        '@type': 'Question' as const,
        name: question,
        acceptedAnswer: { '@type': 'Answer' as const, text: answer },
      })),
    } satisfies FAQPage);
  }
  // JSON drops undefined values: only what the role has is marked up
  return JSON.parse(JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })) as JsonLdGraph;
}

export interface ItemListOptions {
  /** The absolute URL of the page that lists the roles: the list's id, and the base for relative links. */
  url: string;
  /** Where each role lives (default: its `href` in the listing); relative URLs resolve against `url`. */
  href?: (entry: RoleIndexEntry) => string;
}

/**
 * The schema.org ItemList for a page listing roles: one ListItem per role — its position, URL
 * and title — in the listing's order, so crawlers find every role page from the careers page
 * (whose cards are the same links). Pure: no DOM, usable on a server.
 */
export function toItemList(index: RoleIndex, { url, href = (entry) => entry.href }: ItemListOptions): JsonLdGraph {
  const page = new URL(url).href;
  const items = index.roles.flatMap((entry) => {
    const target = resolve(href(entry), page);
    return target ? [{ url: target, name: entry.title }] : []; // a role without a usable link is not listed
  });
  const list = {
    '@type': 'ItemList',
    '@id': `${page.split('#')[0]}#roles`,
    url: page,
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem' as const, position: i + 1, ...item })),
  } satisfies ItemList;
  return { '@context': 'https://schema.org', '@graph': [list] };
}

/** `href` as an absolute http(s) URL against `base`, or undefined when it is empty or not a web link. */
function resolve(href: string, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Any JSON value as the text of a `<script>` element (JSON-LD, inline data): `<`, `>` and `&`
 * are escaped (as JSON's \u003c …), so no content — "</script>", "<!--" — can close or confuse
 * the element, and U+2028/U+2029 too, for old JavaScript parsers. It parses back unchanged.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** JSON-LD as the text of a `<script type="application/ld+json">` (see `scriptJson`). */
export const jsonLdText = (graph: JsonLdGraph): string => scriptJson(graph);
