/// <reference types="node" />
/** What `rolekit validate` checks, as a function a Node script can call. */
import { contentWarnings, type Loaded } from './checks.js';
import { readSourceFile } from './files.js';
import { loadDocument } from './load.js';
import type { Located } from './located.js';

/**
 * Reads, validates and checks each file: every problem and warning, by file and then by line
 * (the warnings two files share — a slug used twice — come at the later file).
 */
export function validateFiles(files: readonly string[]): Located[] {
  const problems: Located[] = [];
  const loaded: Loaded[] = [];
  for (const file of files) {
    const read = readSourceFile(file);
    if (!('text' in read)) {
      problems.push(read);
      continue;
    }
    const result = loadDocument(file, read.text);
    if (!result.ok) problems.push(...result.problems);
    else {
      problems.push(...result.warnings);
      loaded.push({ file, text: read.text, kind: result.kind, value: result.value });
    }
  }
  problems.push(...contentWarnings(loaded));
  const order = new Map(files.map((file, i) => [file, i]));
  return problems.toSorted((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line || a.column - b.column);
}
