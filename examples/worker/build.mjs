// Bundles the Worker (worker.js + rolekit/ssr + Lit) into one ES module for workerd or Deno:
//   node examples/worker/build.mjs [out-file]     (default: examples/worker/dist/worker.js)
//
// Lit's packages lit-html and @lit/reactive-element have a "browser" build that touches
// `document` and extends `HTMLElement` as it loads — neither exists in a Worker — and a "node"
// build made for server rendering that needs neither and imports no Node built-in. Wrangler
// bundles with the conditions workerd, worker, browser and so gets the browser build
// (lit/lit#3907). This build takes those two packages' "node" build and everything else as a
// Worker would (@lit-labs/ssr-client's browser build uses `btoa`, where its node build imports
// `buffer`). The result has no Node built-in: it runs without `nodejs_compat`.
import * as esbuild from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Resolves lit-html and @lit/reactive-element (and their subpaths) by Node's rules: their "node"
 * export. rolekit too, which changes nothing for rolekit (its exports have no such condition) but
 * lets this example import `rolekit/ssr` inside rolekit's own repository, where Node resolves a
 * package's own name and esbuild does not.
 * @type {import('esbuild').Plugin}
 */
export const litServerBuilds = {
  name: 'lit-server-builds',
  setup(build) {
    build.onResolve({ filter: /^(lit-html|@lit\/reactive-element|rolekit)(\/.*)?$/ }, (args) => ({
      path: createRequire(join(args.resolveDir || here, 'index.js')).resolve(args.path),
    }));
  },
};

/**
 * esbuild's options for a Worker bundle of `entry`; `plugins` go before the Lit resolver.
 * @param {{ entry?: string, plugins?: import('esbuild').Plugin[] }} [options]
 * @returns {import('esbuild').BuildOptions & { write: false }}
 */
export function workerOptions({ entry = join(here, 'worker.js'), plugins = [] } = {}) {
  return {
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    outfile: 'worker.js',
    write: false,
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [...plugins, litServerBuilds],
  };
}

/**
 * Bundles the Worker; the code as a string (and written to `outfile` when given).
 * @param {{ entry?: string, outfile?: string, plugins?: import('esbuild').Plugin[] }} [options]
 * @returns {Promise<string>}
 */
export async function buildWorker(options = {}) {
  const { outputFiles } = await esbuild.build(workerOptions(options));
  const code = outputFiles[0].text;
  if (options.outfile) {
    await mkdir(dirname(options.outfile), { recursive: true });
    await writeFile(options.outfile, code);
  }
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outfile = process.argv[2] ?? join(here, 'dist', 'worker.js');
  const code = await buildWorker({ outfile });
  console.log(`${outfile}: ${(code.length / 1024).toFixed(0)} KB`);
}
