/**
 * `npm run bench`: how fast <rk-role-board> paints, in headless Chromium (playwright-core driving
 * Debian's Chromium), as the median of repeated runs. Prints a markdown table. Not a test: numbers
 * vary by machine; they are measured, never asserted.
 *
 *   insert → painted  element inserted with its data already in memory, until its cards are painted
 *   keystroke         one key typed in the search box (10,000 roles) until the results are painted
 *   static floor      the same cards written as plain static HTML, inserted in the same page
 */
import { cpus } from 'node:os';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from './chrome-path.mjs';
import { measure } from './size.mjs';
import { syntheticIndex } from './synthetic.js';
import { syntheticOpenings } from '../test/opening-fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map(Number);
/** The openings listing's size (issue 13: 50,000). */
const OPENINGS = Number(process.env.BENCH_OPENINGS ?? 50_000);

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server!.address() as { port: number };
// no vsync: a frame is produced as soon as it is ready, so times are not rounded up to 16.7 ms
const browser = await chromium.launch({
  executablePath: chromePath(),
  args: [...CHROME_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`http://127.0.0.1:${port}/scripts/bench-page.html`);
await page.waitForFunction(() => customElements.get('rk-role-board'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

const rows: string[][] = [];
let keystroke = 0;
let keystrokeFloor = 0;
for (const size of SIZES) {
  await page.evaluate((index) => ((window as unknown as { benchIndex: unknown }).benchIndex = index), syntheticIndex(size));
  const first: number[] = [];
  const all: number[] = [];
  const longest: number[] = [];
  const floor: number[] = [];
  // 100,000 roles take a while: fewer runs
  for (let i = 0; i < (size > 10_000 ? Math.min(RUNS, 3) : RUNS); i++) {
    const run = await page.evaluate(() => (window as unknown as Bench).insertBoard());
    first.push(run.first);
    all.push(run.all);
    longest.push(run.longest);
    floor.push(await page.evaluate(() => (window as unknown as Bench).insertStatic()));
  }
  const worst = Math.max(...longest);
  rows.push([size.toLocaleString('en'), ms(median(first)), ms(median(floor)), `${(median(first) / median(floor)).toFixed(1)}×`, ms(median(all)), worst ? ms(worst) : 'none']);
  if (size === 10_000) {
    const keys: number[] = [];
    const floors: number[] = [];
    await page.evaluate(() => (window as unknown as Bench).prepareKeystroke());
    for (let i = 0; i < RUNS; i++) {
      for (const key of ['s', 'Backspace']) {
        await page.evaluate(() => (window as unknown as Bench).armKeystroke());
        await page.keyboard.press(key);
        keys.push(await page.evaluate(() => (window as unknown as Bench).keystrokeResult()));
      }
      floors.push(await page.evaluate(() => (window as unknown as Bench).staticKeystroke()));
    }
    keystroke = median(keys);
    keystrokeFloor = median(floors);
  }
}

// <rk-openings> with OPENINGS openings: fewer runs (each checks and indexes the whole listing)
await page.evaluate((index) => ((window as unknown as { benchOpenings: unknown }).benchOpenings = index), syntheticOpenings(OPENINGS));
const openings = { first: [] as number[], all: [] as number[], longest: [] as number[], keys: [] as number[] };
for (let i = 0; i < Math.min(RUNS, 5); i++) {
  const run = await page.evaluate(() => (window as unknown as Bench).insertOpenings());
  openings.first.push(run.first);
  openings.all.push(run.all);
  openings.longest.push(run.longest);
}
await page.evaluate(() => (window as unknown as Bench).prepareOpeningsKeystroke());
for (let i = 0; i < RUNS; i++) {
  for (const key of ['s', 'Backspace']) {
    await page.evaluate(() => (window as unknown as Bench).armKeystroke());
    await page.keyboard.press(key);
    openings.keys.push(await page.evaluate(() => (window as unknown as Bench).keystrokeResult()));
  }
}

interface Bench {
  insertOpenings(): Promise<{ first: number; all: number; longest: number }>;
  prepareOpeningsKeystroke(): Promise<void>;
  insertBoard(): Promise<{ first: number; all: number; longest: number }>;
  insertStatic(): Promise<number>;
  prepareKeystroke(): Promise<void>;
  armKeystroke(): void;
  keystrokeResult(): Promise<number>;
  staticKeystroke(): Promise<number>;
}

const sizes = measure();
const version = browser.version();
await browser.close();
await server.stop();

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
console.log(`\nrk-role-board — median of ${RUNS} runs, Chromium ${version} headless, ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}\n`);
console.log('| roles | insert → first cards painted | same cards as static HTML | ratio | whole listing searchable | longest task (over 50 ms) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\n| 10,000 roles | rolekit | static HTML floor | ratio |`);
console.log('| --- | ---: | ---: | ---: |');
console.log(`| keystroke → results painted | ${ms(keystroke)} | ${ms(keystrokeFloor)} | ${(keystroke / keystrokeFloor).toFixed(1)}× |`);
console.log(`\n| ${OPENINGS.toLocaleString('en')} openings (<rk-openings>) | rolekit |`);
console.log('| --- | ---: |');
console.log(`| insert → first rows painted | ${ms(median(openings.first))} |`);
console.log(`| whole listing searchable | ${ms(median(openings.all))} |`);
const worstTask = Math.max(...openings.longest);
console.log(`| longest task (over 50 ms) | ${worstTask ? ms(worstTask) : 'none'} |`);
console.log(`| keystroke → results painted | ${ms(median(openings.keys))} (one frame: 16.7 ms) |`);
console.log('\n| page kind | JS requests | JS gzip | goal |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of sizes) console.log(`| ${r.page} | ${r.requests} | ${kb(r.bytes)} | ${kb(r.goal)} |`);
console.log('');
