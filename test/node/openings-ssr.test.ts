// <rk-opening> and <rk-openings> on the server: all their content in declarative shadow DOM, the
// document as inline JSON; renderPage gives an opening's page its JobPosting (only when there may
// be one) and a list page its ItemList; the CLI renders an opening page. Run after `npm run build`
// (the CLI test runs the built dist/cli.js).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderElement, renderPage } from '../../src/ssr/ssr.js';

type Node = DefaultTreeAdapterMap['node'];
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const BERLIN = 'data/openings/python-web-developer-berlin.json';
const opening = json(BERLIN);
const expired = json('data/openings/python-web-developer-berlin-2020.json');
const listing = json('data/openings/index.json');

/** All text in parsed HTML, declarative shadow roots included; scripts and styles left out. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as { value: string }).value;
  if (node.nodeName === 'script' || node.nodeName === 'style') return '';
  const own = 'childNodes' in node ? node.childNodes.map(textOf).join(' ') : '';
  const content = node.nodeName === 'template' ? textOf((node as unknown as { content: Node }).content) : '';
  return `${own} ${content}`;
}
const visibleText = (markup: string) => textOf(parseFragment(markup) as unknown as Node).replace(/\s+/g, ' ');
/** The JSON-LD graphs in a page's head. */
const graphs = (page: string) =>
  [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]) as { '@graph': { '@type': string; [key: string]: unknown }[] });

test('an opening renders on the server with every text it shows, and its Apply link', () => {
  const markup = renderElement('rk-opening', opening, { headingLevel: 1 });
  const text = visibleText(markup);
  for (const line of [opening.title, opening.organization.name, 'Berlin, Germany', 'Hybrid', 'Full time', '€65,000–80,000 a year', 'Apply', 'About this role']) {
    assert.ok(text.includes(line), `missing: ${line}`);
  }
  // (textOf puts a space between nodes: a linked run is compared without spaces)
  const squeezed = text.replace(/\s+/g, '');
  for (const block of opening.description) {
    for (const line of block.type === 'list' ? block.items : [block.text]) assert.ok(squeezed.includes(line.replace(/\s+/g, '')), `missing: ${line.slice(0, 60)}`);
  }
  assert.match(markup, /<a part="link" href="https:\/\/fernhill\.example\/handbook\/engineering">(<!--.*?-->)*our engineering handbook/);
  assert.match(text, /Posted (\d+ (days|weeks|months) ago|last (week|month)|yesterday|today)/);
  assert.ok(markup.includes(`href="${opening.applyUrl}"`));
  assert.ok(markup.includes('href="/roles/python-web-developer/"'));
  assert.match(markup, /<h1 part="heading">/);
  assert.ok(markup.includes('<script type="application/json">'), 'the document goes along for hydration');
});

test('role-href and the list attributes reach the elements', () => {
  assert.ok(renderElement('rk-opening', opening, { roleHref: '/careers/{slug}.html' }).includes('href="/careers/python-web-developer.html"'));
  const list = renderElement('rk-openings', listing, { forRole: 'python-web-developer', allHref: '/roles/', label: 'Python jobs' });
  assert.match(list, /<rk-openings[^>]* for-role="python-web-developer"/);
  assert.match(list, /<rk-openings[^>]* all-href="\/roles\/"/);
  assert.match(list, /<h2 part="heading">(<!--[^>]*-->)?Python jobs/);
  assert.match(list, /role="search" aria-label="Python jobs"/);
});

test('an expired opening: "no longer open", no Apply link, and its page has no JobPosting', () => {
  const markup = renderElement('rk-opening', expired);
  assert.ok(visibleText(markup).includes('This position is no longer open.'));
  assert.ok(!markup.includes(`href="${expired.applyUrl}"`));
  const page = renderPage(expired, { element: 'rk-opening', canonicalUrl: 'https://jobs.example/jobs/python-web-developer-berlin-2020/' });
  assert.deepEqual(graphs(page), []);
});

test("an opening's page: title, description and one JobPosting with Google's required properties in the head", () => {
  const url = 'https://jobs.example/jobs/python-web-developer-berlin/';
  const page = renderPage(opening, { element: 'rk-opening', canonicalUrl: url, siteName: 'Fernhill Careers' });
  assert.ok(page.includes(`<title>${opening.title} — Fernhill Careers</title>`));
  assert.match(page, /<meta name="description" content="Our Routing API answers four million route requests/);
  const head = page.slice(0, page.indexOf('</head>'));
  const [graph, ...others] = graphs(head);
  assert.equal(others.length, 0);
  const [posting] = graph['@graph'];
  assert.equal(posting['@type'], 'JobPosting');
  for (const key of ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation']) assert.ok(posting[key], `required: ${key}`);
  assert.equal(posting.url, url);
  assert.equal(posting.title, opening.title);
  assert.equal((posting.jobLocation as { address: { addressCountry: string } }).address.addressCountry, 'DE');
  // the list page never carries one: an ItemList of the open openings' URLs
  const list = renderPage(listing, { element: 'rk-openings', canonicalUrl: 'https://jobs.example/jobs/' });
  const [itemList] = graphs(list)[0]['@graph'];
  assert.equal(itemList['@type'], 'ItemList');
  const open = listing.openings.filter((o: { validThrough?: string }) => !o.validThrough || Date.parse(o.validThrough) > Date.now());
  assert.equal(itemList.numberOfItems, open.length);
  assert.ok(open.length < listing.openings.length, 'the sample listing has expired openings, left out');
  assert.ok(!JSON.stringify(graphs(list)).includes('JobPosting'));
  assert.ok(list.includes(`<meta name="description" content="${open.length} open positions">`));
  assert.ok(list.includes('<title>Open positions</title>'));
});

test('the openings list on the server: the open ones, newest first, each a real link', () => {
  const markup = renderElement('rk-openings', listing);
  const open = listing.openings
    .filter((o: { validThrough?: string }) => !o.validThrough || Date.parse(o.validThrough) > Date.now())
    .sort((a: { posted: string }, b: { posted: string }) => b.posted.localeCompare(a.posted));
  const hrefs = [...markup.matchAll(/<a part="link" href="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, open.slice(0, 20).map((o: { href: string }) => o.href));
  assert.ok(visibleText(markup).includes(`${open.length} open positions`));
  // each select has one chosen option, its first, before any script runs
  for (const select of markup.match(/<select[\s\S]*?<\/select>/g)!) {
    assert.equal((select.match(/<option[^>]* selected[ >=]/g) ?? []).length, 1, select.slice(0, 120));
    assert.match(select, /<option [^>]*selected[^>]*>(<!--[^>]*-->)*(All|Newest)/);
  }
});

test('rolekit render opening.json --element rk-opening --page --canonical-url …', () => {
  const cli = spawnSync(process.execPath, ['dist/cli.js', 'render', BERLIN, '--element', 'rk-opening', '--page', '--canonical-url', 'https://jobs.example/jobs/python-web-developer-berlin/'], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.match(cli.stdout, /^<!doctype html>/);
  const [graph] = graphs(cli.stdout);
  assert.equal(graph['@graph'][0]['@type'], 'JobPosting');
  assert.match(cli.stdout, /<rk-opening[^>]*><template shadowroot="open" shadowrootmode="open">/);
  const invalid = spawnSync(process.execPath, ['dist/cli.js', 'render', 'data/python-web-developer.json', '--element', 'rk-opening'], { encoding: 'utf8' });
  assert.equal(invalid.status, 1, 'a role is not an opening');
  assert.match(invalid.stderr, /the document is invalid/);
});

test("a role page rendered with the openings shows the role's open positions under its summary, and the list page's ItemList follows for-role", () => {
  const role = json('data/python-web-developer.json');
  const open = listing.openings
    .filter((o: { role?: string; validThrough?: string }) => o.role === role.slug && !(o.validThrough && Date.parse(o.validThrough) < Date.now()))
    .sort((a: { posted: string }, b: { posted: string }) => b.posted.localeCompare(a.posted));
  assert.ok(open.length > 0);
  const page = renderPage(role, { openings: listing, openingsHref: '/jobs/' });
  const child = page.match(/<rk-role-openings[^>]*>/)![0];
  for (const attribute of ['slot="openings"', `for-role="${role.slug}"`, 'all-href="/jobs/"', 'heading-level="2"']) assert.ok(child.includes(attribute), `${attribute} in ${child}`);
  const text = visibleText(page);
  for (const o of open.slice(0, 3)) assert.ok(text.includes(o.title), o.title);
  assert.ok(text.includes(`See all ${open.length} open positions`));
  // its data: only this role's open positions, not the whole listing
  const data = JSON.parse(page.match(/<rk-role-openings[\s\S]*?<script type="application\/json">(.*?)<\/script>/)![1]);
  assert.deepEqual(data.openings.map((o: { id: string }) => o.id), open.map((o: { id: string }) => o.id));
  // a role without openings: no list at all; a bad listing: the problem, with its place
  assert.doesNotMatch(renderPage({ ...role, slug: 'nobody-hires-this' }, { openings: listing }), /rk-role-openings/);
  assert.throws(() => renderPage(role, { openings: { openings: [{ id: 'x' }] } }), /openings\.openings\[0\]/);
  // a list for one role: its ItemList holds that role's openings only
  const [graph] = graphs(renderPage(listing, { element: 'rk-openings', forRole: role.slug, canonicalUrl: 'https://jobs.example/roles/pwd/jobs/' }));
  assert.equal((graph["@graph"][0] as unknown as { numberOfItems: number }).numberOfItems, open.length);
});

test('rolekit render role.json --page --openings listing.json --openings-href /jobs/', () => {
  const cli = spawnSync(process.execPath, ['dist/cli.js', 'render', 'data/python-web-developer.json', '--page', '--openings', 'data/openings/index.json', '--openings-href', '/jobs/'], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.match(cli.stdout, /<rk-role-openings[^>]*all-href="\/jobs\/"/);
  const missing = spawnSync(process.execPath, ['dist/cli.js', 'render', 'data/python-web-developer.json', '--openings', 'no/such/listing.json'], { encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no\/such\/listing\.json/);
});
