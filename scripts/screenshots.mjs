// `npm run screenshots`: the README's pictures, taken from the built demo in headless Chromium
// (playwright-core driving the system Chromium; CHROME_PATH overrides) into docs/screenshots/:
// the role page, a role card, the board and the FAQ (its first answer open), each in light and
// dark (prefers-color-scheme) at 1280 px and 320 px, cropped to the element (the role page and
// the board to their first screenful, so each PNG stays small).
//
// Needs the build and the demo first: `npm run build && npx tsx scripts/build-demo.ts`.
//   node scripts/screenshots.mjs [--only=faq] [--out=docs/screenshots]
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from './chrome-path.mjs';
import { startDemoServer } from './serve.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const OUT = arg('out') ?? 'docs/screenshots';
const ONLY = arg('only');
/** Each PNG should stay under this (the README loads eight of them at once). */
const BUDGET = 150 * 1024;
/** Space kept around the element, so its edges (border, shadow, focus ring) are in the picture. */
const MARGIN = 6; // under the demo's own padding around a specimen (8 px at 320 px)

/**
 * The demo site's own stylesheet is light only (`color-scheme: light`), so under
 * prefers-color-scheme: dark the elements would still inherit a light page. For the dark
 * pictures the page gets a dark host style, as a dark-themed career site would have: the
 * elements follow the page's colour scheme and text colour (they paint no surface of their own).
 */
const DARK_HOST = `
  :root { color-scheme: dark; }
  @media (prefers-color-scheme: dark) {
    body { background: #15171c; color: #e6e3dc; }
    .site-header, .site-footer { border-color: #3a3f4a; }
    .specimen { background: transparent; border-color: #3a3f4a; }
    /* the demo's accent for the role page (#8a3b12) is for a light page */
    rk-role-page { --rk-color-accent: #f4a373; }
  }`;

/**
 * The pictures. `clipToScreen`: only the part of the element in the first screenful.
 * `prepare` runs in the page before the picture is taken.
 */
const SHOTS = [
  { name: 'role-page', path: '/roles/python-web-developer/', selector: 'rk-role-page', clipToScreen: true },
  { name: 'role-card', path: '/', selector: 'rk-role-card[href="/roles/python-web-developer/"]' },
  { name: 'board', path: '/careers/', selector: 'rk-role-board', clipToScreen: true },
  { name: 'faq', path: '/', selector: 'rk-faq[multiple]', prepare: 'open-first-answer' },
];
const VIEWPORTS = [
  { label: 'desktop', width: 1280, height: 800 },
  { label: '320', width: 320, height: 720 },
];
const SCHEMES = ['light', 'dark'];

for (const need of ['demo-dist/index.html', 'demo-dist/careers/index.html', 'dist/cdn/rolekit.js']) {
  if (!existsSync(need)) {
    console.error(`screenshots: ${need} is missing — run \`npm run build && npx tsx scripts/build-demo.ts\` first`);
    process.exit(1);
  }
}
const executablePath = chromePath();
if (!executablePath) {
  console.error('screenshots: no Chromium found — install it or set CHROME_PATH');
  process.exit(1);
}

mkdirSync(OUT, { recursive: true });
const server = await startDemoServer(0);
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
const problems = [];
try {
  for (const shot of SHOTS.filter((s) => !ONLY || s.name === ONLY)) {
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) {
        const file = join(OUT, `${shot.name}-${viewport.label}-${scheme}.png`);
        problems.push(...(await take(shot, viewport, scheme, file)).map((p) => `${file}: ${p}`));
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

/** Takes one picture; resolves to what went wrong on the page (console errors, overflow, size). */
async function take(shot, viewport, scheme, file) {
  const problems = [];
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    colorScheme: scheme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(server.origin + shot.path, { waitUntil: 'networkidle' });
  if (scheme === 'dark') await page.addStyleTag({ content: DARK_HOST });
  const element = page.locator(shot.selector).first();
  await element.waitFor({ state: 'visible' });
  // hydrated and settled: the element's update done, the fonts in, no caret or hover in the way
  /* eslint-disable no-undef -- these run in the page */
  await element.evaluate(async (el) => {
    await customElements.whenDefined(el.localName);
    await el.updateComplete;
    await document.fonts.ready;
    document.activeElement?.blur?.();
  });
  if (shot.prepare === 'open-first-answer') {
    await element.locator('summary').first().click();
    await element.evaluate(async (el) => {
      await el.updateComplete;
      if (!el.shadowRoot.querySelector('details[open]')) throw new Error('the first answer did not open');
      document.activeElement?.blur?.();
    });
  }
  await page.mouse.move(0, 0);
  await element.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height, pageWidth: document.documentElement.scrollWidth };
  });
  /* eslint-enable no-undef */
  if (box.pageWidth > viewport.width) problems.push(`horizontal overflow: ${box.pageWidth}px > ${viewport.width}px`);
  const x = Math.max(0, box.x - MARGIN);
  const y = Math.max(0, box.y - MARGIN);
  const width = Math.min(viewport.width - x, box.width + 2 * MARGIN);
  const height = shot.clipToScreen ? Math.min(viewport.height, box.height + 2 * MARGIN) : box.height + 2 * MARGIN;
  await page.screenshot({ path: file, clip: { x, y, width, height }, fullPage: true, animations: 'disabled', caret: 'hide' });
  await context.close();
  const bytes = statSync(file).size;
  console.log(`${file}  ${Math.round(width)}×${Math.round(height)}  ${(bytes / 1024).toFixed(1)} KB`);
  if (bytes > BUDGET) problems.push(`${(bytes / 1024).toFixed(1)} KB, over the ${BUDGET / 1024} KB budget`);
  return problems;
}
