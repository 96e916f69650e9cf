// rolekit/ssr runs in Web-standard runtimes (Cloudflare Workers, Deno), so the BUILT entry,
// dist/ssr.js, and every file of dist/ it imports (statically, dynamically or by require) import
// no Node built-in: neither `node:*` nor a bare built-in name (fs, path, url, module, buffer…).
// The CLI (dist/cli.js) keeps its own. esbuild reads the imports (a parser, not a pattern), with
// `sideEffects` ignored so that no file of the graph is left out. Run after `npm run build`.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

const BUILTINS = new Set(builtinModules);
/** A Node built-in: `node:…`, or a built-in's bare name or a subpath of one (`fs/promises`). */
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]);

/** The files of the graph from `entry` (outside node_modules) and the Node built-ins each imports. */
async function nodeImports(entry: string): Promise<{ files: string[]; found: string[] }> {
  const { metafile } = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node', // built-ins stay external (and are listed), packages too:
    packages: 'external',
    format: 'esm',
    ignoreAnnotations: true, // every file of the graph, whatever `sideEffects` says
    treeShaking: false,
    logLevel: 'silent',
  });
  const files = Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules/'));
  const found = files.flatMap((file) =>
    metafile.inputs[file].imports.filter((i) => i.external && isBuiltin(i.original ?? i.path)).map((i) => `${file} → ${i.original ?? i.path} (${i.kind})`),
  );
  return { files, found };
}

test('dist/ssr.js and what it imports from dist/ import no Node built-in', async () => {
  assert.ok(existsSync('dist/ssr.js'), 'dist/ssr.js is missing: run `npm run build` first');
  const { files, found } = await nodeImports('dist/ssr.js');
  const inDist = files.map((f) => relative(process.cwd(), resolve(f))).filter((f) => f.startsWith('dist/'));
  // the walk reached past the entry's re-export: the renderer and the elements it registers
  assert.ok(inDist.length > 3, `only ${inDist.join(', ')}`);
  assert.ok(inDist.includes('dist/define.js') && inDist.includes('dist/elements/role-page/role-page.js'), `the elements' registration is in the graph: ${inDist.join(', ')}`);
  assert.deepEqual(found, []);
});

test('the check finds a Node built-in, however it is imported, in a file the entry imports', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rk-no-node-'));
  try {
    writeFileSync(join(dir, 'entry.js'), "export { a } from './chunk.js';\nexport const later = () => import('./lazy.js');\n");
    writeFileSync(join(dir, 'chunk.js'), "import { readFileSync } from 'fs';\nimport 'lit';\nexport const a = readFileSync;\n");
    writeFileSync(join(dir, 'lazy.js'), "const m = await import('node:module');\nexport const r = m.createRequire(import.meta.url)('path/posix');\nexport { Buffer } from 'buffer';\n");
    const { found } = await nodeImports(join(dir, 'entry.js'));
    const names = found.map((line) => line.split(' → ')[1].split(' ')[0]).sort();
    // 'lit' is a package, not a built-in; the createRequire call is found through node:module
    assert.deepEqual(names, ['buffer', 'fs', 'node:module']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
