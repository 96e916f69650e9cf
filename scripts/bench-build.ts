/**
 * `npm run bench` row for `rolekit build`: 10,000 synthetic roles (scripts/synthetic.ts titles,
 * slugs, categories and dates on the seed role's sections) written as JSON files into a temporary
 * folder, built into a site there, and the seconds and the process's peak memory (main thread and
 * render workers together) printed. The goal: ≤ 30 s and ≤ 1 GB on a 2-core machine.
 * BENCH_BUILD_ROLES changes the count. Needs the build (`npm run build`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../src/content/build.js';
import { categoryHref } from '../src/content/import.js';
import { syntheticIndex } from './synthetic.js';

const COUNT = Number(process.env.BENCH_BUILD_ROLES ?? 10_000);
const seed = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8')) as Record<string, unknown>;
const work = mkdtempSync(join(tmpdir(), 'rolekit-bench-build-'));
try {
  const src = join(work, 'roles');
  mkdirSync(src);
  for (const entry of syntheticIndex(COUNT).roles) {
    const role = { ...seed, slug: entry.slug, title: entry.title, summary: entry.summary, updated: entry.updated, category: { name: entry.category, href: categoryHref(entry.category) } };
    writeFileSync(join(src, `${entry.slug}.json`), JSON.stringify(role, null, 2));
  }
  const started = performance.now();
  const result = await buildSite({ inputs: [src], out: join(work, 'site'), baseUrl: 'https://careers.example.com', siteName: 'Bench' });
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) throw new Error(`the synthetic roles are invalid: ${result.problems[0].message}`);
  const peak = process.resourceUsage().maxRSS / 1024; // KB → MB
  console.log(`\nrolekit build (${availableParallelism()} cores)`);
  console.log('| roles | pages | seconds | peak memory |');
  console.log('| ---: | ---: | ---: | ---: |');
  console.log(`| ${COUNT.toLocaleString('en')} | ${result.pages.toLocaleString('en')} | ${seconds.toFixed(1)} s | ${Math.round(peak)} MB |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
