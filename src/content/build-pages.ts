/**
 * What a `rolekit build` writes, as data: the pages to render (each a document, the element and
 * renderPage's options) and the other files (the listings the elements fetch, one JSON file per
 * document, sitemap.xml, robots.txt, 404.html, the `/` that leads to the careers page). Pure:
 * build.ts writes them, the render workers render the pages.
 */
import { isExpired } from '../schema/opening-rules.js';
import type { Opening, OpeningIndex, OpeningIndexEntry } from '../schema/opening.js';
import type { Role } from '../schema/role.js';
import type { RoleIndex } from '../schema/role-index.js';
import type { PageOptions, TagName } from '../ssr/ssr.js';

export interface SiteOptions {
  /** The site's origin, e.g. https://careers.example.com: canonical URLs, sitemap.xml. */
  baseUrl: string;
  siteName: string;
  /** The language of the site's own pages (404, the listings' UI); each document keeps its own. */
  language: string;
  theme?: 'light' | 'dark' | 'auto';
  /** The site owner's own markup (trusted, written as is): before `<main>`, after it, in `<head>`. */
  header: string;
  footer: string;
  head: string;
  /** Where rolekit.js is served (scriptFolder), and its sha384. */
  scriptSrc: string;
}

/** A page to render: `renderPage(document, options)` written to `file` (a path in the site). */
export interface PageJob {
  file: string;
  document: unknown;
  options: PageOptions & { element?: TagName };
}

export interface SitePlan {
  pages: PageJob[];
  /** Every other file: path in the site → content. */
  files: Map<string, string>;
}

export const roleHref = (slug: string): string => `/roles/${slug}/`;
export const openingHref = (id: string): string => `/jobs/${id}/`;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The site owner's header with each link to the page itself marked `aria-current="page"` (so one
 * header file serves every page). Only `<a … href="…">` whose href is exactly the page's path.
 */
export function markCurrent(header: string, path: string): string {
  return header.replace(/<a\b[^>]*>/gi, (tag) =>
    !/\saria-current=/i.test(tag) && new RegExp(`\\shref=(["'])${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`).test(tag) ? tag.replace(/>$/, ' aria-current="page">') : tag,
  );
}

/** The listing of roles the board shows (and fetches): title order, each linking to its page. */
export function roleIndex(roles: Role[], language: string, openings: Opening[] = []): RoleIndex {
  // each card says how many positions are open for its role (expired ones not counted: the build's clock)
  const open = new Map<string, number>();
  for (const o of openings) if (o.role && !isExpired(o)) open.set(o.role, (open.get(o.role) ?? 0) + 1);
  const entries = roles.map((r) => ({ slug: r.slug, title: r.title, category: r.category!.name, summary: r.summary, href: roleHref(r.slug), updated: r.updated!, openings: open.get(r.slug) ?? 0 }));
  const collator = new Intl.Collator(language);
  entries.sort((a, b) => collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { language, roles: entries };
}

/** The listing of openings: newest first (then by id), each linking to its page. */
export function openingIndex(openings: Opening[], language: string): OpeningIndex {
  const entries = openings.map(
    (o) =>
      JSON.parse(
        JSON.stringify({
          id: o.id, title: o.title, role: o.role, organization: o.organization.name, department: o.department, team: o.team,
          employmentType: o.employmentType, workplace: o.workplace, locations: o.locations, remoteFrom: o.remoteFrom,
          salary: o.salary, posted: o.posted, validThrough: o.validThrough, href: openingHref(o.id),
        }),
      ) as OpeningIndexEntry,
  );
  entries.sort((a, b) => (a.posted === b.posted ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.posted < b.posted ? 1 : -1));
  return { language, openings: entries };
}

const newest = (dates: string[]): string | undefined => dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);

export function planSite(roles: Role[], openings: Opening[], site: SiteOptions): SitePlan {
  const url = (path: string) => new URL(path, site.baseUrl).href;
  const common = (path: string): PageJob['options'] => ({
    canonicalUrl: url(path),
    siteName: site.siteName,
    scriptSrc: site.scriptSrc,
    head: site.head,
    header: markCurrent(site.header, path),
    footer: site.footer,
    ...(site.theme ? { theme: site.theme } : {}),
  });
  const roleList = roleIndex(roles, site.language, openings);
  const openingList = openingIndex(openings, site.language);
  const name = escapeHtml(site.siteName);
  const pages: PageJob[] = [
    {
      file: 'careers/index.html',
      document: roleList,
      options: {
        ...common('/careers/'),
        element: 'rk-role-board',
        headingLevel: 2,
        title: 'Open roles',
        description: `Every role at ${site.siteName}, searchable and filterable by category.`,
        before: '<h1>Open roles</h1>\n<p>Find the role that fits you. Search by title or skill, or browse by category.</p>\n',
      },
    },
  ];
  for (const role of roles) {
    // the role's open positions under its summary (none shown when it has none)
    const jobs = openings.length ? { openings: openingList, openingsHref: '/jobs/' } : {};
    pages.push({ file: `roles/${role.slug}/index.html`, document: role, options: { ...common(roleHref(role.slug)), ...jobs, before: '<p><a href="/careers/">← All roles</a></p>\n' } });
  }
  if (openings.length) {
    pages.push({
      file: 'jobs/index.html',
      document: openingList,
      options: {
        ...common('/jobs/'),
        element: 'rk-openings',
        headingLevel: 2,
        label: 'All open positions',
        allHref: '/careers/',
        title: 'Jobs',
        description: `Every open position at ${site.siteName}: search, and filter by location, workplace, department and employment type.`,
        before: `<h1>Jobs</h1>\n<p>Every open position at ${name}. Search by title, place or team, or filter the list.</p>\n`,
      },
    });
  }
  for (const opening of openings) {
    pages.push({ file: `jobs/${opening.id}/index.html`, document: opening, options: { ...common(openingHref(opening.id)), element: 'rk-opening', before: '<p><a href="/jobs/">← All jobs</a></p>\n' } });
  }

  const files = new Map<string, string>();
  const json = (value: unknown) => JSON.stringify(value);
  files.set('roles/index.json', json(roleList));
  for (const role of roles) files.set(`roles/${role.slug}.json`, json(role));
  if (openings.length) {
    files.set('jobs/index.json', json(openingList));
    for (const opening of openings) files.set(`jobs/${opening.id}.json`, json(opening));
  }
  const entries: [string, string | undefined][] = [
    ['/careers/', newest(roles.map((r) => r.updated!))],
    ...roles.map((r): [string, string] => [roleHref(r.slug), r.updated!]),
    ...(openings.length ? [['/jobs/', newest(openings.map((o) => o.posted))] as [string, string | undefined]] : []),
    ...openings.map((o): [string, string] => [openingHref(o.id), o.posted]),
  ];
  files.set('sitemap.xml', sitemap(entries.map(([path, lastmod]) => [url(path), lastmod])));
  files.set('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${url('/sitemap.xml')}\n`);
  files.set('404.html', shell(site, 'Page not found', `<h1>Page not found</h1>\n<p>There is no page at this address. It may have moved, or the position may have been filled.</p>\n<ul>\n<li><a href="/careers/">All roles</a></li>\n${openings.length ? '<li><a href="/jobs/">All open positions</a></li>\n' : ''}</ul>\n`));
  files.set(
    'index.html',
    shell(site, 'Open roles', `<p><a href="/careers/">${name}: open roles</a></p>\n`, `<meta http-equiv="refresh" content="0; url=/careers/">\n<link rel="canonical" href="${escapeHtml(url('/careers/'))}">\n`),
  );
  return { pages, files };
}

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

function sitemap(urls: [string, string | undefined][]): string {
  const rows = urls.map(([loc, lastmod]) => `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('')}</urlset>\n`;
}

/** A page of the site's own (not a document's): the 404 page and the redirect at `/`. */
function shell(site: SiteOptions, title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} — ${site.siteName}`)}</title>
${head}${site.head}</head>
<body>
${site.header}<main>
${body}</main>
${site.footer}</body>
</html>
`;
}
