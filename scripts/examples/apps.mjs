// The examples: how each is type-checked and built (with the root's toolchain), what it shows, and
// the checks particular to it. scripts/examples.mjs runs them.
import { spawn as spawnChild } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertInside, resolvedInside } from './pack.mjs';

/** Runs `command` in `cwd` (asynchronously: two apps build at once): { status, output }. */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawnChild(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (output += c));
    child.on('error', (error) => resolve({ status: String(error), output }));
    child.on('close', (code, signal) => resolve({ status: code ?? signal, output }));
  });
}

/** Runs a tool from the root's node_modules/.bin in `cwd`. */
export const tool = (root, cwd, name, args) => run(join(root, 'node_modules', '.bin', name), args, cwd);

async function mustPass(root, cwd, name, args) {
  const run = await tool(root, cwd, name, args);
  if (run.status !== 0) throw new Error(`${name} ${args.join(' ')} failed (exit ${run.status}):\n${run.output}`);
  return run.output;
}

/** `check` on a tool that must FAIL, with exactly the `expected` errors (each a RegExp) and no other. */
async function mustFail(root, cwd, name, args, expected) {
  const run = await tool(root, cwd, name, args);
  if (run.status === 0) throw new Error(`${name} ${args.join(' ')} passed: the deliberately wrong file type-checks, so the types do not bite`);
  const errors = run.output.split('\n').filter((line) => / error TS\d+:/.test(line));
  const missing = expected.filter((re) => !errors.some((line) => re.test(line)));
  if (missing.length || errors.length !== expected.length) {
    throw new Error(`${name} ${args.join(' ')} failed (exit ${run.status}), but not with exactly the expected errors.\nmissing: ${missing.join(', ') || 'none'}\ngot:\n${run.output}`);
  }
  return `exit ${run.status}, ${errors.length} expected errors`;
}

/** tsc --listFiles output: every declaration file of rolekit's must come from the tarball's copy. */
function typesFromTarball(app, output, root) {
  const files = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const ours = files.filter((f) => f.startsWith(join(root, 'src')) || f.startsWith(join(root, 'dist')) || f.includes('/rolekit/'));
  for (const file of ours) assertInside(app, file, `type file ${file}`);
  if (!ours.some((f) => f.endsWith('/rolekit/dist/types/index.d.ts'))) throw new Error(`rolekit's types were not loaded at all:\n${output}`);
  return `${ours.length} of rolekit's type files, all from node_modules/rolekit`;
}

/** The built bundle's source maps: rolekit's modules in it come from the tarball's copy, not the repository. */
function bundleFromTarball(app, out, root) {
  const assets = join(app, out, 'assets');
  const maps = readdirSync(assets).filter((f) => f.endsWith('.js.map'));
  const sources = maps.flatMap((map) => {
    const { sources: list = [] } = JSON.parse(readFileSync(join(assets, map), 'utf8'));
    return list.map((s) => resolve(assets, s));
  });
  const ours = sources.filter((s) => s.startsWith(join(root, 'src')) || s.startsWith(join(root, 'dist')) || s.includes('/rolekit/'));
  for (const s of ours) assertInside(app, s, `bundled module ${s}`);
  if (!ours.some((s) => /\/rolekit\/dist\/define(-[\w-]+)?\.js$/.test(s))) {
    throw new Error(`the bundle holds no rolekit element registration (node_modules/rolekit/dist/define*.js): \`import 'rolekit/define'\` was tree-shaken away (package.json "sideEffects" must name every file that registers elements, the chunks dist/define.js imports included); modules from rolekit: ${ours.join(', ') || 'none'}`);
  }
  return `${ours.length} modules of rolekit bundled, all from node_modules/rolekit`;
}

/** The script tag's file the app serves is the tarball's, byte for byte. */
function sameFile(a, b) {
  if (!readFileSync(a).equals(readFileSync(b))) throw new Error(`${a} is not the tarball's ${b}`);
  return `${a.split('/examples/')[1]} is the tarball's dist/cdn/rolekit.js`;
}

/**
 * `astro build` through scripts/examples/astro.mjs: every `rolekit…` import of the pages resolved
 * into the tarball's copy, both in Vite (bundled: the role JSON) and in Node (left external by
 * Vite, loaded while prerendering: rolekit/ssr).
 */
async function astroBuild(root, app) {
  const { status, output } = await run(process.execPath, [join(root, 'scripts/examples/astro.mjs'), app], app);
  rmSync(join(app, '.astro'), { recursive: true, force: true }); // Astro's generated .d.ts files: not ours to lint
  if (status !== 0) throw new Error(`astro build failed (exit ${status}):\n${output}`);
  const lines = output.trim().split('\n');
  const { vite, node } = JSON.parse(lines.pop());
  const warnings = lines.filter((line) => /\b(warn|warning|error)\b/i.test(line));
  if (warnings.length) throw new Error(`astro build warned:\n${warnings.join('\n')}`);
  for (const want of ['rolekit/ssr', 'rolekit/data/python-web-developer.json']) {
    if (!vite.some((r) => r.source === want)) throw new Error(`the pages never imported ${want}: ${JSON.stringify(vite)}`);
  }
  for (const { source, id, external } of vite) {
    if (!external) assertInside(app, id, `${source} (in Astro's build)`);
    else if (!node.some((r) => r.source === source)) throw new Error(`${source} was left external by Vite, but Node never loaded it: ${JSON.stringify(node)}`);
  }
  for (const { source, url } of node) assertInside(app, url.startsWith('file:') ? fileURLToPath(url) : url, `${source} (loaded by Node while prerendering)`);
  return `${vite.length} rolekit imports in Vite, ${node.length} loaded by Node, all from node_modules/rolekit`;
}

/**
 * Each app: `title` its role shows, `out` the built folder served, `pages` (path, the element
 * that must send rk-ready), and `build(ctx)`: a list of [step, async () => summary] run in order.
 * ctx: { root, app, unpacked }.
 */
export const APPS = {
  html: {
    title: 'Frontend Developer',
    faq: 'What does a Frontend Developer do day to day?',
    out: 'dist',
    pages: [{ path: '/', tag: 'rk-role-page', status: true, csp: true }],
    build: ({ root, app, unpacked }) => [
      ['resolve', () => `rolekit → ${resolvedInside(app, 'rolekit/package.json').split('/examples/')[1]}`],
      ['build', () => (rmSync(join(app, 'dist'), { recursive: true, force: true }), spawn(root, app, process.execPath, ['build.mjs']))],
      ['tarball', () => sameFile(join(app, 'dist/rolekit/rolekit.js'), join(unpacked, 'dist/cdn/rolekit.js'))],
    ],
  },
  react: {
    title: 'React Engineer',
    faq: 'Do React Engineers need to know TypeScript?',
    out: 'dist',
    pages: [{ path: '/', tag: 'rk-role-page', status: true }],
    build: ({ root, app }) => [
      ['tsc', async () => typesFromTarball(app, await mustPass(root, app, 'tsc', ['-p', 'tsconfig.json', '--listFiles']), root)],
      ['tsc wrong', () =>
        mustFail(root, app, 'tsc', ['-p', 'tsconfig.wrong.json'], [
          /wrong-props\.tsx\(\d+,\d+\): error TS2322: Type '"purple"' is not assignable to type 'Theme \| undefined'/,
          /wrong-props\.tsx\(\d+,\d+\): error TS2339: Property 'salary' does not exist on type 'Role'/,
          /wrong-props\.tsx\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'boolean \| undefined'/,
        ])],
      ['vite build', async () => (await mustPass(root, app, 'vite', ['build', '--sourcemap', '--logLevel', 'warn']), bundleFromTarball(app, 'dist', root))],
    ],
  },
  vue: {
    title: 'Vue Developer',
    faq: 'Is Vue used by large companies?',
    out: 'dist',
    pages: [{ path: '/', tag: 'rk-role-page', status: true }],
    build: ({ root, app }) => [
      ['vue-tsc', async () => typesFromTarball(app, await mustPass(root, app, 'vue-tsc', ['-p', 'tsconfig.json', '--listFiles']), root)],
      ['vue-tsc wrong', () =>
        mustFail(root, app, 'vue-tsc', ['-p', 'tsconfig.wrong.json'], [
          /Wrong\.vue\(\d+,\d+\): error TS2339: Property 'salary' does not exist on type 'Role'/,
          /Wrong\.vue\(\d+,\d+\): error TS2322: Type '"purple"' is not assignable to type 'Theme \| undefined'/,
        ])],
      ['vite build', async () => (await mustPass(root, app, 'vite', ['build', '--sourcemap', '--logLevel', 'warn']), bundleFromTarball(app, 'dist', root))],
    ],
  },
  eleventy: {
    title: 'Technical Writer',
    faq: 'Do Technical Writers need to code?',
    out: '_site',
    pages: [
      { path: '/', tag: 'rk-role-page', ssr: true },
      { path: '/faq/', tag: 'rk-faq', ssr: true },
    ],
    build: ({ root, app, unpacked }) => [
      ['resolve', () => `rolekit/ssr → ${resolvedInside(app, 'rolekit/ssr').split('/examples/')[1]}`],
      ['eleventy', async () => (rmSync(join(app, '_site'), { recursive: true, force: true }), (await mustPass(root, app, 'eleventy', ['--quiet'])).trim() || 'built')],
      ['tarball', () => sameFile(join(app, '_site/rolekit/rolekit.js'), join(unpacked, 'dist/cdn/rolekit.js'))],
    ],
  },
  astro: {
    title: 'Python Web Developer',
    faq: 'What is the difference between Django and FastAPI, and when should each be used?',
    out: 'dist',
    pages: [
      { path: '/', tag: 'rk-role-page', ssr: true },
      { path: '/faq/', tag: 'rk-faq', ssr: true },
    ],
    build: ({ root, app, unpacked }) => [
      ['resolve', () => `rolekit/ssr → ${resolvedInside(app, 'rolekit/ssr').split('/examples/')[1]}`],
      ['astro build', () => (rmSync(join(app, 'dist'), { recursive: true, force: true }), astroBuild(root, app))],
      ['tarball', () => sameFile(join(app, 'dist/rolekit/rolekit.js'), join(unpacked, 'dist/cdn/rolekit.js'))],
    ],
  },
};

async function spawn(root, cwd, command, args) {
  const { status, output } = await run(command, args, cwd);
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${status}):\n${output}`);
  return (output.trim().split('\n').pop() ?? '').replace(dirname(root), '…');
}
