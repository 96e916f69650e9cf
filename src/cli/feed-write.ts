/// <reference types="node" />
/**
 * Writes a board's openings as one folder, all or nothing: every file goes into a fresh folder
 * beside `out`, which then takes `out`'s place by rename. On any failure `out` is as it was.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Opening, OpeningIndex } from '../schema/opening.js';

/** The folder cannot be written: what is wrong, for the user. */
export class WriteFailure extends Error {}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A folder that exists may only be replaced when it holds nothing but `.json` files and an
 * `index.json` (what this writes), so that `--out .` never deletes a project.
 */
function checkReplaceable(out: string): boolean {
  let entries: string[];
  try {
    if (!statSync(out).isDirectory()) throw new WriteFailure(`${out} is a file, not a folder`);
    entries = readdirSync(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    if (error instanceof WriteFailure) throw error;
    throw new WriteFailure(`${out}: ${(error as Error).message}`);
  }
  if (entries.length === 0) return true;
  const foreign = entries.filter((name) => !name.endsWith('.json'));
  if (foreign.length > 0 || !entries.includes('index.json')) {
    throw new WriteFailure(
      `${out} holds ${foreign.length > 0 ? `other files (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''})` : 'no index.json'}: give --out an empty or new folder, or one rolekit feed wrote`,
    );
  }
  return true;
}

/** `<id>.json` per opening and `index.json`, replacing `out` as a whole. */
export function writeBoard(outPath: string, openings: readonly Opening[], index: OpeningIndex): void {
  const out = resolve(outPath);
  const exists = checkReplaceable(out);
  const parent = dirname(out);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = join(parent, `.${basename(out)}.rolekit-${tag}`);
  const old = join(parent, `.${basename(out)}.rolekit-old-${tag}`);
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(temp);
    for (const opening of openings) writeFileSync(join(temp, `${opening.id}.json`), json(opening), { flag: 'wx' });
    writeFileSync(join(temp, 'index.json'), json(index), { flag: 'wx' });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw new WriteFailure(`could not write ${outPath}: ${(error as Error).message}`);
  }
  try {
    if (exists) renameSync(out, old);
    try {
      renameSync(temp, out);
    } catch (error) {
      if (exists) renameSync(old, out);
      throw error;
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw new WriteFailure(`could not replace ${outPath}: ${(error as Error).message}`);
  }
  if (exists) rmSync(old, { recursive: true, force: true });
}
