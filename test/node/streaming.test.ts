// A server-rendered role page arriving slowly, in pieces, as over a real network: Chromium paints
// what it has parsed so far between pieces, and nothing it painted may move later (no layout
// shift). Found by a hydration test that went red by chance: the page's open positions came after
// its ~50 KB shadow root, so a page painted halfway showed its sections where the list then went.
// Scripts are off (scriptSrc: false): this is the server's HTML alone. Run after `npm run build`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.mjs';

import type * as SsrModule from '../../src/ssr/ssr.js';

const built = (await import('../../dist/ssr.js' as string)) as typeof SsrModule;
const role = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8'));
const arabic = JSON.parse(readFileSync('data/locales/ar/roles/python-web-developer.json', 'utf8'));
const listing = JSON.parse(readFileSync('data/openings/index.json', 'utf8'));

/** Bytes per piece, and the pause after each: every piece is painted before the next arrives. */
const PIECE = 4096;
const PAUSE_MS = 40;

let browser: Browser;
let server: Server;
let html = '';
let origin = '';
before(async () => {
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  server = createServer(async (request, response) => {
    if (request.url !== '/') return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const bytes = Buffer.from(html);
    for (let at = 0; at < bytes.length; at += PIECE) {
      response.write(bytes.subarray(at, at + PIECE));
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Loads `page` piece by piece; returns each layout shift (what moved) and where the list and the sections ended up. */
async function stream(page: string) {
  html = page;
  const p = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  // before the first byte is parsed: every layout shift from the first paint on
  await p.addInitScript(`window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push(e.value.toFixed(3) + ': ' + e.sources.map((s) => [s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height].map(Math.round).join(',')).join('; ')); }).observe({ type: 'layout-shift', buffered: true });`);
  await p.goto(origin, { waitUntil: 'load' });
  await p.waitForTimeout(200); // a last frame would report its shift
  const shifts = (await p.evaluate('window.__shifts')) as string[];
  const box = (selector: string) => p.locator(selector).first().evaluate((el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom, visible: el.checkVisibility({ visibilityProperty: true }) }));
  const places = { summary: await box('rk-role-page [part="summary"]'), list: await box('rk-role-openings'), section: await box('rk-role-page [part~="section"]') };
  await p.close();
  return { shifts, places };
}

describe('a server-rendered role page with open positions, streamed in pieces', () => {
  test('before the page\'s own shadow root arrives, its open positions are neither seen nor in the way', async () => {
    const page = built.renderPage(role, { openings: listing, openingsHref: '/jobs/', scriptSrc: false });
    const start = page.indexOf('<rk-role-page');
    const list = page.indexOf('</rk-role-openings>');
    const shadow = page.indexOf('<template shadowroot', list);
    // the role page's first child is the list (the page's own shadow root comes next)
    assert.match(page.slice(start, list), /^<rk-role-page[^>]*>(<!--[^>]*-->)*<rk-role-openings /);
    assert.ok(shadow > list);
    // what a reader has when the stream stops there: the list parsed, the page's shadow root not yet
    html = page.slice(0, shadow);
    const p = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await p.goto(origin, { waitUntil: 'load' });
    const seen = await p.locator('rk-role-openings').evaluate((el) => ({ visible: el.checkVisibility({ visibilityProperty: true }), page: el.parentElement!.getBoundingClientRect().height }));
    await p.close();
    assert.deepEqual(seen, { visible: false, page: 0 });
  });

  for (const [name, doc] of [
    ['English', role],
    ['Arabic (right to left, the list in its language)', arabic],
  ] as const) {
    test(`${name}: nothing painted moves as the rest arrives, and the list shows under the summary`, async () => {
      const page = built.renderPage(doc, { openings: listing, openingsHref: '/jobs/', scriptSrc: false });
      assert.ok(page.length > 12 * PIECE, 'the page comes in many pieces');
      const { shifts, places } = await stream(page);
      assert.deepEqual(shifts, [], 'no layout shift while the page arrives (each: score: y,height before, y,height after)');
      assert.ok(places.list.visible, 'the open positions are seen');
      assert.ok(places.summary.bottom <= places.list.top && places.list.bottom <= places.section.top, `under the summary, above the sections: ${JSON.stringify(places)}`);
    });
  }
});
