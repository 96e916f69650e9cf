// `npm run check:package` (in `npm test`, after the build): the package as users receive it. Packs
// the tarball (`npm pack`, without the prepack build: run after `npm run build`) into a temporary
// folder, then lints that tarball with publint --strict (warnings fail too) and checks its types
// with @arethetypeswrong/cli. rolekit is ESM-only, so attw runs with `--profile esm-only`: it does
// not count `require()` from CommonJS (node16-cjs) or the pre-exports `node10` resolution, which
// cannot read subpath exports (README: TypeScript, frameworks and editors).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!existsSync('dist/index.js') || !existsSync('dist/types/index.d.ts')) {
  console.error('check-package: no build in dist/ — run `npm run build` first.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'rolekit-pack-'));
const bin = (name) => join('node_modules', '.bin', name);
let failed = false;
try {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [{ filename, entryCount, size }] = JSON.parse(pack.stdout);
  const tarball = join(dir, filename);
  console.log(`check-package: ${filename}, ${entryCount} files, ${(size / 1024).toFixed(0)} KB packed`);
  for (const [name, args] of [
    ['publint', ['--strict', tarball]],
    ['attw', [tarball, '--profile', 'esm-only']],
  ]) {
    const run = spawnSync(bin(name), args, { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(`check-package: ${name} failed (exit ${run.status ?? run.signal}).`);
      failed = true;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log('check-package: publint --strict and attw (esm-only) found no problems.');
