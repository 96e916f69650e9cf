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
 * Test-only HTTP endpoints: /__rk/status/<code> answers with that status (and a JSON or HTML
 * body), /__rk/slow/<ms>?src=<path> answers after a delay with the file at <path>.
 */
function testEndpoints() {
  return async (ctx, next) => {
    const status = ctx.path.match(/^\/__rk\/status\/(\d{3})$/);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${status[1]}</title><h1>Error ${status[1]}</h1>`;
      return;
    }
    const slow = ctx.path.match(/^\/__rk\/slow\/(\d+)$/);
    if (slow) {
      await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
      ctx.type = 'application/json';
      ctx.body = readFileSync(`.${ctx.query.src}`, 'utf8');
      return;
    }
    return next();
  };
}

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
  testFramework: { config: { timeout: 5000 } },
};
