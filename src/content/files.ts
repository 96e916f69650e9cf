/// <reference types="node" />
/** Source files named on a command line: files, folders and globs, read as UTF-8 text. */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FORMATS } from './load.js';
import { locator, type Located } from './located.js';

/** Larger than any role or opening rolekit accepts (its lists and texts have maximum lengths). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const EXTENSIONS = Object.keys(FORMATS).map((ext) => ext.slice(1));
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * The files the arguments name, sorted and once each: a file as it is, a folder as every .json,
 * .yaml, .yml and .md file under it, anything else as a glob. `unmatched` lists the arguments
 * that name nothing.
 */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<{ files: string[]; unmatched: string[] }> {
  const files = new Map<string, string>(); // by absolute path: each file once, however it was named
  const unmatched: string[] = [];
  for (const input of inputs) {
    const kind = statKind(input);
    let found: string[];
    if (kind === 'file') found = [input];
    else if (kind === 'dir') {
      const root = input.replace(/[\\/]+$/, '') || '/';
      found = await glob(`**/*.{${EXTENSIONS.join(',')}}`, { cwd: root, ignore: IGNORE, onlyFiles: true, expandDirectories: false });
      found = found.map((f) => `${root}/${f}`);
    } else if (isDynamicPattern(input)) {
      found = await glob(input, { cwd, ignore: IGNORE, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) });
    }
    else found = [];
    if (!found.length) unmatched.push(input);
    for (const file of found) if (!files.has(resolve(cwd, file))) files.set(resolve(cwd, file), file);
  }
  return { files: [...files.values()].sort(), unmatched };
}

function statKind(path: string): 'file' | 'dir' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, or why it cannot be read — one problem at 1:1, never an exception. */
export function readSourceFile(file: string): { text: string } | Located {
  const problem = (message: string) => locator(file, '')({ line: 1, column: 1 }, '', message);
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return problem(`is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: not a role or opening document`);
    bytes = readFileSync(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return problem(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read: ${message}`);
  }
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return problem('is not UTF-8 text: save it as UTF-8');
  }
}
