// Screenshots of a page in headless Chromium, to look at what we build:
//   node scripts/screenshot.mjs <url> <out.png> [width=1280] [--full] [--dark]
// Prints the page's console errors and warnings, so a broken page is noticed too.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from './chrome-path.mjs';

const [url, out, width = '1280'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
});
page.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
// eslint-disable-next-line no-undef -- runs in the page
const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
if (scrollWidth > Number(width)) console.log(`horizontal overflow: ${scrollWidth}px > ${width}px`);
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
console.log(`wrote ${out}`);
