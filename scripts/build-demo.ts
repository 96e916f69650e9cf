/**
 * `npm start`'s demo careers site, built by `rolekit build` itself (buildSite: /careers/, a page per
 * sample role and opening, /jobs/, their JSON, sitemap.xml, robots.txt, 404.html and the script
 * files under /rolekit/<version>/) with the demo's header, footer and stylesheet; then the two
 * demo-only pages on top: demo-dist/index.html (the home page: the seed role through each
 * element), demo-dist/examples/errors/index.html (the error states) and the seed role's page in
 * German and Arabic, /de/roles/…/ and /ar/roles/…/, with a language switcher (demo-languages.ts). Each page holds all its
 * content as HTML (view-source shows it; it reads with JavaScript off) and the script-tag bundle,
 * which hydrates it. Part of `npm start` and `npm run audit`.
 *
 * Needs the build (`npm run build`). The canonical URLs need the site's origin: `DEMO_ORIGIN`, or http://localhost:$PORT (8000).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderOptions, TagName, renderElement as RenderElement, renderPage as RenderPage } from '../src/ssr/ssr.js';
import { buildSite } from '../src/content/build.js';
import { feed } from '../src/cli/feed.js';
import { scriptFolder } from '../src/content/build-assets.js';
import { formatLocated } from '../src/content/build-input.js';
import { markCurrent, roleHref } from '../src/content/build-pages.js';
import { writeLanguagePages } from './demo-languages.js';

// The BUILT renderer (run `npm run build` first), as a site would use it from npm: hydration
// needs the server's templates to be the bundle's, which the build minifies.
const { renderElement, renderPage } = (await import('../dist/ssr.js' as string)) as { renderElement: typeof RenderElement; renderPage: typeof RenderPage };

const SITE = 'Northwind Careers';
/** The script tag's file, as `rolekit build` copies it into the site. */
const SCRIPT = `${scriptFolder((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version)}rolekit.js`;
const HEAD = '<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">\n<link rel="stylesheet" href="/demo/site.css">\n';
const SEED = 'data/python-web-developer.json';
/** The sample openings (data/openings/<id>.json) and their listing. */
const OPENINGS = 'data/openings';
/** What the careers site is built from: the seed, the sample roles and the sample openings. */
const SOURCES = [SEED, 'data/roles', OPENINGS];

/** A sample Greenhouse board (the tests' fixture): read live by feed= on /jobs/greenhouse/, and built into opening pages. */
const GREENHOUSE = 'test/fixtures/feeds/greenhouse/small.json';
/** Where the demo server answers as Greenhouse's job board API would (feed-base), from that fixture. */
const GREENHOUSE_BASE = '/ats/greenhouse';

/**
 * The build step of an ATS feed, as a site would run it: `rolekit feed greenhouse:northwind
 * --from <saved response> --out <folder>` converts the board into opening files, which the site
 * build then renders as pages (with their JobPostings). Returns the folder; throws on any error.
 */
async function greenhouseOpenings(): Promise<string> {
  const folder = join(mkdtempSync(join(tmpdir(), 'rolekit-demo-feed-')), 'openings');
  let said = '';
  const err = { write: (text: string) => (said += text) };
  const code = await feed(['greenhouse:northwind', '--from', GREENHOUSE, '--out', folder], { write: () => true }, err);
  if (code !== 0) throw new Error(`rolekit feed failed on ${GREENHOUSE}:\n${said}`);
  return folder;
}

const greenhouseBody = () => `<h1>Jobs from Greenhouse</h1>
<p class="lead">This list is read in the browser from a Greenhouse job board by <code class="wrap">&lt;rk-openings feed="greenhouse:northwind"&gt;</code> — here
from an imitation of Greenhouse's job board API that the demo server answers with a sample board. The same board, converted at build time
by <code>rolekit feed</code>, gave each job the server-rendered page its row leads to, with the JobPosting that job search engines index.</p>
<rk-openings feed="greenhouse:northwind" feed-base="${GREENHOUSE_BASE}" href-template="/jobs/{id}/" label="Northwind Robotics jobs" heading-level="2"></rk-openings>
`;

/** The site's pages: where each lives, for the header's links and `aria-current`. */
const NAV = [
  ['/jobs/', 'Jobs'],
  ['/careers/', 'Roles'],
  ['/#elements', 'Elements'],
  ['/examples/errors/', 'Error states'],
] as const;

/** The site's header (rolekit build marks the link to the page itself with aria-current). */
const HEADER = `<header class="site-header">
  <a class="brand" href="/">${SITE}</a>
  <nav aria-label="Site">${NAV.map(([href, label]) => `<a href="${href}">${label}</a>`).join(' ')}</nav>
</header>
`;
const header = (current = '') => markCurrent(HEADER, current);

const footer = (what: string) => `<footer class="site-footer">
  <p>Northwind is a fictional employer; ${what} sample content for the rolekit demo.</p>
</footer>
`;

/** Text for HTML: a role's title, or example markup to show as code. */
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same document shell for the demo's own pages (renderPage makes one for one element). Trusted text only. */
interface ShellOptions {
  title: string;
  description: string;
  /** The header link marked as the current page. */
  current?: string;
  body: string;
  footer: string;
}
const shell = (origin: string, path: string, o: ShellOptions) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} — ${SITE}</title>
<meta name="description" content="${o.description}">
<link rel="canonical" href="${escape(new URL(path, origin).href)}">
<script src="${SCRIPT}" defer></script>
${HEAD}</head>
<body>
${header(o.current)}<main>
${o.body}</main>
${footer(o.footer)}</body>
</html>
`;

const tag = (name: string) => `<code>&lt;${name}&gt;</code>`;

/** An element rendered on the server, with `attributes` (fixed markup, e.g. `multiple`) that RenderOptions lacks. */
function element(name: TagName, document: unknown, options: RenderOptions = {}, attributes = ''): string {
  const markup = renderElement(name, document, { headingLevel: 4, ...options });
  return attributes ? markup.replace(`<${name}`, `<${name} ${attributes}`) : markup;
}

const DATA_WAYS = `<rk-role-card src="/data/python-web-developer.json"></rk-role-card>

<rk-role-card>
  <script type="application/json">{ "schemaVersion": 1, "title": "Technical Writer", … }</script>
</rk-role-card>

<rk-role-card id="card"></rk-role-card>
<script>document.getElementById('card').data = role;</script>`;

/** The home page: the seed role as a whole page, then through each element on its own. */
function homeBody(): string {
  const role = JSON.parse(readFileSync(SEED, 'utf8'));
  const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
  const seedHref = roleHref(role.slug);
  const section = (heading: string, text: string, ...elements: string[]) =>
    `<h3>${heading}</h3>\n<p>${text}</p>\n${elements.length ? `<div class="specimen">\n${elements.join('\n')}\n</div>\n` : ''}`;
  return `<h1>The rolekit demo</h1>
<p class="lead">rolekit renders job-role pages from one JSON document. This page shows the sample role,
<a href="${escape(seedHref)}">${escape(role.title)}</a>, first as a whole page and then through each element on its own.
Every element here was rendered on the server (<code>renderElement</code> from <code>rolekit/ssr</code>): it reads with
JavaScript off, and the script-tag bundle hydrates it without rendering it again.</p>
<ul class="tour">
  <li><a href="/jobs/">Jobs</a>: every open position, ${tag('rk-openings')}, and a page per opening, ${tag('rk-opening')} with its JobPosting.</li>
  <li><a href="/jobs/greenhouse/">Jobs from Greenhouse</a>: a job board read from an ATS in the browser, ${tag('rk-openings feed')}, its jobs' pages built by <code>rolekit feed</code>.</li>
  <li><a href="/careers/">Open roles</a>: the careers page, ${tag('rk-role-board')} with search, filters and sorting.</li>
  <li><a href="${escape(seedHref)}">A role page</a>: what <code>renderPage</code> writes for each role, with its JSON-LD and canonical URL.</li>
  <li><a href="/examples/errors/">Error states</a>: a missing file, a file that is not JSON, invalid data.</li>
</ul>

<section class="showcase" aria-labelledby="page-title">
<h2 id="page-title">${tag('rk-role-page')}: the whole role</h2>
<p>Every section of the role, a table of contents and the related links, from one element. It takes the site's
accent colour and heading font from two custom properties (<code>--rk-color-accent</code>, <code>--rk-heading-font-family</code>);
the elements further down show rolekit's defaults.</p>
<div class="specimen">
${element('rk-role-page', role, { headingLevel: 3 })}
</div>
</section>

<section id="elements" class="showcase" aria-labelledby="elements-title">
<h2 id="elements-title">Each element on its own</h2>
<p>The same role document, rendered by each element of the script-tag bundle
(<code class="wrap">&lt;script src="${SCRIPT}" defer&gt;</code>). Every element takes its data in one of three ways:
fetched from <code>src</code>, from inline JSON, or from the <code>.data</code> property.</p>
<pre><code>${escape(DATA_WAYS)}</code></pre>
<p>Here the server wrote each element with its document as inline JSON (view the source), so the browser fetches no data.</p>

${section(
  `${tag('rk-role-card')}`,
  'A compact card for listings. With <code>href</code> its title links to the full role; <code>theme="dark"</code> paints its own surface.',
  `<div class="cards">`,
  element('rk-role-card', role, { href: seedHref }),
  element('rk-role-card', json('demo/technical-writer.json')), // a role without a page of its own
  element('rk-role-card', json('data/roles/data-analyst.json'), { href: roleHref('data-analyst'), theme: 'dark' }),
  `</div>`,
)}
${section(tag('rk-at-a-glance'), 'Key facts about the role, as a definition list.', element('rk-at-a-glance', role))}
${section(
  tag('rk-faq multiple'),
  'Questions and answers as an accordion. The answers are in the HTML, collapsed: find-in-page opens them. With <code>multiple</code> several can stay open.',
  element('rk-faq', role, {}, 'multiple'),
)}
${section(tag('rk-cover-letter'), 'A sample letter: type into a field and every placeholder it names fills in; Copy puts the letter on the clipboard.', element('rk-cover-letter', role))}
${section(
  `${tag('rk-duties')}, ${tag('rk-qualifications')}, ${tag('rk-overview')}, ${tag('rk-career-outlook')}`,
  'Each section of the role page on its own, to place anywhere in your layout.',
  element('rk-duties', role),
  element('rk-qualifications', role),
  element('rk-overview', role),
  element('rk-career-outlook', role),
)}
${section(
  'Right to left, and a custom theme',
  'An Arabic role lays itself out right to left from its <code>language</code>; the Japanese card takes the site\'s colours, radius and font through <code>--rk-*</code> custom properties.',
  `<div class="cards">`,
  element('rk-role-card', json('data/fixtures/arabic-rtl.json')),
  `<div class="branded">${element('rk-role-card', json('data/fixtures/japanese.json'), { theme: 'light' })}</div>`,
  `</div>`,
)}
${section(
  tag('rk-openings'),
  'The open positions for one role (<code>for-role="python-web-developer"</code>, here) — or, without it, all of them — with search, filters with counts (location, workplace, department, employment type) and an order. Each row links to the opening\'s page. See them all on <a href="/jobs/">the jobs page</a>.',
  element('rk-openings', json(`${OPENINGS}/index.json`), { forRole: 'python-web-developer', label: 'Python Web Developer jobs' }, 'no-url-sync'),
)}
${section(
  tag('rk-role-openings'),
  'A role\'s newest open positions and a link to all of them — what <code>&lt;rk-role-page openings-src&gt;</code> shows under the summary (every role page on this site has it). A role with none shows nothing at all.',
  element('rk-role-openings', json(`${OPENINGS}/index.json`), { forRole: 'python-web-developer', allHref: '/jobs/', headingLevel: 4 }),
)}
${section(
  tag('rk-opening'),
  'One opening: the facts, the salary in the document\'s language and currency, the description, and a prominent Apply link (an <code>rk-apply</code> event for analytics). An opening whose closing date has passed says so and has no Apply link.',
  element('rk-opening', json(`${OPENINGS}/python-web-developer-berlin.json`), { headingLevel: 4 }),
)}
${section(tag('rk-role-board'), 'A whole listing of role cards with search, a category filter and sorting, kept in the URL so a filtered view can be shared: see it on <a href="/careers/">the careers page</a>.')}
${section('When something is wrong', 'A file that does not exist, a file that is not JSON, data that fails validation: each element shows an error state and the rest of the page keeps working. They have <a href="/examples/errors/">a page of their own</a>, because a missing file puts an error in the browser\'s console.')}
</section>
`;
}

/**
 * The error states, each a live element with a broken source, shown beside its markup. They
 * render in the browser: the server renders only valid documents (renderElement throws
 * InvalidDocumentError, and a build decides what to do then).
 */
const FAILURES = [
  {
    title: 'A file that does not exist',
    text: 'The request answers 404, so the card says what the server answered. The browser logs the failed request in its console: that error is intentional. A 404 is not worth retrying; a network error, a timeout or a 5xx answer adds a Retry button.',
    markup: '<rk-role-card src="/data/roles/does-not-exist.json" heading-level="3"></rk-role-card>',
  },
  {
    title: 'A file that is not JSON',
    text: 'An HTML page where the data should be (a misconfigured host often does this): rolekit never shows it.',
    markup: '<rk-role-card src="/data/fixtures/invalid/not-json.json" heading-level="3"></rk-role-card>',
  },
  {
    title: 'An unsafe link',
    text: 'A role whose related link is a <code>javascript:</code> URL. The whole document is rejected, and the problem is named with its JSON path.',
    markup: '<rk-role-card src="/data/fixtures/invalid/javascript-link.json" heading-level="3"></rk-role-card>',
  },
  {
    title: 'A schema version it does not know',
    text: 'A document from a newer schema: rolekit does not guess what its fields mean.',
    markup: '<rk-role-card src="/data/fixtures/invalid/unsupported-version.json" heading-level="3"></rk-role-card>',
  },
  {
    title: 'Inline JSON without a title',
    text: 'Invalid data in the page itself: the same error state, and no request at all.',
    markup: `<rk-role-card heading-level="3">
  <script type="application/json">{ "schemaVersion": 1, "slug": "untitled", "summary": "A role without a title." }</script>
</rk-role-card>`,
  },
  {
    title: 'Any element, not only cards',
    text: 'An FAQ whose answer is empty: every element validates its document the same way.',
    markup: '<rk-faq src="/data/fixtures/invalid/empty-faq-answer.json" heading-level="3"></rk-faq>',
  },
] as const;

function errorsPage(): Omit<ShellOptions, 'current'> {
  const examples = FAILURES.map(
    ({ title, text, markup }) => `<section class="example">
<h2>${title}</h2>
<p>${text}</p>
<pre><code>${escape(markup)}</code></pre>
${markup}
</section>`,
  );
  return {
    title: 'Error states',
    description: 'What rolekit elements show when their data is missing, is not JSON or fails validation.',
    footer: 'the roles are',
    body: `<h1>Error states</h1>
<p class="lead">What a rolekit element shows when its role cannot be shown. Each example below is an element given a broken
source, and its markup. In place of the role it shows an error message (<code>role="alert"</code>), fires an
<code>rk-error</code> event whose <code>detail.kind</code> says what went wrong, and leaves the rest of the page working.</p>
<p class="note"><strong>The console error is intentional.</strong> Your browser's console shows one error for this page,
a failed request (404) for <code class="wrap">/data/roles/does-not-exist.json</code>: the first example asks for a file that does not exist.
The others fail without a console message.</p>
<noscript><p class="note">These examples run in the browser: turn JavaScript on to see them. A server renders only valid
documents, so pages built with <code>rolekit/ssr</code> never show these states.</p></noscript>
<script src="/demo/error-log.js"></script>
${examples.join('\n')}
<section class="example">
<h2>What a site hears</h2>
<p>The <code>rk-error</code> events from this page (they bubble, and cross shadow roots), as <code class="wrap">document.addEventListener('rk-error', …)</code> receives them:</p>
<ul id="error-log" class="log"></ul>
</section>
<p><a href="/">← The rolekit demo</a></p>
`,
  };
}

/**
 * Builds the site into `outDir` (default demo-dist) for a site served at `origin` with `rolekit
 * build`, then writes the demo's own home and error-states pages into it; returns how many pages.
 */
export async function buildDemo(origin: string, outDir = 'demo-dist'): Promise<number> {
  const fromGreenhouse = await greenhouseOpenings();
  const result = await buildSite({
    inputs: [...SOURCES, fromGreenhouse],
    out: outDir,
    baseUrl: origin,
    siteName: SITE,
    head: HEAD,
    header: HEADER,
    footer: footer('the roles and openings are'),
  });
  rmSync(join(fromGreenhouse, '..'), { recursive: true, force: true });
  if (!result.ok) throw new Error(`the demo's documents are invalid:\n${result.problems.map(formatLocated).join('\n')}`);
  const write = (path: string, html: string) => {
    mkdirSync(`${outDir}${path}`, { recursive: true });
    writeFileSync(`${outDir}${path}index.html`, html);
  };
  write(
    '/',
    shell(origin, '/', {
      title: 'rolekit demo',
      description: 'The rolekit web components, each rendered on the server from one role JSON document and hydrated in the browser.',
      body: homeBody(),
      footer: 'the roles are',
    }),
  );
  write('/examples/errors/', shell(origin, '/examples/errors/', { ...errorsPage(), current: '/examples/errors/' }));
  // the imitation ATS: the board's jobs where feed-base + Greenhouse's path asks for them
  mkdirSync(`${outDir}${GREENHOUSE_BASE}/v1/boards/northwind`, { recursive: true });
  writeFileSync(`${outDir}${GREENHOUSE_BASE}/v1/boards/northwind/jobs`, readFileSync(GREENHOUSE));
  write(
    '/jobs/greenhouse/',
    shell(origin, '/jobs/greenhouse/', {
      title: 'Jobs from Greenhouse',
      description: 'Open positions read in the browser from a Greenhouse job board, with rolekit’s own list.',
      body: greenhouseBody(),
      footer: 'the jobs are',
      current: '/jobs/',
    }),
  );
  // the sample role's page in German and Arabic too, each with a language switcher (scripts/demo-languages.ts)
  const translated = writeLanguagePages({ origin, outDir, siteName: SITE, head: HEAD, header: HEADER, footer: footer('the roles and openings are'), scriptSrc: SCRIPT, renderPage });
  return result.pages + 2 + translated; // the build's pages (its / replaced by the home page), the error states, the role in other languages
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const origin = process.env.DEMO_ORIGIN ?? `http://localhost:${process.env.PORT ?? 8000}`;
  console.log(`wrote ${await buildDemo(origin)} server-rendered pages to demo-dist/ (origin ${origin})`);
}
