// A server-rendered role page with JavaScript off (playwright-core, Debian's Chromium): every text
// reads, every FAQ answer opens, and nothing that needs the script shows. Run after `npm run build`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';
import { looks, NEEDS_SCRIPT, seenText } from './page-text.js';

import type * as SsrModule from '../../src/ssr/ssr.js';

const built = (await import('../../dist/ssr.js' as string)) as typeof SsrModule;
const ORIGIN = 'http://rolekit.test';
const ROOT = process.cwd();
const role = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8'));

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
});
after(() => browser?.close());

describe('with JavaScript off', () => {
  /** Every text of the seed a reader should see, FAQ answers aside (they are behind their questions). */
  const { atAGlance: glance, coverLetter: letter } = role;
  const SEED_TEXTS: string[] = [
    ...[role.category.name, role.title, role.summary, glance.aiImpact.text, ...Object.values(glance).filter((v) => typeof v === 'string')],
    ...[...role.duties, ...role.overview, ...role.careerOutlook, letter.greeting, ...letter.paragraphs, letter.closing, letter.signature],
    ...role.qualifications.flatMap((g: { heading: string; qualifier?: string; items: string[] }) => [g.heading, g.qualifier ?? '', ...g.items]).filter(Boolean),
    ...role.faq.map((entry: { question: string }) => entry.question),
    ...role.relatedLinks.map((link: { label: string }) => link.label),
  ];
  const normalise = (text: string) => text.replace(/\s+/g, ' ');

  test('a server-rendered role page reads completely, every answer opens, nothing that needs the script shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
    const p = await context.newPage();
    const html = built.renderPage(role, { canonicalUrl: `${ORIGIN}/roles/python-web-developer/`, scriptSrc: '/dist/cdn/rolekit.js' });
    await p.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/roles/python-web-developer/')
        ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
        : route.fulfill({ body: readFileSync(join(ROOT, new URL(route.request().url()).pathname)), contentType: 'text/javascript' }),
    );
    await p.goto(`${ORIGIN}/roles/python-web-developer/`);
    // what the page sees (Playwright's javaScriptEnabled: false is what CSS calls scripting: none), and the bundle really did not run
    assert.deepEqual(await p.evaluate(`[matchMedia('(scripting: none)').matches, customElements.get('rk-faq') === undefined]`), [true, true]);
    const seen = await seenText(p);
    for (const line of SEED_TEXTS) assert.ok(seen.includes(normalise(line)), `visible without JavaScript: ${line.slice(0, 60)}`);
    for (const { answer } of role.faq) assert.ok(!seen.includes(normalise(answer)), `closed until its question is clicked: ${answer.slice(0, 60)}`);
    // nothing that needs the script is shown, or takes space: Expand all, the inputs, Copy
    assert.equal(await p.locator('rk-cover-letter input').count(), 2, 'the inputs are in the HTML (for the script to come)');
    for (const selector of [...NEEDS_SCRIPT, 'rk-role-page button', 'rk-role-page input']) {
      for (const box of await looks(p, selector)) assert.ok(box.display === 'none' || (box.width === 0 && box.height === 0), `${selector} without JavaScript: ${JSON.stringify(box)}`);
      assert.equal(await p.locator(selector).filter({ visible: true }).count(), 0, `${selector} is not visible`);
    }
    // every answer opens when its question is clicked, and is then seen
    const questions = p.locator('rk-faq [part="question"]');
    assert.equal(await questions.count(), role.faq.length);
    for (const [i, { answer }] of role.faq.entries()) {
      await questions.nth(i).click();
      const shown = p.locator('rk-faq [part="answer"]').nth(i);
      assert.ok(await shown.isVisible(), `answer ${i} opens`);
      assert.ok(((await shown.boundingBox())?.height ?? 0) > 0);
      assert.ok((await seenText(p)).includes(normalise(answer)), `answer ${i} is seen`);
    }
    // and the category and related links are anchors with real targets
    const links = await p.locator('rk-role-page :is([part="category"], [part="related"]) a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const hrefs = [role.category.href, ...role.relatedLinks.map((l: { href: string }) => l.href)];
    assert.deepEqual(links, hrefs.map((href) => new URL(href, `${ORIGIN}/roles/python-web-developer/`).href));
    await context.close();
  });
});
