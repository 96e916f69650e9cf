/// <reference types="node" />
/**
 * What `rolekit build` takes from rolekit's own build: the server renderer (dist/ssr.js — the
 * built one, because hydration needs the server's templates to be the bundle's) and the script
 * tag's files (dist/cdn/), copied into the site under the version's folder, with their hashes.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Assets {
  version: string;
  /** file: URL of dist/ssr.js, for the render workers. */
  renderer: string;
  /** dist/cdn/: rolekit.js, rolekit.all.js, pieces/. */
  cdn: string;
  /** sha384 of rolekit.js, for the pages' `<script integrity>`. */
  integrity: string;
}

/** rolekit's package folder: the nearest one above this module (src/content/ or dist/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'rolekit') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("rolekit's package.json not found above this module");
    dir = up;
  }
}

/** The built renderer and script files, or a message saying what to do. */
export function findAssets(): Assets | string {
  const root = packageRoot();
  const renderer = join(root, 'dist', 'ssr.js');
  const cdn = join(root, 'dist', 'cdn');
  const integrityFile = join(cdn, 'integrity.json');
  if (!existsSync(renderer) || !existsSync(integrityFile)) return `rolekit's build is missing (${existsSync(renderer) ? integrityFile : renderer}): run \`npm run build\` in ${root}`;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const integrity = (JSON.parse(readFileSync(integrityFile, 'utf8')) as Record<string, string>)['rolekit.js'];
  return { version, renderer: pathToFileURL(renderer).href, cdn, integrity };
}

/** Where the script tag's files live in the site: the version in the path, so a new release never mixes with a cached old one. */
export const scriptFolder = (version: string): string => `/rolekit/${version}/`;

/** Copies the script tag's files (not the integrity list) into `site` under scriptFolder. */
export function copyScripts(assets: Assets, site: string): void {
  cpSync(assets.cdn, join(site, scriptFolder(assets.version)), { recursive: true, filter: (source) => !source.endsWith('integrity.json') });
}
