/**
 * Writes the demo site's server-rendered pages with rolekit/ssr's `renderPage` — the way a static
 * site generator would: demo-dist/careers/index.html (the <rk-role-board> listing) and
 * demo-dist/roles/<slug>/index.html (one <rk-role-page> per sample role). Each page holds all its
 * content as HTML (view-source shows it; it reads with JavaScript off), its JSON-LD and
 * canonical URL, and the script-tag bundle, which hydrates it. Part of `npm start` and `npm run audit`.
 *
 * Needs the build (`npm run build`). The canonical URLs need the site's origin: `DEMO_ORIGIN`, or http://localhost:$PORT (8000).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { PageOptions, renderPage as RenderPage } from '../src/ssr/ssr.js';
import { ROLE_FILES, roleHref } from './data-index.js';

// The BUILT renderer (run `npm run build` first), as a site would use it from npm: hydration
// needs the server's templates to be the bundle's, which the build minifies.
const { renderPage } = (await import('../dist/ssr.js' as string)) as { renderPage: typeof RenderPage };

const SITE = 'Northwind Careers';

const header = (current: 'roles' | '') => `<header class="site-header">
  <a class="brand" href="/">${SITE}</a>
  <nav aria-label="Site"><a href="/careers/"${current === 'roles' ? ' aria-current="page"' : ''}>Roles</a> <a href="/#elements">Elements</a></nav>
</header>
`;

const footer = (what: string) => `<footer class="site-footer">
  <p>Northwind is a fictional employer; ${what} sample content for the rolekit demo.</p>
</footer>
`;

/** What every demo page shares: the site's name, stylesheet, header and the local bundle. */
const site = (origin: string, path: string): PageOptions => ({
  canonicalUrl: new URL(path, origin).href,
  siteName: SITE,
  scriptSrc: '/dist/cdn/rolekit.js',
  head: '<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">\n<link rel="stylesheet" href="/demo/site.css">\n',
});

/** Writes the pages into `outDir` (default demo-dist) for a site served at `origin`; returns how many. */
export function buildDemo(origin: string, outDir = 'demo-dist'): number {
  rmSync(outDir, { recursive: true, force: true });
  const write = (path: string, html: string) => {
    mkdirSync(`${outDir}${path}`, { recursive: true });
    writeFileSync(`${outDir}${path}index.html`, html);
  };
  write(
    '/careers/',
    renderPage(JSON.parse(readFileSync('data/index.json', 'utf8')), {
      ...site(origin, '/careers/'),
      element: 'rk-role-board',
      headingLevel: 2,
      title: 'Open roles',
      description: 'Every role at Northwind, searchable and filterable by category.',
      header: header('roles'),
      before: '<h1>Open roles</h1>\n<p>Find the role that fits you. Search by title or skill, or browse by category.</p>\n',
      footer: footer('the roles are'),
    }),
  );
  for (const file of ROLE_FILES) {
    const role = JSON.parse(readFileSync(file, 'utf8'));
    write(
      roleHref(role.slug),
      renderPage(role, {
        ...site(origin, roleHref(role.slug)),
        header: header(''),
        before: '<p><a href="/careers/">← All roles</a></p>\n',
        footer: footer('this role is'),
      }),
    );
  }
  return ROLE_FILES.length + 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const origin = process.env.DEMO_ORIGIN ?? `http://localhost:${process.env.PORT ?? 8000}`;
  console.log(`wrote ${buildDemo(origin)} server-rendered pages to demo-dist/ (origin ${origin})`);
}
