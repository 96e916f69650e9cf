// The script tag's loader (dist/cdn/rolekit.js, from `npm run build`) in Debian's Chromium:
// it loads only the pieces a page uses, each once and verified, from wherever it is hosted, and
// a piece that cannot load gives an error state and an event — never a blank area or an exception.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { listen } from './listen.js';
import type { PiecesManifest } from '../../src/cdn/manifest.js';
import type * as Ssr from '../../src/ssr/ssr.js';

const ROOT = process.cwd();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const manifest = JSON.parse(readFileSync('dist/cdn/pieces/manifest.json', 'utf8')) as PiecesManifest;
const SEED = '/data/python-web-developer.json';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.map': 'application/json' };

/** The files a page of these pieces needs, as the loader would fetch them. */
const filesOf = (...names: string[]) => [...new Set(names.flatMap((name) => manifest.pieces[name].map((i) => `pieces/${manifest.files[i]}`)))].sort();

/** How the server misbehaves for a path: fail the first `fail` requests (status or dropped), or serve altered bytes. */
const faults = new Map<string, { fail?: number; status?: number; tamper?: boolean }>();
const pages = new Map<string, string>();
let server: Server;
let origin: string;
let browser: Browser;

function serve(): Promise<void> {
  const seen = new Map<string, number>();
  server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const html = pages.get(path);
    if (html) return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(html);
    // a self-hosted copy in another folder: /assets/vendor/rolekit@x/ is dist/cdn/
    path = path.replace(/^\/assets\/vendor\/rolekit@[^/]+\//, '/dist/cdn/');
    const fault = faults.get(path);
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    if (fault?.fail && count <= fault.fail) {
      if (fault.status) return void res.writeHead(fault.status).end('no');
      return void req.socket.destroy();
    }
    try {
      const file = join(ROOT, path);
      if (!file.startsWith(ROOT)) throw new Error('outside');
      let body: string | Buffer = readFileSync(file);
      if (fault?.tamper) body = `${body}\n;globalThis.__tampered = true;`;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return listen(server).then((address) => {
    origin = address;
  });
}

const LISTEN = `<script>window.__test = { ready: 0, errors: [] };
addEventListener('rk-ready', () => __test.ready++);
addEventListener('rk-error', (e) => __test.errors.push({ kind: e.detail.kind, src: e.detail.src, tag: e.target.localName }));</script>`;

let n = 0;
/** A page with the README's script tag (`defer blocking="render"`: the first paint waits for this small script, not for the pieces). */
function page(body: string, script = '/dist/cdn/rolekit.js', head = ''): string {
  const path = `/page-${++n}.html`;
  pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${path}</title>${LISTEN}${head}<script src="${script}" defer blocking="render"></script></head><body>${body}</body></html>`);
  return `${origin}${path}`;
}

interface Visit {
  page: Page;
  /** Paths requested under dist/cdn/ (or the folder it was copied to), after the script itself. */
  requested: string[];
  pageErrors: string[];
  console: { type: string; text: string }[];
}

async function visit(url: string, until: string): Promise<Visit> {
  const p = await browser.newPage();
  const v: Visit = { page: p, requested: [], pageErrors: [], console: [] };
  p.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/^\/(?:dist\/cdn|assets\/vendor\/rolekit@[^/]+)\/(pieces\/.*)$/);
    if (m) v.requested.push(m[1]);
  });
  p.on('pageerror', (e) => v.pageErrors.push(e.message));
  p.on('console', (m) => v.console.push({ type: m.type(), text: m.text() }));
  await p.goto(url);
  await p.waitForFunction(until, undefined, { timeout: 15_000 });
  await p.waitForTimeout(100); // anything late (a second request, a warning) arrives
  return v;
}

const state = (p: Page) => p.evaluate('window.__test') as Promise<{ ready: number; errors: { kind: string; src: string; tag: string }[] }>;
const shadowText = (p: Page, selector: string) => p.evaluate(`document.querySelector(${JSON.stringify(selector)}).shadowRoot?.textContent ?? ''`) as Promise<string>;

before(async () => {
  await serve();
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe('the script tag loads what the page uses', () => {
  test('a page of role cards fetches the card and what it shares, nothing else, each file once', async () => {
    const v = await visit(page(`<rk-role-card src="${SEED}"></rk-role-card><rk-role-card src="${SEED}"></rk-role-card>`), '__test.ready === 2');
    assert.deepEqual([...v.requested].sort(), filesOf('api', 'rk-role-card'));
    assert.ok(!v.requested.some((path) => /rk-role-page|rk-faq|hydrate|jsonld/.test(path)), v.requested.join());
    assert.deepEqual(v.pageErrors, []);
    assert.deepEqual(v.console, []);
    assert.match(await shadowText(v.page, 'rk-role-card'), /Python Web Developer/);
    await v.page.close();
  });

  test('one round trip after the script: every file is asked for before any has arrived', async () => {
    const p = await browser.newPage();
    const started: number[] = [];
    const arrived: number[] = [];
    await p.route('**/dist/cdn/pieces/**', async (route) => {
      started.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 300)); // each file takes a while to come
      await route.continue();
      arrived.push(Date.now());
    });
    await p.goto(page(`<rk-role-card src="${SEED}"></rk-role-card>`));
    await p.waitForFunction('__test.ready === 1');
    assert.equal(started.length, filesOf('api', 'rk-role-card').length);
    assert.ok(Math.max(...started) < Math.min(...arrived), `asked at ${started}, arrived at ${arrived}`);
    await p.close();
  });

  test('a role page loads its nested elements with it (it renders them in its own shadow root)', async () => {
    const v = await visit(page(`<rk-role-page src="${SEED}"></rk-role-page>`), '__test.ready === 1');
    assert.deepEqual([...v.requested].sort(), filesOf('api', 'rk-role-page'));
    assert.equal(await v.page.evaluate(`!!customElements.get('rk-faq') && !customElements.get('rk-role-board')`), true);
    await v.page.close();
  });

  test('elements added later load when they arrive; unknown rk-* tags load nothing', async () => {
    const v = await visit(page(`<rk-role-card src="${SEED}"></rk-role-card><rk-unknown-thing></rk-unknown-thing>`), '__test.ready === 1');
    const before = v.requested.length;
    await v.page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<div><rk-faq src="${SEED}"></rk-faq></div>')`);
    await v.page.waitForFunction('__test.ready === 2');
    assert.deepEqual(v.requested.slice(before).sort(), filesOf('rk-faq').filter((f) => !filesOf('api', 'rk-role-card').includes(f)));
    assert.ok(!v.requested.some((path) => path.includes('unknown')));
    assert.equal(await v.page.evaluate(`customElements.get('rk-unknown-thing')`), undefined);
    await v.page.close();
  });

  test('JSON-LD code is fetched only for emit-jsonld', async () => {
    const plain = await visit(page(`<rk-role-page src="${SEED}"></rk-role-page>`), '__test.ready === 1');
    assert.ok(!plain.requested.some((path) => path.includes('jsonld')));
    await plain.page.close();
    const emitting = await visit(page(`<rk-role-page emit-jsonld src="${SEED}"></rk-role-page>`), `__test.ready === 1 && !!document.head.querySelector('script[type="application/ld+json"]')`);
    assert.ok(emitting.requested.some((path) => path.includes('jsonld')), emitting.requested.join());
    await emitting.page.close();
  });

  test('works from a self-hosted copy in any folder: pieces are found from the script URL', async () => {
    const v = await visit(page(`<rk-role-card src="${SEED}"></rk-role-card>`, '/assets/vendor/rolekit@1.2.3/rolekit.js'), '__test.ready === 1');
    assert.deepEqual([...v.requested].sort(), filesOf('api', 'rk-role-card'));
    assert.deepEqual(v.pageErrors, []);
    await v.page.close();
  });

  test('window.rolekit: VERSION at once, registerStrings queued until the code is there, then ready with parseRole', async () => {
    const url = page(
      `<rk-faq src="${SEED}"></rk-faq><script>addEventListener('DOMContentLoaded', () => rolekit.registerStrings('en', { faq: 'Questions people ask' }))</script>`,
    );
    const v = await visit(url, '__test.ready === 1');
    assert.equal(await v.page.evaluate('rolekit.VERSION'), version);
    assert.equal(await v.page.evaluate('rolekit.ready.then((r) => r === rolekit && r.parseRole({}).ok)'), false);
    assert.match(await shadowText(v.page, 'rk-faq'), /Questions people ask/);
    await v.page.close();
  });
});

describe("the page's own Lit hydration hook", () => {
  test("survives rolekit: out of the way only while rolekit's Lit first runs, back afterwards; a page without rolekit elements keeps it", async () => {
    const hook = `<script>window.hostHook = () => {}; window.litElementHydrateSupport = window.hostHook;</script>`;
    const { renderElement } = (await import('../../dist/ssr.js' as string)) as typeof Ssr;
    const ssr = renderElement('rk-faq', JSON.parse(readFileSync(`.${SEED}`, 'utf8')));
    for (const body of [ssr, `<rk-role-card src="${SEED}"></rk-role-card>`]) {
      const v = await visit(page(body, '/dist/cdn/rolekit.js', hook), `customElements.get('${body === ssr ? 'rk-faq' : 'rk-role-card'}') !== undefined`);
      await v.page.waitForTimeout(200);
      assert.equal(await v.page.evaluate('window.litElementHydrateSupport === window.hostHook'), true);
      assert.deepEqual(v.pageErrors, []);
      await v.page.close();
    }
    const none = await visit(page('<p>No rolekit here.</p>', '/dist/cdn/rolekit.js', hook), 'window.rolekit !== undefined');
    assert.equal(await none.page.evaluate('window.litElementHydrateSupport === window.hostHook'), true);
    await none.page.close();
  });
});

describe('integrity and failures', () => {
  const sha = (algorithm: string, path: string) => `${algorithm}-${createHash(algorithm).update(readFileSync(path)).digest('base64')}`;

  test('the published hashes are the files\' (sha384), and a browser runs the script only with the right one', async () => {
    const published = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(published), ['rolekit.js', 'rolekit.all.js']);
    for (const [file, hash] of Object.entries(published)) assert.equal(hash, sha('sha384', `dist/cdn/${file}`), file);
    manifest.files.forEach((file, i) => assert.equal(manifest.integrity[i], sha('sha256', `dist/cdn/pieces/${file}`), file));
    const tag = (hash: string) => `<script src="/dist/cdn/rolekit.js" integrity="${hash}" crossorigin="anonymous" defer></script>`;
    const good = await visit(page(`<rk-role-card src="${SEED}"></rk-role-card>`, '/nothing.js', tag(published['rolekit.js'])), '__test.ready === 1');
    await good.page.close();
    const bad = await browser.newPage();
    const messages: string[] = [];
    bad.on('console', (m) => messages.push(m.text()));
    await bad.goto(page(`<rk-role-card src="${SEED}"></rk-role-card>`, '/nothing.js', tag(published['rolekit.all.js'])));
    await bad.waitForTimeout(300);
    assert.equal(await bad.evaluate('typeof window.rolekit'), 'undefined', 'a file that does not match its hash never runs');
    assert.ok(messages.some((m) => /integrity/i.test(m)), messages.join('\n'));
    await bad.close();
  });

  const file = (name: string) => `/dist/cdn/pieces/${manifest.files[manifest.pieces[name][0]]}`;

  test('a piece that fails once (a dropped connection, then a 503) is tried again and works', async () => {
    faults.set(file('rk-duties'), { fail: 1 });
    faults.set(file('rk-overview'), { fail: 1, status: 503 });
    const v = await visit(page(`<rk-duties src="${SEED}"></rk-duties><rk-overview src="${SEED}"></rk-overview>`), '__test.ready === 2');
    assert.deepEqual((await state(v.page)).errors, []);
    assert.deepEqual(v.pageErrors, []);
    await v.page.close();
  });

  for (const [what, fault] of [
    ['a piece that is missing (404)', { fail: 99, status: 404 }],
    ['a piece whose bytes changed (integrity)', { tamper: true }],
  ] as const) {
    test(`${what}: its elements show an error and fire rk-error (kind code), the console names the file, other elements work`, async () => {
      const path = file('rk-career-outlook');
      faults.set(path, fault);
      const v = await visit(page(`<rk-career-outlook src="${SEED}"></rk-career-outlook><rk-duties src="${SEED}"></rk-duties>`), '__test.ready === 1 && __test.errors.length === 1');
      const { errors } = await state(v.page);
      assert.deepEqual(errors, [{ kind: 'code', src: `${origin}${path}`, tag: 'rk-career-outlook' }]);
      assert.equal(await v.page.evaluate(`document.querySelector('rk-career-outlook').shadowRoot.querySelector('[role="alert"]').textContent`), 'This role could not be shown. Part of this page did not load. Reload the page to try again.');
      const box = (await v.page.locator('rk-career-outlook').boundingBox())!;
      assert.ok(box.height > 20, 'the error takes space: not a blank area');
      assert.ok(v.console.some((m) => m.type === 'error' && m.text.includes(`${origin}${path}`)), JSON.stringify(v.console));
      assert.equal(await v.page.evaluate('globalThis.__tampered'), undefined, 'altered code never runs');
      assert.deepEqual(v.pageErrors, []);
      faults.delete(path);
      await v.page.close();
    });
  }
});

describe('no jump while code arrives', () => {
  /** A page whose pieces (and, optionally, data) arrive late, with its layout shifts recorded. */
  async function slowPage(url: string, dataDelay = 0): Promise<Page> {
    const p = await browser.newPage();
    await p.route('**/dist/cdn/pieces/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    if (dataDelay) {
      await p.route(`**${SEED}`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, dataDelay));
        await route.continue();
      });
    }
    await p.addInitScript(`window.__shifts = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });`);
    await p.goto(url);
    return p;
  }
  const top = (p: Page) => p.evaluate(`document.getElementById('after').getBoundingClientRect().top`) as Promise<number>;

  test('before its code arrives an element takes the space of its loading state: no shift when the code comes', async () => {
    const p = await slowPage(page(`<rk-role-card src="${SEED}"></rk-role-card><p id="after">after</p>`), 1500);
    assert.equal(await p.evaluate(`customElements.get('rk-role-card')`), undefined, 'the code is still on its way');
    const before = await top(p);
    await p.waitForFunction(`!!document.querySelector('rk-role-card').shadowRoot?.querySelector('.loading')`);
    assert.equal(await top(p), before);
    assert.equal(await p.evaluate('window.__shifts'), 0);
    await p.close();
  });

  test('a server-rendered page shows its content at once and does not move when its code arrives (CLS ≤ 0.01)', async () => {
    const { renderPage } = (await import('../../dist/ssr.js' as string)) as typeof Ssr;
    const path = `/ssr-${++n}.html`;
    pages.set(path, renderPage(JSON.parse(readFileSync(`.${SEED}`, 'utf8')), { scriptSrc: '/dist/cdn/rolekit.js', footer: '<p id="after">after</p>' }));
    const p = await slowPage(`${origin}${path}`);
    assert.match(await p.evaluate(`document.querySelector('rk-role-page').shadowRoot.textContent`) as string, /Python Web Developer/);
    const before = await top(p);
    await p.waitForFunction(`customElements.get('rk-role-page') && document.querySelector('rk-role-page').hasUpdated`);
    await p.waitForTimeout(300);
    assert.equal(await top(p), before);
    assert.ok((await p.evaluate('window.__shifts')) as number <= 0.01);
    await p.close();
  });
});

describe('renderPage preloads what a server-rendered page needs', () => {
  test('every piece of the page, with its integrity, beside the script tag (pinned, with its sha384); none with scriptSrc: false', async () => {
    const { renderPage } = (await import('../../dist/ssr.js' as string)) as typeof Ssr;
    const role = JSON.parse(readFileSync(`.${SEED}`, 'utf8'));
    const html = renderPage(role, {});
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)" integrity="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    const base = `https://cdn.jsdelivr.net/npm/rolekit@${version}/dist/cdn/`;
    assert.deepEqual(preloads.map(([href]) => href.slice(base.length)).sort(), filesOf('hydrate', 'api', 'rk-role-page'));
    for (const [href, integrity] of preloads) assert.equal(integrity, manifest.integrity[manifest.files.indexOf(href.slice(`${base}pieces/`.length))]);
    const published = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')) as Record<string, string>;
    assert.ok(html.includes(`<script src="${base}rolekit.js" integrity="${published['rolekit.js']}" crossorigin="anonymous" defer></script>`));
    const own = renderPage(role, { scriptSrc: '/assets/rolekit.js' });
    assert.ok(own.includes('<script src="/assets/rolekit.js" defer></script>'), 'another copy: no integrity (it may be another build)');
    assert.ok(own.includes('<link rel="modulepreload" href="/assets/pieces/'));
    const none = renderPage(role, { scriptSrc: false });
    assert.doesNotMatch(none, /<script src|modulepreload/);
  });
});
