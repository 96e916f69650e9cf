// One example's page in Chromium (playwright-core, the system's Chromium): what the page said
// (console, errors, CSP violations, rk-ready / rk-error events), its text through shadow roots,
// and axe-core's verdict. page.evaluate bodies are strings, so they run as written in the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../chrome-path.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the page before any of its scripts (init scripts are not subject to the page's CSP). */
const INIT = `(() => {
  const walk = (n, out = []) => { out.push(n); if (n.shadowRoot) walk(n.shadowRoot, out); for (const c of n.childNodes) walk(c, out); return out; };
  window.__rk = { ready: [], errors: [], violations: [], serverNodes: null };
  document.addEventListener('securitypolicyviolation', (e) => __rk.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
  // bubbling, composed: at the window the target is the page's own element (nested ones are stopped inside)
  addEventListener('rk-ready', (e) => __rk.ready.push({ tag: e.target.localName, title: String(e.detail && e.detail.data && e.detail.data.title) }));
  addEventListener('rk-error', (e) => __rk.errors.push(e.target.localName + ': ' + JSON.stringify(e.detail)));
  // the DOM the server sent, once parsed and before any deferred script runs: hydration must keep it
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') __rk.serverNodes = walk(document);
  });
  window.__rkWalk = walk;
})();`;

export const launch = () => chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });

/**
 * Opens `url` and waits (up to `timeout` ms) until `readyTag` has sent rk-ready, or an rk-error
 * arrived. Resolves to the page and what it said.
 */
export async function visit(browser, url, { readyTag = 'rk-role-page', timeout = 30_000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const said = { page, context, pageErrors: [], console: [] };
  page.on('pageerror', (e) => said.pageErrors.push(e.message));
  page.on('console', (m) => said.console.push(`${m.type()}: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && said.console.push(`error: HTTP ${r.status()} ${r.url()}`));
  await page.addInitScript(INIT);
  await page.goto(url);
  // polled from here: a page under a strict CSP refuses playwright's string predicates (eval)
  for (const deadline = Date.now() + timeout; ; await page.waitForTimeout(50)) {
    const { ready, errors } = await state(page);
    if (errors.length || ready.some((r) => r.tag === readyTag)) break;
    if (Date.now() > deadline) throw new Error(`no rk-ready from <${readyTag}> within ${timeout} ms (console: ${said.console.join(' | ') || 'silent'})`);
  }
  await page.waitForTimeout(150); // anything late (a warning, a violation report) arrives
  return said;
}

/** What the init script collected. */
export const state = (page) => page.evaluate('({ ready: __rk.ready, errors: __rk.errors, violations: __rk.violations })');

/** The page's text, shadow trees included (scripts and styles left out), whitespace collapsed. */
export const pageText = (page) =>
  page.evaluate(`__rkWalk(document.body).filter((n) => n.nodeType === 3 && !['script', 'style'].includes(n.parentNode && n.parentNode.localName)).map((n) => n.data).join(' ').replace(/\\s+/g, ' ')`);

/** How the server's DOM fared: how many of its nodes were recorded, and how many are gone. */
export const hydration = (page) =>
  page.evaluate(`(() => {
    const nodes = __rk.serverNodes || [];
    const inShadow = nodes.filter((n) => n.getRootNode() instanceof ShadowRoot).length;
    return { recorded: nodes.length, inShadow, lost: nodes.filter((n) => n !== document && !n.isConnected).length };
  })()`);

/** axe-core's violations on the whole page (open shadow roots included): [{ id, impact, help, targets }]. */
export async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))`);
}
