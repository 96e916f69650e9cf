// Hydration, in Debian's Chromium driven by playwright-core. Pages server-rendered by the BUILT
// renderer (dist/ssr.js, as npm ships it) load the built script-tag bundle — or the npm build —
// and must hydrate: every DOM node the server sent is still the same node, nothing moves (no
// layout shift), the console stays silent, and the FAQ, cover letter and board work.
// Run after `npm run build`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { uniqueSlugs } from '../../src/schema/text.js';
import { IMPORT_MAP } from './import-map.js';
import { isOpen, looks, NEEDS_SCRIPT, pageText, WALK } from './page-text.js';

import type * as SsrModule from '../../src/ssr/ssr.js';

type Ssr = typeof SsrModule;
const built = (await import('../../dist/ssr.js' as string)) as Ssr;

const ORIGIN = 'http://rolekit.test';
const ROOT = process.cwd();
const role = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8'));
const index = JSON.parse(readFileSync('data/index.json', 'utf8'));
/** The document each element takes: a role, unless it takes a listing or an opening. */
const DOCS: Record<string, unknown> = {
  'rk-role-board': index,
  'rk-opening': JSON.parse(readFileSync('test/fixtures/openings/opening.json', 'utf8')),
  'rk-openings': JSON.parse(readFileSync('test/fixtures/openings/openings.json', 'utf8')),
  'rk-role-openings': JSON.parse(readFileSync('test/fixtures/openings/openings.json', 'utf8')),
};
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** The npm build in a browser without a bundler: an import map, Lit's hydration support first. */
const NPM_SCRIPTS = `${IMPORT_MAP}
<script type="module">
  import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  import '/dist/define.js';
</script>`;
const CDN_SCRIPT = '<script src="/dist/cdn/rolekit.js" defer></script>';

const page = (body: string, scripts = CDN_SCRIPT, charset = '<meta charset="utf-8">') =>
  `<!doctype html><html lang="en"><head>${charset}<title>hydration</title><link rel="icon" href="data:,">${scripts}</head><body><main>${body}</main></body></html>`;

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
});
after(() => browser?.close());

interface Hydrated {
  page: Page;
  /** Console messages and page errors, of every type. */
  messages: string[];
}

interface HydrateOptions {
  /** Where the page is (path, query, hash). */
  path?: string;
  /** Assert that every node the server sent is kept, nothing moves (no layout shift either), and nothing is logged (default true). */
  same?: boolean;
  /** Assert that the console stays silent (default: `same`). */
  silent?: boolean;
  contentType?: string;
  /** Runs on the server's DOM, scripts held back, before it is recorded: what a reader sees and does before the script. */
  beforeScripts?: (page: Page) => Promise<void>;
}

/**
 * Loads `html` at `path` with every script held back until the server's DOM is parsed and
 * recorded (each node, each element's box, layout shifts from then on), then lets the scripts
 * run and waits until every rolekit element has updated. Then asserts (`same`) that hydration
 * kept every node and every box, and (`silent`) that the console said nothing.
 */
async function hydrate(html: string, { path = '/', same = true, silent = same, contentType = 'text/html; charset=utf-8', beforeScripts }: HydrateOptions = {}): Promise<Hydrated> {
  const p = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const messages: string[] = [];
  p.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  p.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  await p.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === new URL(path, ORIGIN).pathname) return route.fulfill({ body: html, contentType });
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204 });
    const file = join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT)) return route.fulfill({ status: 404 });
    if (extname(file) === '.js') await gate; // scripts wait until the server's DOM is recorded
    try {
      return await route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  await p.goto(`${ORIGIN}${path}`, { waitUntil: 'commit' });
  await p.waitForFunction('document.readyState !== "loading"'); // parsed; deferred scripts not run yet
  await beforeScripts?.(p);
  const server = (await p.evaluate(`(() => { ${WALK}
    window.__nodes = walk(document);
    window.__shift = 0;
    window.__shifts = [];
    const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    new PerformanceObserver((list) => { for (const e of list.getEntries()) { window.__shift += e.value; window.__shifts.push(e.value.toFixed(3) + ' at ' + Math.round(e.startTime) + ' ms: ' + e.sources.map((s) => (s.node?.nodeName ?? 'a node') + ' ' + rect(s.previousRect) + ' -> ' + rect(s.currentRect)).join('; ')); } }).observe({ type: 'layout-shift' });
    window.__boxes = window.__nodes.filter((n) => n.nodeType === 1).map((n) => JSON.stringify(n.getBoundingClientRect()));
    return { defined: !!customElements.get('rk-role-page'), elements: window.__nodes.filter((n) => n.localName?.startsWith('rk-')).length };
  })()`)) as { defined: boolean; elements: number };
  assert.equal(server.defined, false, 'no rolekit script ran before the DOM was recorded');
  assert.ok(server.elements > 0, 'the page holds server-rendered rolekit elements');
  open();
  await p.waitForFunction(`(() => { ${WALK}
    const els = walk(document).filter((n) => n.localName?.startsWith('rk-'));
    return els.length && els.every((el) => customElements.get(el.localName) && el.hasUpdated && !el.isUpdatePending);
  })()`);
  await p.waitForTimeout(100); // a late warning or layout shift would arrive
  const check = (await p.evaluate(`(() => { ${WALK}
    const now = walk(document);
    const lost = window.__nodes.filter((n) => !n.isConnected && n !== document).length;
    const firstNew = now.findIndex((n, i) => n !== window.__nodes[i]);
    const boxes = window.__nodes.filter((n) => n.nodeType === 1).map((n) => JSON.stringify(n.getBoundingClientRect()));
    const moved = boxes.filter((b, i) => b !== window.__boxes[i]).length;
    return { before: window.__nodes.length, after: now.length, lost, firstNew, moved, shift: window.__shift, shifts: window.__shifts.join(' | '), sample: firstNew < 0 ? '' : String(now[firstNew]?.nodeName) + ' in ' + String(now[firstNew]?.getRootNode()?.host?.localName) };
  })()`)) as { before: number; after: number; lost: number; firstNew: number; moved: number; shift: number; shifts: string; sample: string };
  if (silent) assert.deepEqual(messages, [], 'zero console messages while hydrating');
  if (same) {
    assert.equal(check.lost, 0, 'no server-rendered node was removed');
    assert.equal(check.after, check.before, `no node was added (first new: ${check.sample})`);
    assert.equal(check.firstNew, -1, 'the same nodes, in the same order');
    assert.equal(check.moved, 0, 'no element moved or changed size');
    assert.equal(check.shift, 0, `no layout shift (what moved, x,y,width,height: ${check.shifts})`);
  }
  return { page: p, messages };
}

describe('hydration of server-rendered HTML', () => {
  test('every element hydrates with the script-tag bundle: same nodes, same boxes, silent console', async (t) => {
    for (const tag of built.TAG_NAMES) {
      const html = built.renderElement(tag, DOCS[tag] ?? role, { href: '/roles/python-web-developer/' });
      await t.test(tag, async () => {
        const { page: p } = await hydrate(page(html));
        await p.close();
      });
    }
  });

  test('a role page (renderPage) hydrates and works: FAQ, table of contents, cover letter', async () => {
    const questions = (p: Page) => p.locator('rk-faq [part="question"]');
    const html = built.renderPage(role, { canonicalUrl: `${ORIGIN}/roles/python-web-developer/`, scriptSrc: '/dist/cdn/rolekit.js' });
    const { page: p } = await hydrate(html, {
      path: '/roles/python-web-developer/',
      beforeScripts: async (early) => {
        // before the script: its controls keep their space, hidden; a question already opens (natively)
        for (const selector of NEEDS_SCRIPT) {
          const found = await looks(early, selector);
          assert.ok(found.length > 0, selector);
          for (const box of found) assert.ok(box.visibility === 'hidden' && box.height > 0, `${selector} before the script: ${JSON.stringify(box)}`);
        }
        await questions(early).nth(1).click();
        assert.equal(await isOpen(questions(early).nth(1)), true);
      },
    });
    for (const selector of NEEDS_SCRIPT) for (const box of await looks(p, selector)) assert.equal(box.visibility, 'visible', selector);
    // the FAQ: the question opened before the script stays open and counts as open: opening another closes it
    assert.equal(await isOpen(questions(p).nth(1)), true);
    await questions(p).first().click();
    await p.waitForFunction(`!document.querySelector('rk-role-page').shadowRoot.querySelector('rk-faq').shadowRoot.querySelectorAll('details')[1].open`);
    assert.equal(await isOpen(questions(p).first()), true);
    assert.ok(await p.locator('rk-faq [part="answer"]').first().isVisible());
    // Expand all
    await p.locator('rk-faq [part="toggle-all"]').click();
    assert.deepEqual(await questions(p).evaluateAll((els) => els.map((el) => (el.parentElement as HTMLDetailsElement).open)), role.faq.map(() => true));
    assert.equal((await p.locator('rk-faq [part="toggle-all"]').innerText()).trim(), 'Collapse all');
    // the table of contents moves focus to its section
    await p.locator('rk-role-page [part="contents"] a[href="#duties"]').click();
    assert.equal(await p.evaluate(`document.querySelector('rk-role-page').shadowRoot.activeElement?.id`), 'duties');
    // the cover letter fills in a placeholder as you type
    const field = p.locator('rk-cover-letter input').first();
    await field.fill('Ada Lovelace');
    assert.match(await p.locator('rk-cover-letter [part="letter"]').innerText(), /Ada Lovelace/);
    // one JSON-LD graph: the server's; the page element adds none
    assert.equal(await p.locator('script[type="application/ld+json"]').count(), 1);
    await p.close();
  });

  test("a role page with its open positions (renderPage with openings) hydrates: the same nodes, the rows are links", async () => {
    const listing = JSON.parse(readFileSync('data/openings/index.json', 'utf8'));
    const html = built.renderPage(role, { openings: listing, openingsHref: '/jobs/', scriptSrc: '/dist/cdn/rolekit.js' });
    assert.match(html, /<rk-role-openings[^>]* slot="openings"/);
    const { page: p } = await hydrate(html, { path: '/roles/python-web-developer/' });
    const hrefs = await p.locator('rk-role-openings [part="link"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 0 && hrefs.length <= 3 && hrefs.every((href) => /^\/jobs\/[a-z0-9-]+\/$/.test(href!)), hrefs.join(' '));
    assert.equal(await p.locator('rk-role-openings [part="all"]').getAttribute('href'), '/jobs/');
    await p.close();
  });

  test('an Arabic role page with its (English) open positions hydrates: the list speaks the page\'s language on the server and in the browser', async () => {
    const arabic = JSON.parse(readFileSync('data/locales/ar/roles/python-web-developer.json', 'utf8'));
    const listing = JSON.parse(readFileSync('data/openings/index.json', 'utf8'));
    const html = built.renderPage(arabic, { openings: listing, openingsHref: '/jobs/', scriptSrc: '/dist/cdn/rolekit.js' });
    assert.match(html, /<rk-role-openings[^>]* lang="ar"/);
    assert.ok(html.includes('الوظائف الشاغرة'), 'the server writes the Arabic heading');
    const { page: p } = await hydrate(html, { path: '/ar/roles/python-web-developer/' });
    assert.match(await p.locator('rk-role-openings h3, rk-role-openings h2, rk-role-openings h4').first().innerText(), /الوظائف الشاغرة/);
    await p.close();
  });

  test('a careers page (renderPage of the board) hydrates: cards are links, search filters', async () => {
    const html = built.renderPage(index, { element: 'rk-role-board', canonicalUrl: `${ORIGIN}/careers/`, scriptSrc: '/dist/cdn/rolekit.js' });
    const { page: p } = await hydrate(html, { path: '/careers/' });
    const hrefs = await p.locator('rk-role-card a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, index.roles.map((r: { href: string }) => r.href));
    await p.locator('rk-role-board input[type="search"]').fill('python');
    await p.waitForFunction(`document.querySelector('rk-role-board').shadowRoot.querySelectorAll('rk-role-card').length === 1`);
    assert.equal(new URL(p.url()).searchParams.get('q'), 'python');
    await p.close();
  });

  test('a careers page opened with a query hydrates first, then applies it', async () => {
    const html = built.renderPage(index, { element: 'rk-role-board', scriptSrc: '/dist/cdn/rolekit.js' });
    // silent: a first render that applied the query would not match the server's HTML (a warning)
    const { page: p } = await hydrate(html, { path: '/careers/?q=designer', same: false, silent: true });
    await p.waitForFunction(`document.querySelector('rk-role-board').shadowRoot.querySelectorAll('rk-role-card').length < ${index.roles.length}`);
    assert.equal(await p.locator('rk-role-board input[type="search"]').inputValue(), 'designer');
    const cards = await p.locator('rk-role-card').evaluateAll((els) => els.map((el) => el.shadowRoot!.textContent!));
    assert.ok(cards.length > 0 && cards.every((text) => /designer/i.test(text)), cards.join('\n---\n'));
    await p.close();
  });

  test('an opening page (renderPage) hydrates: one JobPosting, the Apply link works and fires rk-apply', async () => {
    const opening = JSON.parse(readFileSync('data/openings/python-web-developer-berlin.json', 'utf8'));
    const html = built.renderPage(opening, { element: 'rk-opening', canonicalUrl: `${ORIGIN}/jobs/${opening.id}/`, scriptSrc: '/dist/cdn/rolekit.js' });
    const { page: p } = await hydrate(html, { path: `/jobs/${opening.id}/` });
    await p.evaluate(`document.addEventListener('click', (e) => e.preventDefault()); document.addEventListener('rk-apply', (e) => { window.__applied = e.detail; })`);
    await p.locator('rk-opening [part~="apply"]').click();
    assert.deepEqual(await p.evaluate('window.__applied'), { id: opening.id, href: opening.applyUrl });
    const graphs = await p.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent!)['@graph'][0]['@type']));
    assert.deepEqual(graphs, ['JobPosting']);
    await p.close();
  });

  test('an openings page (renderPage) hydrates: rows are links, search and filters work and go to the URL', async () => {
    const listing = JSON.parse(readFileSync('data/openings/index.json', 'utf8'));
    const html = built.renderPage(listing, { element: 'rk-openings', canonicalUrl: `${ORIGIN}/jobs/`, scriptSrc: '/dist/cdn/rolekit.js' });
    const { page: p } = await hydrate(html, { path: '/jobs/' });
    const rows = () => p.locator('rk-openings [part~="item"]').count();
    const before = await rows();
    assert.ok(before > 1);
    await p.locator('rk-openings input[type="search"]').fill('python');
    await p.waitForFunction(`document.querySelector('rk-openings').shadowRoot.querySelectorAll('[part~="item"]').length < ${before}`);
    assert.equal(new URL(p.url()).searchParams.get('q'), 'python');
    await p.locator('rk-openings select[name="workplace"]').selectOption('remote');
    assert.equal(new URL(p.url()).searchParams.get('workplace'), 'remote');
    const hrefs = await p.locator('rk-openings [part~="link"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 0 && hrefs.every((href) => /^\/jobs\/[a-z0-9-]+\/$/.test(href!)), hrefs.join(' '));
    await p.close();
  });

  test('an openings page opened with filters in its URL hydrates first, then applies them', async () => {
    const listing = JSON.parse(readFileSync('data/openings/index.json', 'utf8'));
    const html = built.renderPage(listing, { element: 'rk-openings', scriptSrc: '/dist/cdn/rolekit.js' });
    const { page: p } = await hydrate(html, { path: '/jobs/?workplace=remote', same: false, silent: true });
    await p.waitForFunction(`document.querySelector('rk-openings').shadowRoot.querySelector('select[name="workplace"]').value === 'remote'`);
    const texts = await p.locator('rk-openings [part~="meta"]').evaluateAll((els) => els.map((el) => el.textContent!));
    assert.ok(texts.length > 0 && texts.every((text) => text.includes('Remote')), texts.join('\n'));
    await p.close();
  });

  test('a role page opened at a question\'s #id hydrates first, then opens it', async () => {
    const html = built.renderPage(role, { scriptSrc: '/dist/cdn/rolekit.js' });
    const faqId = uniqueSlugs(role.faq.map((entry: { question: string }) => entry.question))[1]; // the FAQ's ids
    const { page: p } = await hydrate(html, { path: `/role/#${faqId}`, same: false, silent: true });
    await p.waitForFunction(`document.querySelector('rk-role-page').shadowRoot.querySelector('rk-faq').shadowRoot.querySelector('details#${faqId}').open`);
    await p.close();
  });

  test('the npm build hydrates too, with lit-element-hydrate-support imported first', async () => {
    const html = built.renderPage(role, { scriptSrc: false, head: NPM_SCRIPTS });
    const { page: p } = await hydrate(html, { path: '/npm/' });
    const question = p.locator('rk-faq [part="question"]').first();
    await question.click();
    assert.equal(await isOpen(question), true);
    await p.close();
  });

  test('a page in a legacy encoding (no charset: windows-1252) hydrates too: the bundle is ASCII', async () => {
    // the page itself in ASCII: non-ASCII text as character references, in the JSON as \u escapes
    const [markup, data] = built.renderElement('rk-role-page', role).split('<script type="application/json">');
    const ascii = (text: string, escape: (code: number) => string) => text.replace(/[^ -~\t\n\r]/g, (c) => escape(c.charCodeAt(0)));
    const html = ascii(markup, (code) => `&#${code};`) + '<script type="application/json">' + ascii(data, (code) => `\\u${code.toString(16).padStart(4, '0')}`);
    const { page: p } = await hydrate(page(html, CDN_SCRIPT, ''), { contentType: 'text/html' });
    assert.equal(await p.evaluate('document.characterSet'), 'windows-1252');
    const text = await pageText(p);
    assert.match(text, /Software Engineering jobs \u2192/, "the bundle's own text (the related links' arrow) is not mojibake");
    // and after a client render, the data's text too
    await p.locator('rk-faq [part="question"]').first().click();
    assert.ok((await pageText(p)).includes(role.faq[0].answer.replace(/\s+/g, ' ')));
    await p.close();
  });

  test('HTML from another version (templates differ) is rendered afresh, once, with one warning and no error', async () => {
    // another version's templates have other digests in their part markers
    const html = built.renderElement('rk-faq', role).replace(/<!--lit-part [\w+/=]+-->/g, '<!--lit-part AAAAAAAAAAA=-->');
    const { page: p, messages } = await hydrate(page(html), { same: false });
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /^warning: rolekit .*<rk-faq> does not match its server-rendered HTML/);
    assert.equal(await p.locator('rk-faq [part="question"]').count(), role.faq.length, 'each question once');
    await p.locator('rk-faq [part="question"]').first().click();
    await p.locator('rk-faq [part="answer"]').first().waitFor(); // visible: opened, and its toggle event handled
    assert.equal(await isOpen(p.locator('rk-faq [part="question"]').first()), true);
    await p.close();
  });

  test('the check notices re-created DOM: without hydration support the npm build re-renders', async () => {
    const html = built.renderPage(role, { scriptSrc: false, head: NPM_SCRIPTS.replace("import '@lit-labs/ssr-client/lit-element-hydrate-support.js';", '') });
    await assert.rejects(hydrate(html, { path: '/no-support/' }), /node|layout|console/);
  });
});
