/// <reference types="node" />
/**
 * `rolekit build`'s work: a folder of role and opening files (any source format) becomes the
 * whole static careers site — the listing at /careers/, a server-rendered page per role and per
 * opening, the JSON the elements fetch, sitemap.xml, robots.txt, 404.html and the script tag's
 * files with their hashes. Nothing is written unless every document is valid: the site is built
 * in a folder beside `out` and swapped in at the end, so a failed build leaves the old one whole.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { copyScripts, findAssets, scriptFolder } from './build-assets.js';
import { loadDocuments, sourceFiles } from './build-input.js';
import { planSite, type SiteOptions } from './build-pages.js';
import { renderPages } from './build-render.js';
import type { Located } from './load.js';

export interface BuildOptions extends Partial<Omit<SiteOptions, 'scriptSrc' | 'baseUrl'>> {
  /** Folders (searched recursively) and files of roles and openings. */
  inputs: string[];
  /** The site folder: replaced as a whole when the build succeeds. */
  out: string;
  baseUrl: string;
  /** Render worker threads (default: one per core). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export type BuildResult =
  | { ok: true; roles: number; openings: number; pages: number; files: number; seconds: number; warnings: Located[] }
  | { ok: false; problems: Located[]; warnings: Located[] };

/** Thrown for what the person running the build must fix (a missing folder, rolekit not built): one line, no stack. */
export class BuildError extends Error {
  override name = 'BuildError';
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const assets = findAssets();
  if (typeof assets === 'string') throw new BuildError(assets);
  for (const input of options.inputs) if (!existsSync(input)) throw new BuildError(`${input}: no such folder or file`);
  const docs = loadDocuments(sourceFiles(options.inputs));
  if (docs.problems.length) return { ok: false, problems: docs.problems, warnings: docs.warnings };
  if (!docs.roles.length) throw new BuildError(`no role files in ${options.inputs.join(', ')} (.json, .yaml, .yml or .md)`);

  const scriptSrc = `${scriptFolder(assets.version)}rolekit.js`;
  const plan = planSite(
    docs.roles.map((r) => r.value),
    docs.openings.map((o) => o.value),
    {
      baseUrl: options.baseUrl,
      siteName: options.siteName ?? 'Careers',
      language: options.language ?? 'en',
      theme: options.theme,
      header: options.header ?? '',
      footer: options.footer ?? '',
      head: options.head ?? '',
      scriptSrc,
    },
  );
  const counts = { roles: docs.roles.length, openings: docs.openings.length, pages: plan.pages.length, files: plan.files.size + plan.pages.length };
  // from here the plan holds the documents: the lists go, so each page's document can go once it is rendered
  docs.roles.length = 0;
  docs.openings.length = 0;
  const out = resolve(options.out);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const temporary = join(parent, `.${basename(out)}.rolekit-build-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  try {
    mkdirSync(temporary);
    for (const [path, content] of plan.files) {
      mkdirSync(dirname(join(temporary, path)), { recursive: true });
      writeFileSync(join(temporary, path), content);
      plan.files.delete(path);
    }
    copyScripts(assets, temporary);
    await renderPages(plan.pages, { renderer: assets.renderer, site: temporary, scriptSrc, integrity: assets.integrity, workers: options.workers, onProgress: options.onProgress });
    swap(temporary, out);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  return {
    ok: true,
    roles: counts.roles,
    openings: counts.openings,
    pages: counts.pages + 2, // and 404.html and the / that leads to /careers/
    files: counts.files,
    seconds: (performance.now() - started) / 1000,
    warnings: docs.warnings,
  };
}

/** The new site in place of the old: two renames (the old one kept until the new one is in). */
function swap(built: string, out: string): void {
  if (!existsSync(out)) return renameSync(built, out);
  const old = `${built}-old`;
  renameSync(out, old);
  try {
    renameSync(built, out);
  } catch (error) {
    renameSync(old, out);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
