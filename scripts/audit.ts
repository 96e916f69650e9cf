/**
 * `npm run audit`: Lighthouse (the npm package, in headless Debian Chromium) on the demo's
 * server-rendered role page and careers page. Prints the Performance, Accessibility, Best
 * Practices and SEO scores of each, and every audit that cost a point. Needs the build
 * (`npm run audit` builds first).
 *
 *   --min <n>   exit 1 when any score is below n (0–100) — on the home page, the element
 *               showcase (every element, each with its own inline copy of the data), all but
 *               Performance, whose blocking time there follows the machine's load
 *   --desktop   desktop settings (default: Lighthouse's mobile preset, with its simulated
 *               slow 4G and 4× CPU slowdown)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROME_ARGS, chromePath } from './chrome-path.mjs';
import { buildDemo } from './build-demo.js';
import { startDemoServer } from './serve.mjs';

const { values } = parseArgs({ options: { min: { type: 'string' }, desktop: { type: 'boolean', default: false } } });
const PAGES = ['/roles/python-web-developer/', '/careers/', '/'];
/** Pages whose Performance score is printed but not held to --min. */
const SHOWCASE = new Set(['/']);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// the demo's pages name their canonical URL, so they are written for this server's origin
const server = await startDemoServer(0);
await buildDemo(server.origin);
const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_ARGS });
const rows: { page: string; scores: number[] }[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(
      `${server.origin}${path}`,
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
      values.desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id].score ?? 0) * 100));
    rows.push({ page: path, scores });
    // what cost points: every scored audit below 1 in the four categories
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`  ${path} ${id}: ${audit.id} ${Math.round(audit.score * 100)} — ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
          const items = (audit.details as { items?: unknown[] } | undefined)?.items ?? [];
          for (const item of items.slice(0, 5)) console.log(`    ${JSON.stringify(item).slice(0, 300)}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}

const preset = values.desktop ? 'desktop' : 'mobile (simulated slow 4G, 4× CPU slowdown)';
console.log(`\nLighthouse ${lighthouseVersion()}, ${preset}, headless Chromium:\n`);
console.log(`| Page | Performance | Accessibility | Best Practices | SEO |\n|---|---|---|---|---|`);
for (const { page, scores } of rows) console.log(`| ${page} | ${scores.join(' | ')} |`);
const min = values.min === undefined ? undefined : Number(values.min);
if (min !== undefined && rows.some((row) => row.scores.some((score, i) => score < min && !(i === 0 && SHOWCASE.has(row.page))))) {
  console.error(`\nA score is below ${min}.`);
  process.exit(1);
}

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
}
