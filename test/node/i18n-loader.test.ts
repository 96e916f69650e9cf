// The script tag (dist/cdn/rolekit.js, from `npm run build`) and the built-in catalogues, in
// Debian's Chromium: a page loads the catalogue of the language its elements show, and only that
// one, verified like every piece, before the elements are defined (no English first); an English
// page loads none.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { listen } from './listen.js';
import type { PiecesManifest } from '../../src/cdn/manifest.js';

const ROOT = process.cwd();
const manifest = JSON.parse(readFileSync('dist/cdn/pieces/manifest.json', 'utf8')) as PiecesManifest;
const SEED = '/data/python-web-developer.json';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const de = (await import('../../src/i18n/locales/de.js')).de;
const ar = (await import('../../src/i18n/locales/ar.js')).ar;
const { en } = await import('../../src/i18n/en.js');

const pages = new Map<string, string>();
/** Paths to serve altered (their integrity then fails). */
const tampered = new Set<string>();
let server: Server;
let origin: string;
let browser: Browser;
let n = 0;

/**
 * A page with the README's script tag. Before the elements are defined, `__test.defined` records
 * which words the elements will first render with: proof there is no English first.
 */
function page(lang: string, body: string, head = ''): string {
  const path = `/i18n-${++n}.html`;
  const listen = `<script>window.__test = { ready: 0, defined: {} };
addEventListener('rk-ready', () => __test.ready++);
for (const tag of ['rk-faq', 'rk-role-page']) customElements.whenDefined(tag).then(() => { __test.defined[tag] = { de: rolekit.stringsFor('de').faq, ar: rolekit.stringsFor('ar').faq }; });</script>`;
  pages.set(path, `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>${path}</title>${listen}${head}<script src="/dist/cdn/rolekit.js" defer blocking="render"></script></head><body>${body}</body></html>`);
  return `${origin}${path}`;
}

interface Visit {
  page: Page;
  /** Paths requested under dist/cdn/pieces/. */
  requested: string[];
  pageErrors: string[];
}

async function visit(url: string, until: string): Promise<Visit> {
  const p = await browser.newPage();
  const v: Visit = { page: p, requested: [], pageErrors: [] };
  p.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/^\/dist\/cdn\/(pieces\/.*)$/);
    if (m) v.requested.push(m[1]);
  });
  p.on('pageerror', (e) => v.pageErrors.push(e.message));
  await p.goto(url);
  await p.waitForFunction(until, undefined, { timeout: 15_000 });
  await p.waitForTimeout(100); // anything late arrives
  return v;
}

/** The catalogue files the page fetched, as the browser saw them (Resource Timing), and as requested. */
const catalogues = async (v: Visit) => ({
  resources: ((await v.page.evaluate(`performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)`)) as string[]).filter((path) => path.includes('/locales/')).sort(),
  requested: v.requested.filter((path) => path.startsWith('pieces/locales/')).sort(),
});
const shadowText = (p: Page, selector: string) => p.evaluate(`document.querySelector(${JSON.stringify(selector)}).shadowRoot?.textContent ?? ''`) as Promise<string>;
/** The text of a role page's section headings (inside the nested elements' shadow roots too). */
const headings = (p: Page) =>
  p.evaluate(`(() => {
    const out = [];
    const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (/^H[1-6]$/.test(el.tagName)) out.push(el.textContent.trim()); if (el.shadowRoot) walk(el.shadowRoot); } };
    walk(document.querySelector('rk-role-page').shadowRoot);
    return out;
  })()`) as Promise<string[]>;

before(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const html = pages.get(path);
    if (html) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    try {
      const file = join(ROOT, path);
      if (!file.startsWith(ROOT)) throw new Error('outside');
      let body: string | Buffer = readFileSync(file);
      if (tampered.has(path)) body = `${body}\n;globalThis.__tampered = true;`;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  origin = await listen(server);
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe('the script tag loads the catalogue a page shows', () => {
  test('the build makes each built-in catalogue but English a piece of its own, with its integrity', () => {
    const names = Object.keys(manifest.pieces).filter((name) => name.startsWith('locales/')).sort();
    assert.deepEqual(names, ['locales/ar', 'locales/de', 'locales/es', 'locales/fr', 'locales/he', 'locales/ja', 'locales/nl', 'locales/pl', 'locales/pt-br', 'locales/zh-cn']);
    for (const name of names) assert.match(manifest.integrity[manifest.pieces[name][0]], /^sha256-/);
  });

  test('a German page shows German headings from the first render, fetching the German catalogue once and no other', async () => {
    const v = await visit(page('de', `<rk-role-page src="${SEED}"></rk-role-page><rk-faq src="${SEED}"></rk-faq>`), '__test.ready === 2');
    assert.deepEqual(v.pageErrors, []);
    // registered before either element was defined: the first render is already German
    assert.deepEqual(await v.page.evaluate('__test.defined'), { 'rk-faq': { de: de.faq, ar: en.faq }, 'rk-role-page': { de: de.faq, ar: en.faq } });
    const shown = await headings(v.page);
    assert.ok(shown.includes(de.atAGlance) && shown.includes(de.faq), shown.join(' | '));
    assert.ok(!shown.includes(en.atAGlance) && !shown.includes(en.faq), shown.join(' | '));
    assert.match(await shadowText(v.page, 'rk-faq'), new RegExp(de.faq));
    assert.deepEqual(await catalogues(v), { resources: ['/dist/cdn/pieces/locales/de.js'], requested: ['pieces/locales/de.js'] });
    await v.page.close();
  });

  test('an English page, or one without lang, fetches no catalogue', async () => {
    for (const lang of ['en', 'en-GB', '']) {
      const v = await visit(page(lang, `<rk-role-page src="${SEED}"></rk-role-page>`), '__test.ready === 1');
      assert.deepEqual(await catalogues(v), { resources: [], requested: [] }, lang);
      const shown = await headings(v.page);
      assert.ok(shown.includes(en.atAGlance), shown.join(' | '));
      await v.page.close();
    }
  });

  test("the closest lang counts: an Arabic part of an English page loads Arabic only; a region falls back to its language's catalogue", async () => {
    const v = await visit(page('en', `<rk-faq src="${SEED}"></rk-faq><section lang="ar"><rk-role-page src="${SEED}"></rk-role-page></section>`), '__test.ready === 2');
    assert.deepEqual((await catalogues(v)).requested, ['pieces/locales/ar.js']);
    assert.match(await shadowText(v.page, 'rk-faq'), new RegExp(en.faq));
    assert.ok((await headings(v.page)).includes(ar.atAGlance));
    await v.page.close();
    const region = await visit(page('de-AT', `<rk-faq src="${SEED}"></rk-faq>`), '__test.ready === 1');
    assert.deepEqual((await catalogues(region)).requested, ['pieces/locales/de.js']);
    assert.match(await shadowText(region.page, 'rk-faq'), new RegExp(de.faq));
    await region.page.close();
  });

  test('an element added later in another language loads its catalogue then', async () => {
    const v = await visit(page('en', `<rk-faq src="${SEED}"></rk-faq>`), '__test.ready === 1');
    assert.deepEqual((await catalogues(v)).requested, []);
    await v.page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<div lang="pt-BR"><rk-role-card src="${SEED}"></rk-role-card></div>')`);
    await v.page.waitForFunction('__test.ready === 2');
    assert.deepEqual((await catalogues(v)).requested, ['pieces/locales/pt-br.js']);
    await v.page.close();
  });

  test("a site's own wording for the language wins over the built-in catalogue, registered at once", async () => {
    const own = `<script>addEventListener('DOMContentLoaded', () => rolekit.registerStrings('de', { faq: 'Ihre Fragen an uns' }))</script>`;
    const v = await visit(page('de', `<rk-faq src="${SEED}"></rk-faq>${own}`), '__test.ready === 1');
    assert.deepEqual(v.pageErrors, []);
    const text = await shadowText(v.page, 'rk-faq');
    assert.match(text, /Ihre Fragen an uns/);
    assert.match(text, new RegExp(de.expandAll)); // the rest from the built-in catalogue
    await v.page.close();
  });

  test('a catalogue that fails its integrity check leaves the elements working, in English', async () => {
    tampered.add('/dist/cdn/pieces/locales/fr.js');
    const v = await visit(page('fr', `<rk-faq src="${SEED}"></rk-faq>`), '__test.ready === 1');
    assert.equal(await v.page.evaluate('globalThis.__tampered'), undefined);
    assert.match(await shadowText(v.page, 'rk-faq'), new RegExp(en.faq));
    assert.deepEqual(v.pageErrors, []);
    await v.page.close();
  });
});
