// The demo site as `npm start` serves it — built by `rolekit build` (scripts/build-demo.ts adds the
// home and error-states pages) with the BUILT renderer, served by scripts/serve.mjs — in Debian's Chromium driven by playwright-core. The home
// page reads with JavaScript off, and with it hydrates silently: no console message, no failed
// request, the same nodes, nothing moves. The errors page shows its error states, and only its one
// intentional console error. Run after `npm run build`.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { buildDemo } from '../../scripts/build-demo.js';
import { startDemoServer } from '../../scripts/serve.mjs';

import type * as SsrModule from '../../src/ssr/ssr.js';
import { en } from '../../src/i18n/en.js';
import { de } from '../../src/i18n/locales/de.js';
import { ar } from '../../src/i18n/locales/ar.js';

const built = (await import('../../dist/ssr.js' as string)) as typeof SsrModule;
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const role = json('data/python-web-developer.json');
/** The pages go to a folder of their own: a running `npm start` keeps demo-dist/. */
const PAGES = 'test-results/demo-test-pages';

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;
before(async () => {
  server = await startDemoServer(0, { pages: PAGES });
  await buildDemo(server.origin, PAGES);
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(PAGES, { recursive: true, force: true });
});

// page.evaluate bodies are strings: tsx would wrap named functions in a helper the page lacks.
// Every node of the page, shadow trees included, in document order.
const WALK = `const walk = (n, out = []) => { out.push(n); if (n.shadowRoot) walk(n.shadowRoot, out); for (const c of n.childNodes) walk(c, out); return out; };`;

/** The text of the page, shadow trees included. */
const pageText = (p: Page): Promise<string> =>
  p.evaluate(`(() => { ${WALK} return walk(document.body).filter((n) => n.nodeType === 3 && !['script', 'style'].includes(n.parentNode?.localName)).map((n) => n.data).join(' ').replace(/\\s+/g, ' '); })()`);

/** Console messages, page errors, failed requests and error responses of a page, as they happen. */
function listen(p: Page): { messages: string[]; failed: string[] } {
  const messages: string[] = [];
  const failed: string[] = [];
  p.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  p.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  p.on('requestfailed', (r) => failed.push(`failed: ${new URL(r.url()).pathname}`));
  p.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()}: ${new URL(r.url()).pathname}`));
  return { messages, failed };
}

describe('the demo server', () => {
  test('serves each page at its URL, and redirects the URL without its trailing slash', async () => {
    for (const [path, title] of [['/', 'rolekit demo'], ['/examples/errors/', 'Error states'], ['/careers/', 'Open roles'], ['/roles/data-analyst/', 'Data Analyst']]) {
      const response = await fetch(`${server.origin}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(await response.text(), new RegExp(`<title>${title} — Northwind Careers</title>`), path);
    }
    for (const path of ['/examples/errors', '/careers', '/roles/data-analyst']) {
      const response = await fetch(`${server.origin}${path}?q=x`, { redirect: 'manual' });
      assert.equal(response.status, 302, path);
      const location = new URL(response.headers.get('location')!, server.origin);
      assert.equal(location.pathname + location.search, `${path}/?q=x`);
    }
  });

  test('every page has the site header, with the current page marked, and the footer', async () => {
    const headers = new Map<string, string>();
    for (const path of ['/', '/examples/errors/', '/careers/', '/roles/data-analyst/']) {
      const html = await (await fetch(`${server.origin}${path}`)).text();
      const header = /<header class="site-header">[\s\S]*?<\/header>/.exec(html)?.[0];
      assert.ok(header && html.includes('<footer class="site-footer">') && html.includes('/demo/site.css'), path);
      headers.set(path, header);
    }
    assert.match(headers.get('/careers/')!, /href="\/careers\/" aria-current="page"/);
    assert.match(headers.get('/examples/errors/')!, /href="\/examples\/errors\/" aria-current="page"/);
    assert.equal(headers.get('/')!, headers.get('/roles/data-analyst/')!);
    assert.equal(headers.get('/careers/')!.replace(' aria-current="page"', ''), headers.get('/')!);
  });
});

describe('the home page', () => {
  test('with JavaScript off shows every element with its content, and links to the other pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${server.origin}/`);
    const text = await pageText(p);
    const titles = ['Technical Writer', json('data/roles/data-analyst.json').title, json('data/fixtures/arabic-rtl.json').title];
    for (const line of [role.title, role.summary, role.duties[0], role.faq[0].question, role.coverLetter.greeting, ...titles]) {
      assert.ok(text.includes(line.replace(/\s+/g, ' ')), `visible without JavaScript: ${line.slice(0, 60)}`);
    }
    // each element of the page has its server-rendered content (the board is on /careers/)
    const shown = (await p.evaluate(
      `[...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('rk-')).map((el) => [el.localName, el.shadowRoot?.textContent.trim().length ?? 0])`,
    )) as [string, number][];
    assert.deepEqual([...new Set(shown.map(([tag]) => tag))].sort(), built.TAG_NAMES.filter((tag) => tag !== 'rk-role-board').sort());
    assert.deepEqual(shown.filter(([, length]) => length === 0), [], 'no element is empty');
    const links = await p.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of ['/careers/', '/examples/errors/', '/roles/python-web-developer/']) assert.ok(links.includes(href), href);
    await context.close();
  });

  test('with JavaScript hydrates: no console message, no failed request, same nodes, nothing moves', async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const { messages, failed } = listen(p);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    await p.route('**/rolekit/*/rolekit.js', async (route) => {
      await gate; // the bundle waits until the server's DOM is recorded
      await route.continue();
    });
    await p.goto(`${server.origin}/`, { waitUntil: 'commit' });
    await p.waitForFunction('document.readyState !== "loading"');
    await p.evaluate(`(() => { ${WALK}
      window.__nodes = walk(document);
      window.__shift = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift' });
      window.__boxes = window.__nodes.filter((n) => n.nodeType === 1).map((n) => JSON.stringify(n.getBoundingClientRect()));
    })()`);
    open();
    await p.waitForFunction(`(() => { ${WALK}
      const els = walk(document).filter((n) => n.localName?.startsWith('rk-'));
      return els.length && els.every((el) => customElements.get(el.localName) && el.hasUpdated && !el.isUpdatePending);
    })()`);
    await p.waitForLoadState('networkidle');
    await p.waitForTimeout(100); // a late warning or layout shift would arrive
    const check = (await p.evaluate(`(() => { ${WALK}
      const now = walk(document);
      const boxes = window.__nodes.filter((n) => n.nodeType === 1).map((n) => JSON.stringify(n.getBoundingClientRect()));
      return {
        lost: window.__nodes.filter((n) => !n.isConnected && n !== document).length,
        added: now.length - window.__nodes.length,
        same: now.every((n, i) => n === window.__nodes[i]),
        moved: boxes.filter((b, i) => b !== window.__boxes[i]).length,
        shift: window.__shift,
        unsettled: now.filter((n) => n.matches?.('[role="alert"], [aria-busy="true"]')).length,
      };
    })()`)) as Record<string, number | boolean>;
    assert.deepEqual(messages, [], 'zero console messages');
    assert.deepEqual(failed, [], 'zero failed requests');
    assert.deepEqual(check, { lost: 0, added: 0, same: true, moved: 0, shift: 0, unsettled: 0 }, 'hydrated in place, nothing in an error or loading state');
    // and it works: <rk-faq multiple> keeps two answers open (its rk-toggle events: two opened, none closed)
    const faq = p.locator('#elements > .specimen > rk-faq');
    await faq.evaluate((el) => el.addEventListener('rk-toggle', (e) => ((window as unknown as { toggles: boolean[] }).toggles ??= []).push((e as CustomEvent).detail.open)));
    await faq.locator('[part="question"]').nth(0).click();
    await faq.locator('[part="question"]').nth(1).click();
    await p.waitForFunction('window.toggles?.length >= 2');
    await p.waitForTimeout(100); // a closing event would follow
    assert.deepEqual(await p.evaluate('window.toggles'), [true, true]);
    await p.close();
  });
});

describe('the Greenhouse page', () => {
  test("reads the sample board through feed= in the browser, each row leading to the page the build step made of it", async () => {
    const fixture = json('test/fixtures/feeds/greenhouse/small.json');
    const p = await browser.newPage();
    const { messages, failed } = listen(p);
    await p.goto(`${server.origin}/jobs/greenhouse/`);
    const links = p.locator('rk-openings [part="link"]');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const titles = (await links.allInnerTexts()).map((t) => t.trim());
    // the board's jobs (one is left out by the adapter for a bad field, if any), by their titles
    assert.ok(titles.length > 1 && titles.every((title) => fixture.jobs.some((job: { title: string }) => job.title === title)), titles.join(' | '));
    for (const href of hrefs) {
      assert.match(href, /^\/jobs\/[a-z0-9-]+\/$/);
      const page = await (await fetch(`${server.origin}${href}`)).text();
      assert.match(page, /"@type":"JobPosting"|<rk-opening/, `${href} is a server-rendered opening page`);
    }
    assert.deepEqual(failed, []);
    assert.deepEqual(messages.filter((m) => !m.startsWith('warning: rolekit: greenhouse feed')), []);
    await p.close();
  });
});

describe('the errors page', () => {
  test('shows each error state, and its one intentional console error', async () => {
    const p = await browser.newPage();
    const { messages, failed } = listen(p);
    await p.goto(`${server.origin}/examples/errors/`, { waitUntil: 'networkidle' });
    const ALERTS = [/answered 404/, /not valid JSON/, /relatedLinks\[0\]\.href/, /schemaVersion/, /title: /, /faq\[1\]\.answer/];
    const alerts = p.locator('main [role="alert"]');
    await p.waitForFunction(`document.querySelectorAll('#error-log li').length === ${ALERTS.length}`);
    const texts = await alerts.allInnerTexts();
    assert.equal(texts.length, ALERTS.length, texts.join('\n---\n'));
    ALERTS.forEach((pattern, i) => assert.match(texts[i], pattern));
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /^error: .*404/);
    assert.deepEqual(failed.filter((f) => !f.endsWith('/data/roles/does-not-exist.json')), [], 'only the missing file fails');
    assert.match(await pageText(p), /The console error is intentional\. .*\/data\/roles\/does-not-exist\.json/);
    await p.close();
  });
});

describe('the role page in English, German and Arabic', () => {
  const LANGUAGES = [
    { lang: 'en', dir: 'ltr', path: '/roles/python-web-developer/', doc: role, words: en },
    { lang: 'de', dir: 'ltr', path: '/de/roles/python-web-developer/', doc: json('data/locales/de/roles/python-web-developer.json'), words: de },
    { lang: 'ar', dir: 'rtl', path: '/ar/roles/python-web-developer/', doc: json('data/locales/ar/roles/python-web-developer.json'), words: ar },
  ];

  test('each names its language and direction, lists the others, and has a language switcher marking itself', async () => {
    for (const { lang, dir, path, doc } of LANGUAGES) {
      const response = await fetch(`${server.origin}${path}`);
      assert.equal(response.status, 200, path);
      const html = await response.text();
      assert.match(html, new RegExp(`<html lang="${lang}" dir="${dir}">`), path);
      assert.match(html, new RegExp(`<title>${doc.title.replace(/[()]/g, '\\$&')} — Northwind Careers</title>`), path);
      // rel=alternate for every language (and x-default), each an absolute URL of its page
      for (const other of LANGUAGES) assert.ok(html.includes(`<link rel="alternate" hreflang="${other.lang}" href="${server.origin}${other.path}">`), `${path}: alternate ${other.lang}`);
      assert.ok(html.includes(`<link rel="alternate" hreflang="x-default" href="${server.origin}/roles/python-web-developer/">`), path);
      // the switcher: one nav, named, a link per language in that language, the page's own marked current
      const navs = html.match(/<nav class="languages-nav" aria-label="[^"]+">[\s\S]*?<\/nav>/g) ?? [];
      assert.equal(navs.length, 1, path);
      const links = [...navs[0].matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)"( aria-current="page")?>([^<]+)<\/a>/g)];
      assert.deepEqual(
        links.map(([, href, hreflang, linkLang, current, name]) => ({ href, hreflang, linkLang, current: !!current, name })),
        [
          { href: '/roles/python-web-developer/', hreflang: 'en', linkLang: 'en', current: lang === 'en', name: 'English' },
          { href: '/de/roles/python-web-developer/', hreflang: 'de', linkLang: 'de', current: lang === 'de', name: 'Deutsch' },
          { href: '/ar/roles/python-web-developer/', hreflang: 'ar', linkLang: 'ar', current: lang === 'ar', name: 'العربية' },
        ],
        path,
      );
      // the site's own header stays English: marked so on the other languages' pages
      if (lang !== 'en') assert.match(html, /<header lang="en" class="site-header">/, path);
    }
    const sitemap = await (await fetch(`${server.origin}/sitemap.xml`)).text();
    for (const { path } of LANGUAGES) assert.equal(sitemap.split(`<loc>${server.origin}${path}</loc>`).length, 2, `sitemap.xml lists ${path} once`);
  });

  test('German and Arabic show their own words from the server on, hydrate silently, and the Arabic page reads right to left', async () => {
    for (const { lang, dir, path, words } of LANGUAGES.slice(1)) {
      const p = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      const { messages, failed } = listen(p);
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      await p.route('**/rolekit/*/rolekit.js', async (route) => {
        await gate; // the bundle waits until the server's headings are recorded
        await route.continue();
      });
      await p.goto(`${server.origin}${path}`, { waitUntil: 'commit' });
      await p.waitForFunction('document.readyState !== "loading"');
      const HEADINGS = `[...document.querySelector('rk-role-page').shadowRoot.querySelectorAll('h2')]`;
      const fromServer = (await p.evaluate(`(window.__h2 = ${HEADINGS}).map((h) => h.textContent.trim())`)) as string[];
      open();
      await p.waitForFunction(`(() => { const el = document.querySelector('rk-role-page'); return customElements.get('rk-role-page') && el.hasUpdated && !el.isUpdatePending; })()`);
      await p.waitForLoadState('networkidle');
      await p.waitForTimeout(100); // a late warning would arrive
      assert.ok(fromServer.includes(words.atAGlance) && fromServer.includes(words.overview), `${path}: ${fromServer.join(' | ')}`);
      assert.ok(!fromServer.includes(en.atAGlance) && !fromServer.includes(en.overview), `${path}: ${fromServer.join(' | ')}`);
      assert.equal(await p.evaluate(`${HEADINGS}.every((h, i) => h === window.__h2[i] && h.isConnected)`), true, `${path}: the server's headings stay`);
      assert.deepEqual(await p.evaluate(`${HEADINGS}.map((h) => h.textContent.trim())`), fromServer);
      assert.deepEqual(messages, [], `${path}: zero console messages`);
      assert.deepEqual(failed, [], `${path}: zero failed requests`);
      assert.equal(await p.evaluate(`getComputedStyle(document.querySelector('main')).direction`), dir, path);
      assert.equal(await p.evaluate(`document.querySelector('[aria-current="page"][hreflang]').getAttribute('hreflang')`), lang);
      // the role's open positions (an English listing) under the summary, in the page's words
      const list = `document.querySelector('rk-role-openings')`;
      assert.equal(await p.evaluate(`${list}.getAttribute('lang')`), lang);
      assert.equal(await p.evaluate(`${list}.shadowRoot.querySelector('[part~="heading"]').textContent.trim()`), words.openPositions, path);
      await p.close();
    }
  });
});
