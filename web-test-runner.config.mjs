// @web/test-runner: Debian's Chromium (/usr/bin/chromium, or CHROME_PATH) driven headless;
// TypeScript compiled on the fly by esbuild. Never downloads a browser.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, chromePath } from './scripts/chrome-path.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Prints one plain closing line, "N passed, N failed, N skipped", after the default report. */
function plainSummaryReporter() {
  const count = (suite, acc) => {
    for (const t of suite.tests) acc[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
    for (const s of suite.suites) count(s, acc);
    return acc;
  };
  let acc = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        if (s.testResults) count(s.testResults, acc);
        acc.failed += s.errors?.length ?? 0; // a file that failed to load counts as a failure
      }
    },
    stop() {
      // the runner's terminal buffers console output while it runs: write after it has closed
      process.once('exit', () =>
        process.stdout.write(`browser tests: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`),
      );
    },
  };
}

/**
 * Test-only HTTP endpoints:
 * - /__rk/status/<code>: answers with that status and an HTML page;
 * - /__rk/slow/<ms>?src=<path>: answers after a delay with the file at <path>;
 * - /__rk/flaky/<key>?fail=<n>&status=<code>&retryAfter=<s>&src=<path>: the first <n> requests
 *   for <key> fail with <code> (and a Retry-After header when given) — or with `status=drop`,
 *   the connection drops halfway through the body — later ones serve <path>;
 *   /__rk/hits/<key> lists the times (ms) of each request made for <key>;
 * - /__rk/ats/<ats>/<fixture>/<any path>: an ATS's job board answering with
 *   test/fixtures/feeds/<ats>/<fixture>.json (and CORS headers), whatever the path and query;
 *   its requests are counted under /__rk/hits/ats-<ats>-<fixture>;
 * - /__rk/big/<bytes>?chunked: a JSON body of that many bytes, with its Content-Length unless
 *   `chunked` (then it arrives in pieces, its size unannounced).
 */
/** Starts a 200 answer, sends part of the promised body, then drops the connection. */
function dropMidway(ctx) {
  ctx.respond = false;
  ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  ctx.res.write('{"schemaVersion": 1, ', () => setTimeout(() => ctx.req.socket.destroy(), 20));
}

function testEndpoints() {
  const hits = new Map();
  return async (ctx, next) => {
    let m;
    if ((m = ctx.path.match(/^\/__rk\/status\/(\d{3})$/))) {
      ctx.status = Number(m[1]);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${m[1]}</title><h1>Error ${m[1]}</h1>`;
      return;
    }
    if ((m = ctx.path.match(/^\/__rk\/slow\/(\d+)$/))) {
      await new Promise((resolve) => setTimeout(resolve, Number(m[1])));
      ctx.type = 'application/json';
      ctx.body = readFileSync(`.${ctx.query.src}`, 'utf8');
      return;
    }
    if ((m = ctx.path.match(/^\/__rk\/flaky\/([\w-]+)$/))) {
      const times = hits.get(m[1]) ?? [];
      hits.set(m[1], [...times, Date.now()]);
      if (times.length < Number(ctx.query.fail ?? 0)) {
        if (ctx.query.status === 'drop') return dropMidway(ctx);
        ctx.status = Number(ctx.query.status ?? 503);
        if (ctx.query.retryAfter) ctx.set('Retry-After', String(ctx.query.retryAfter));
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Unavailable</title>';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = readFileSync(`.${ctx.query.src}`, 'utf8');
      return;
    }
    if ((m = ctx.path.match(/^\/__rk\/ats\/([a-z]+)\/([\w-]+)\//))) {
      const key = `ats-${m[1]}-${m[2]}`;
      hits.set(key, [...(hits.get(key) ?? []), Date.now()]);
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/json';
      ctx.body = readFileSync(`test/fixtures/feeds/${m[1]}/${m[2]}.json`, 'utf8');
      return;
    }
    if ((m = ctx.path.match(/^\/__rk\/hits\/([\w-]+)$/))) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(hits.get(m[1]) ?? []);
      return;
    }
    if ((m = ctx.path.match(/^\/__rk\/big\/(\d+)$/))) {
      const size = Number(m[1]);
      const body = `[${' '.repeat(size - 2)}]`;
      ctx.type = 'application/json';
      if (ctx.query.chunked === undefined) {
        ctx.body = body;
        return;
      }
      const { Readable } = await import('node:stream');
      const pieces = function* () {
        for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536);
      };
      ctx.body = Readable.from(pieces());
      return;
    }
    return next();
  };
}

/**
 * The property tests' settings (test/property.ts reads them as `window.__RK_FC__`): the seed,
 * a replay path and the fuzzing switch, from the same variables as in node.
 */
const FC = {
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined,
  path: process.env.FC_PATH || undefined,
  factor: process.env.FC_RUNS_FACTOR ? Number(process.env.FC_RUNS_FACTOR) : undefined,
  fuzz: process.env.FC_FUZZ === '1',
  only: process.env.FC_ONLY || undefined,
};
if (FC.fuzz && FC.seed === undefined) FC.seed = Math.floor(Math.random() * 2 ** 31); // one seed for every page of the run

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  middleware: [testEndpoints()],
  // target must not be 'auto': for a current Chromium that lowers nothing
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      define: { __ROLEKIT_VERSION__: JSON.stringify(version) },
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath() ?? '/usr/bin/chromium',
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  concurrency: 2,
  reporters: [defaultReporter(), plainSummaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    reporters: ['text-summary', 'lcov'],
  },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>window.__RK_FC__ = ${JSON.stringify(FC)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  // generous: a test's own waits are short, but on a loaded 2-core machine an axe run can take seconds
  testFramework: { config: { timeout: 15000 } },
};
