// Hostile pages, in Debian's Chromium driven by playwright-core: the BUILT script-tag bundle
// (and the npm build) on pages with a strict CSP + Trusted Types, two copies of rolekit, brutal
// global CSS and framework resets, host-page errors and clashing globals. Run after `npm run build`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { listen } from './listen.js';
import { IMPORT_MAP } from './import-map.js';

const ROOT = process.cwd();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const OTHER_VERSION = '0.0.0-other';

/** Pages and scripts made up by the tests, by path: body and extra headers. */
const virtual = new Map<string, { body: string; type: string; headers?: Record<string, string> }>();
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html', '.map': 'application/json' };

let server: Server;
let origin: string;
let browser: Browser;

/** Serves the repository (dist/, data/, node_modules/), the virtual files, and under /npm/ the npm
 * build as if it were another release (its version string replaced). */
function serve(): Promise<void> {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const page = virtual.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': page.type, ...page.headers });
      res.end(page.body);
      return;
    }
    try {
      const file = path.startsWith('/npm/') ? join(ROOT, 'dist', path.slice(5)) : join(ROOT, path);
      if (!file.startsWith(ROOT)) throw new Error('outside');
      let body: string | Buffer = readFileSync(file);
      if (path.startsWith('/npm/') && path.endsWith('.js')) body = body.toString().replaceAll(JSON.stringify(version), JSON.stringify(OTHER_VERSION));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return listen(server).then((address) => {
    origin = address;
  });
}

const SEED = '/data/python-web-developer.json';
const seedText = readFileSync(`.${SEED}`, 'utf8');

/** One of every element: from src, from inline JSON, a board from the listing. */
const WIDGETS = `
  <div class="slot"><rk-role-page src="${SEED}"></rk-role-page></div>
  <div class="slot"><rk-role-card src="${SEED}" href="/roles/python-web-developer/"></rk-role-card></div>
  <div class="slot"><rk-role-board src="/data/index.json" no-url-sync></rk-role-board></div>
  <div class="slot"><rk-faq><script type="application/json">${seedText}</script></rk-faq></div>
  <div class="slot"><rk-at-a-glance src="${SEED}"></rk-at-a-glance></div>
  <div class="slot"><rk-duties src="${SEED}"></rk-duties></div>
  <div class="slot"><rk-overview src="${SEED}"></rk-overview></div>
  <div class="slot"><rk-qualifications src="${SEED}"></rk-qualifications></div>
  <div class="slot"><rk-career-outlook src="${SEED}"></rk-career-outlook></div>
  <div class="slot"><rk-cover-letter src="${SEED}"></rk-cover-letter></div>`;
const WIDGET_COUNT = 10;

virtual.set('/favicon.ico', { type: 'image/x-icon', body: '' });

/** Loaded first on every page (an external file: inline scripts are refused under the CSP). */
virtual.set('/host/listen.js', {
  type: 'text/javascript',
  body: `window.__test = { ready: 0, errors: [], violations: [] };
document.addEventListener('securitypolicyviolation', (e) => __test.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
addEventListener('rk-ready', () => __test.ready++);
addEventListener('rk-error', (e) => __test.errors.push(e.detail));`,
});

function page(path: string, head: string, body: string, headers?: Record<string, string>): string {
  virtual.set(path, { type: 'text/html; charset=utf-8', headers, body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${path}</title><script src="/host/listen.js"></script>${head}</head><body>${body}</body></html>` });
  return `${origin}${path}`;
}

interface Visit {
  page: Page;
  pageErrors: string[];
  console: { type: string; text: string }[];
}

async function visit(url: string, ready = WIDGET_COUNT): Promise<Visit> {
  const p = await browser.newPage();
  const visit: Visit = { page: p, pageErrors: [], console: [] };
  p.on('pageerror', (e) => visit.pageErrors.push(e.message));
  p.on('console', (m) => visit.console.push({ type: m.type(), text: m.text() }));
  await p.goto(url);
  // polled from here: a page under the strict CSP refuses playwright's string predicates (eval)
  for (const deadline = Date.now() + 15_000; ; await p.waitForTimeout(50)) {
    const state = await testState(p);
    if (state.ready + state.errors.length >= ready) break;
    if (Date.now() > deadline) throw new Error(`only ${state.ready} of ${ready} widgets ready`);
  }
  await p.waitForTimeout(100); // anything late (a violation report, a warning) arrives
  return visit;
}

const testState = (p: Page) => p.evaluate('window.__test') as Promise<{ ready: number; errors: unknown[]; violations: string[] }>;

// page.evaluate bodies are strings: tsx would wrap named functions in a helper the page lacks

/** The text of every widget, shadow trees included. */
const widgetText = (p: Page): Promise<string[]> =>
  p.evaluate(`(() => {
    const walk = (n) => (n.nodeType === 3 ? n.textContent : '') + (n.shadowRoot ? walk(n.shadowRoot) : '') + [...n.childNodes].map(walk).join('');
    return [...document.querySelectorAll('.slot > *')].map((el) => walk(el.shadowRoot).replace(/\\s+/g, ' '));
  })()`);

before(async () => {
  await serve();
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });
  // the host page's own Lit app, bundled from node_modules like a host's build would
  const hostLit = await build({
    stdin: { contents: `import { html, render } from 'lit'; render(html\`<p id="host-app">Host app on Lit</p>\`, document.body.appendChild(document.createElement('div')));`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'iife',
    write: false,
  });
  virtual.set('/host/lit-app.js', { type: 'text/javascript', body: hostLit.outputFiles[0].text });
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe('a strict CSP with Trusted Types, on a page that runs its own Lit app', () => {
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html rolekit";
  /** The role page also writes its JSON-LD to the head: that needs the rolekit-jsonld policy. */
  const WITH_JSONLD = WIDGETS.replace('<rk-role-page src', '<rk-role-page emit-jsonld src');
  const ldScripts = (p: Page) => p.evaluate(`[...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)['@graph'][0]['@type'])`);

  test('every element renders, with zero securitypolicyviolation events and no errors', async () => {
    const url = page('/csp.html', '<script src="/host/lit-app.js" defer></script><script src="/dist/cdn/rolekit.js" defer></script>', WITH_JSONLD, {
      'content-security-policy': CSP.replace('rolekit', 'rolekit rolekit-jsonld'),
    });
    const { page: p, pageErrors, console } = await visit(url);
    const state = await testState(p);
    assert.deepEqual(state.violations, []);
    assert.deepEqual(state.errors, []);
    assert.equal(state.ready, WIDGET_COUNT);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
    assert.equal(await p.textContent('#host-app'), 'Host app on Lit');
    const texts = await widgetText(p);
    assert.ok(texts[0].includes('Python Web Developer') && texts[0].includes('Do Python Web Developers need frontend skills?'), texts[0].slice(0, 200));
    assert.ok(texts.every((t) => t.length > 40), 'every widget shows its content');
    // the FAQ opens under Trusted Types too
    const question = p.locator('rk-faq').locator('summary').first();
    await question.click();
    assert.equal(await question.evaluate((el) => (el.parentElement as HTMLDetailsElement).open), true);
    assert.deepEqual((await testState(p)).violations, []);
    assert.deepEqual(await ldScripts(p), ['WebPage'], 'emit-jsonld wrote the graph under Trusted Types');
    await p.close();
  });

  test('emit-jsonld without the rolekit-jsonld policy allowed: no JSON-LD, no error, the one refused policy reported', async () => {
    const url = page('/csp-no-jsonld-policy.html', '<script src="/dist/cdn/rolekit.js" defer></script>', WITH_JSONLD, { 'content-security-policy': CSP });
    const { page: p, pageErrors } = await visit(url);
    const { violations, ready } = await testState(p);
    assert.equal(ready, WIDGET_COUNT);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await ldScripts(p), []);
    assert.equal(violations.length, 1, violations.join('\n'));
    assert.match(violations[0], /^trusted-types /);
    await p.close();
  });

  test('the policy names a host must allow are exactly rolekit (and lit-html for its own Lit)', async () => {
    const url = page('/csp-rolekit-only.html', '<script src="/dist/cdn/rolekit.js" defer></script>', WIDGETS, {
      'content-security-policy': CSP.replace('trusted-types lit-html rolekit', 'trusted-types rolekit'),
    });
    const { page: p, pageErrors } = await visit(url);
    assert.deepEqual((await testState(p)).violations, []);
    assert.equal((await testState(p)).ready, WIDGET_COUNT);
    assert.deepEqual(pageErrors, []);
    await p.close();
  });
});

describe('two copies of rolekit on one page', () => {
  const warnings = (v: Visit) => v.console.filter((m) => m.type === 'warning' || m.type === 'error');

  const CDN = '<script src="/dist/cdn/rolekit.js" defer></script>';
  const NPM = '<script type="module" src="/npm/define.js"></script>';
  const ALL = '<script src="/dist/cdn/rolekit.all.js" defer></script>';
  /** define.ts registers in alphabetical order; the loader warns for the first element in the page */
  const defined = (loser: string, winner: string, tag = 'rk-at-a-glance') => `rolekit ${loser}: <${tag}> is already defined by rolekit ${winner}; keeping that one. Load rolekit once per page.`;
  const present = (loser: string, winner: string) => `rolekit ${loser}: rolekit ${winner} is already on this page; keeping that one. Load rolekit once per page.`;
  const thisV = version.replace(/[.+]/g, (c) => `\\${c}`);
  const otherV = OTHER_VERSION.replace(/[.+-]/g, (c) => `\\${c}`);
  /** [case, <head> scripts, the one warning] */
  const CASES: [string, string, string | RegExp][] = [
    ['the script tag loaded twice', `${CDN}${CDN.replace('.js"', '.js?again"')}`, present(version, version)],
    ['the npm build of another version, then the script tag', `${IMPORT_MAP}${NPM}${CDN}`, defined(version, OTHER_VERSION, 'rk-role-page')],
    // the script tag's pieces and the npm module race to define first: either way, one warning
    ['the script tag, then the npm build of another version', `${IMPORT_MAP}${CDN.replace(' defer', '')}${NPM}`, new RegExp(`^rolekit (${thisV}|${otherV}): <rk-[a-z-]+> is already defined by rolekit (${otherV}|${thisV}); keeping that one\\. Load rolekit once per page\\.$`)],
    ['the one-file build loaded twice', `${ALL}${ALL.replace('.js"', '.js?again"')}`, defined(version, version)],
    ['the one-file build, then the script tag', `${ALL}${CDN}`, present(version, version)],
    // which copy's code arrives first is a race here: either way, one warning
    ['the script tag, then the one-file build', `${CDN.replace(' defer', '')}${ALL}`, new RegExp(`^rolekit ${thisV}: <rk-[a-z-]+> is already defined by rolekit ${thisV}; keeping that one\\. Load rolekit once per page\\.$`)],
  ];
  CASES.forEach(([name, head, warning], i) => {
    test(`${name}: no exception, one clear warning, every element works`, async () => {
      const v = await visit(page(`/copies-${i}.html`, head, WIDGETS));
      assert.deepEqual(v.pageErrors, []);
      const texts = warnings(v).map((m) => m.text);
      if (typeof warning === 'string') assert.deepEqual(texts, [warning]);
      else assert.ok(texts.length === 1 && warning.test(texts[0]), texts.join('\n'));
      assert.equal((await testState(v.page)).ready, WIDGET_COUNT);
      await v.page.close();
    });
  });
});

describe("the host page's globals and errors", () => {
  test('the bundle adds exactly one global, window.rolekit', async () => {
    const url = page('/globals.html', '', WIDGETS.replaceAll('src=', 'data-src='));
    const p = await browser.newPage();
    await p.goto(url);
    const names = () => p.evaluate('Object.getOwnPropertyNames(window)') as Promise<string[]>;
    const before = new Set(await names());
    await p.addScriptTag({ url: '/dist/cdn/rolekit.js' });
    // elements come alive: data arrives, FAQ, board and letter are used
    await p.evaluate(`document.querySelectorAll('[data-src]').forEach((el) => el.setAttribute('src', el.getAttribute('data-src')))`);
    await p.waitForFunction(`window.__test.ready >= ${WIDGET_COUNT}`); // no CSP on this page
    await p.locator('rk-faq').locator('summary').first().click();
    await p.locator('rk-role-board').locator('input[type="search"]').fill('data');
    const added = (await names()).filter((name) => !before.has(name));
    assert.deepEqual(added, ['rolekit']);
    await p.close();
  });

  test("clashing globals and the host's own errors do not break the widgets", async () => {
    virtual.set('/host/hostile.js', {
      type: 'text/javascript',
      body: `
        window.litHtmlVersions = 'not a list'; window.reactiveElementVersions = 42; window.litElementVersions = null;
        window.litPropertyMetadata = 'nope'; window.define = function () { throw new Error('AMD'); }; window.define.amd = true;
        window.module = {}; window.exports = {}; window.process = { env: { NODE_ENV: 'development' } }; window.global = window;
        window.z = 1; window.html = 1; window.css = 1; window.Lit = 'x';
        Array.prototype.hostileHelper = function () { return 'host'; };
        Object.defineProperty(Object.prototype, 'hostileFlag', { value: true, writable: true, configurable: true });
        window.addEventListener('error', () => { throw new Error('host error handler'); });
        setTimeout(() => { throw new Error('host bug'); });
        Promise.reject(new Error('host rejection'));`,
    });
    const url = page('/hostile-globals.html', '<script src="/host/hostile.js"></script><script src="/dist/cdn/rolekit.js" defer></script>', WIDGETS);
    const v = await visit(url);
    const state = await testState(v.page);
    assert.equal(state.ready, WIDGET_COUNT);
    assert.deepEqual(state.errors, []);
    assert.ok(v.pageErrors.every((m) => /^host (bug|rejection|error handler)$/.test(m)), v.pageErrors.join('\n'));
    assert.ok((await widgetText(v.page))[0].includes('Python Web Developer'));
    await v.page.close();
  });
});

/** Styles that change how the widget looks from outside, per element in its shadow trees. */
const COMPARED = ['display', 'position', 'visibility', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'white-space-collapse', 'text-wrap-mode', 'box-sizing', 'margin-top', 'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'list-style-type', 'cursor', 'background-color', 'opacity', 'flex-direction'];

/** Every element inside the widgets' shadow trees: its computed look and its box relative to its widget. */
const snapshot = (p: Page): Promise<string[]> =>
  p.evaluate(`(() => {
    const props = ${JSON.stringify(COMPARED)};
    const rows = [];
    for (const widget of document.querySelectorAll('.slot > *')) {
      const origin = widget.getBoundingClientRect();
      const walk = (root, path) => {
        for (const el of root.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const part = el.getAttribute('part');
          rows.push(path + ' ' + el.tagName.toLowerCase() + (part ? '[' + part + ']' : '') + ' ' +
            props.map((prop) => style.getPropertyValue(prop)).join('|') +
            // boxes of things not laid out (a closed select's options) mean nothing: left out
            (box.width || box.height ? ' @' + Math.round(box.x - origin.x) + ',' + Math.round(box.y - origin.y) + ' ' + Math.round(box.width) + 'x' + Math.round(box.height) : ''));
          if (el.shadowRoot) walk(el.shadowRoot, path + ' > ' + el.tagName.toLowerCase());
        }
      };
      walk(widget.shadowRoot, widget.tagName.toLowerCase());
    }
    return rows;
  })()`);

describe('host page CSS', () => {
  // The same widgets at the same width and font (set through documented custom properties),
  // once on a plain page and once under each hostile stylesheet: inside, nothing may differ.
  const FRAME = `<style>.slot > * { inline-size: 720px !important; margin: 0 0 24px !important; --rk-font-family: 'DejaVu Sans', sans-serif; }</style>`;
  const WIDGETS_SHOWN = WIDGETS.split('\n').filter((line) => /rk-(role-page|role-card|role-board|faq|cover-letter)\b/.test(line)).join('\n');
  const AGGRESSIVE = `
    * { all: unset; } head, script, style, title { display: none !important; }
    html { font-size: 10px; line-height: 3; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase;
      font-weight: 900; font-style: italic; text-align: center; white-space: pre; text-indent: 3em; cursor: crosshair; }
    body { line-height: 0.8; font-size: 2.2rem; }
    div { display: flex; flex-direction: column-reverse; padding: 13px; }
    button, input, select { all: unset; background: red; color: yellow; padding: 40px; border: 5px dashed lime; font-size: 30px; }
    p, h1, h2, h3, ul, li, section, a, dl, dt, dd { margin: 50px; padding: 20px; display: inline; }
    :focus { outline: none; }`;
  const SHEETS: Record<string, string> = {
    'aggressive resets (all: unset, font-size 10px, flex divs, button styles)': AGGRESSIVE,
    'the-new-css-reset': readFileSync('node_modules/the-new-css-reset/css/reset.css', 'utf8'),
    'normalize.css': readFileSync('node_modules/normalize.css/normalize.css', 'utf8'),
    'modern-normalize': readFileSync('node_modules/modern-normalize/modern-normalize.css', 'utf8'),
    'Tailwind CSS preflight': readFileSync('node_modules/tailwindcss/preflight.css', 'utf8'),
    'Bootstrap Reboot': readFileSync('node_modules/bootstrap/dist/css/bootstrap-reboot.css', 'utf8'),
  };
  let baseline: string[];

  before(async () => {
    const v = await visit(page('/css-plain.html', `${FRAME}<script src="/dist/cdn/rolekit.js" defer></script>`, WIDGETS_SHOWN), 5);
    baseline = await snapshot(v.page);
    await v.page.screenshot({ path: 'test-results/host-css-plain.png', fullPage: true, clip: { x: 0, y: 0, width: 780, height: 1400 } });
    await v.page.close();
    assert.ok(baseline.length > 200, `${baseline.length} elements`);
  });

  let n = 0;
  for (const [name, css] of Object.entries(SHEETS)) {
    test(`${name}: every element inside looks and sits as on a plain page`, async () => {
      const path = `/host/sheet-${++n}.css`;
      virtual.set(path, { type: 'text/css', body: css });
      const v = await visit(page(`/css-${n}.html`, `<link rel="stylesheet" href="${path}">${FRAME}<script src="/dist/cdn/rolekit.js" defer></script>`, WIDGETS_SHOWN), 5);
      const rows = await snapshot(v.page);
      await v.page.screenshot({ path: `test-results/host-css-${n}.png`, fullPage: true, clip: { x: 0, y: 0, width: 780, height: 1400 } });
      await v.page.close();
      const diff = rows.map((row, i) => (row === baseline[i] ? '' : `- ${baseline[i]}\n+ ${row}`)).filter(Boolean);
      assert.equal(rows.length, baseline.length);
      assert.deepEqual(diff.slice(0, 8), []);
    });
  }
});
