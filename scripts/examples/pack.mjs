// The package as users receive it: `npm pack` once (after `npm run build`), then the tarball's
// package/ folder copied into each example's node_modules/rolekit — no workspace link, no src/.
// Its own dependencies (lit, zod, @lit-labs/ssr…) resolve from the repository's node_modules,
// installed once by `npm ci`, as do the examples' toolchains (the root's devDependencies).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/** Packs the repository into a temporary folder and unpacks it: { dir, tarball, unpacked, files }. */
export function pack(root) {
  const dir = mkdtempSync(join(tmpdir(), 'rolekit-examples-'));
  const run = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm pack failed:\n${run.stderr}`);
  const [{ filename, entryCount }] = JSON.parse(run.stdout);
  const tarball = join(dir, filename);
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', dir], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`tar -xzf ${tarball} failed:\n${untar.stderr}`);
  return { dir, tarball, unpacked: join(dir, 'package'), files: entryCount };
}

/** Copies the unpacked tarball to `<app>/node_modules/rolekit` (replacing an older copy). */
export function install(unpacked, app) {
  const target = join(app, 'node_modules', 'rolekit');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  cpSync(unpacked, target, { recursive: true });
  return target;
}

/**
 * Where `specifier` resolves from inside `app`, as Node resolves it there. Throws unless that is
 * the tarball's copy in `<app>/node_modules/rolekit` — not the repository (whose package is named
 * rolekit too, and which Node would reach by self-reference from a folder without its own
 * package.json).
 */
export function resolvedInside(app, specifier) {
  if (!existsSync(join(app, 'package.json'))) throw new Error(`${app} needs its own package.json (else "rolekit" self-references the repository)`);
  const file = createRequire(join(app, 'package.json')).resolve(specifier);
  assertInside(app, file, specifier);
  return file;
}

/** Throws unless `file` is in `<app>/node_modules/rolekit/`. */
export function assertInside(app, file, what = file) {
  const rel = relative(join(app, 'node_modules', 'rolekit'), file);
  if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') throw new Error(`${what} resolved to ${file}, not to the tarball's copy in ${app}/node_modules/rolekit`);
}

/** The version in the tarball's package.json. */
export const packedVersion = (unpacked) => JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')).version;
