/// <reference types="node" />
/**
 * Reads a role or opening source file — JSON, YAML or Markdown with front matter, chosen by the
 * file's extension — and validates it with rolekit's own schema checks (`parseRole`,
 * `parseOpening`). Every problem carries its file, line and column. Node-only: the CLI and
 * `rolekit build` use it; it never reaches a browser bundle. Never throws for bad input.
 */
import { extname } from 'node:path';
import type { Opening } from '../schema/opening.js';
import { parseOpening } from '../schema/parse-opening.js';
import { parseRole, type Problem } from '../schema/parse.js';
import type { Role } from '../schema/role.js';
import { describeValue } from '../schema/validate.js';
import { readJson } from './json.js';
import { locator, splitPath, type Located, type Position, type Source } from './located.js';
import { readMarkdown } from './markdown.js';
import { readYaml } from './yaml.js';

export type { Located, Position, Severity } from './located.js';

export type DocumentKind = 'role' | 'opening';

export type LoadResult =
  | { ok: true; kind: DocumentKind; value: Role | Opening; warnings: Located[] }
  | { ok: false; kind?: DocumentKind; problems: Located[] };

/** The source formats, by file extension. */
export const FORMATS = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml', '.md': 'markdown', '.markdown': 'markdown' } as const;
export type Format = (typeof FORMATS)[keyof typeof FORMATS];

/** The format of a file name, or undefined for an extension rolekit does not read. */
export const formatOf = (file: string): Format | undefined => {
  const ext = extname(file).toLowerCase();
  return Object.hasOwn(FORMATS, ext) ? FORMATS[ext as keyof typeof FORMATS] : undefined;
};

/**
 * Which kind a document is. An opening has an `applyUrl`, or an `id` and an `organization`
 * (fields a role never has); anything else is read as a role. Markdown files are roles.
 */
export function kindOf(value: object): DocumentKind {
  const has = (key: string) => Object.hasOwn(value, key);
  return has('applyUrl') || (has('id') && has('organization')) ? 'opening' : 'role';
}

/** Reads and validates one source file's text. `file` names it in problems and picks the format. */
export function loadDocument(file: string, text: string): LoadResult {
  const at = locator(file, text);
  const format = formatOf(file);
  if (!format) {
    return { ok: false, problems: [at({ line: 1, column: 1 }, '', `rolekit reads .json, .yaml, .yml and .md files, not "${extname(file) || file}"`)] };
  }
  const read = readSource(file, text, format);
  if (Array.isArray(read)) return { ok: false, problems: read };
  const { value } = read;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === undefined ? 'an empty file' : describeValue(value);
    return { ok: false, problems: [at({ line: 1, column: 1 }, '', `expected a role or an opening (fields such as title: …), got ${got}`)] };
  }
  if (format === 'markdown' && kindOf(value) === 'opening') {
    return { ok: false, kind: 'opening', problems: [at(read.locate([]), '', 'Markdown files are roles: write an opening as JSON or YAML')] };
  }
  const kind = format === 'markdown' ? 'role' : kindOf(value);
  const place = (p: Problem, severity: Located['severity']): Located => at(read.locate(splitPath(p.path)), p.path, p.message, severity);
  const own = read.problems;
  const errors = own.filter((p) => p.severity === 'error');
  const ownWarnings = own.filter((p) => p.severity === 'warning');
  // a problem the format reported (a misplaced list) is not reported again as the schema sees it
  const covered = (p: Problem) =>
    errors.some((e) => e.path && (p.path === e.path || p.path.startsWith(`${e.path}.`) || p.path.startsWith(`${e.path}[`)));
  const schemaProblems = (problems: Problem[]) => problems.filter((p) => !covered(p)).map((p) => place(p, 'error'));
  if (kind === 'role') {
    const result = parseRole(value);
    if (!result.ok || errors.length) {
      return { ok: false, kind, problems: sortByPlace([...errors, ...(result.ok ? [] : schemaProblems(result.problems))]) };
    }
    return { ok: true, kind, value: result.value, warnings: ownWarnings };
  }
  const result = parseOpening(value);
  if (!result.ok || errors.length) {
    return { ok: false, kind, problems: sortByPlace([...errors, ...(result.ok ? [] : schemaProblems(result.problems))]) };
  }
  return { ok: true, kind, value: result.value, warnings: [...ownWarnings, ...result.warnings.map((p) => place(p, 'warning'))] };
}

function readSource(file: string, text: string, format: Format): Source | Located[] {
  const source = text.replace(/^\uFEFF/, ''); // a byte order mark is not content
  try {
    const read = format === 'json' ? readJson(file, source) : format === 'yaml' ? readYaml(file, source) : readMarkdown(file, source);
    return Array.isArray(read) || 'locate' in read ? read : [read];
  } catch (error) {
    // a parser refusing something its checks did not foresee (nesting too deep for its stack …)
    return [locator(file, text)({ line: 1, column: 1 }, '', `could not read the file: ${(error as Error).message}`)];
  }
}

/**
 * Where each path (or the deepest written part of it) is in a file's text, for messages about a
 * document that loaded (checks.ts): the file is parsed once, when first asked. 1:1 when it does
 * not parse.
 */
export function pathLocator(file: string, text: string): (path: readonly (string | number)[]) => Position {
  let read: Source | Located[] | undefined;
  return (path) => {
    const format = formatOf(file);
    read ??= format ? readSource(file, text, format) : [];
    return Array.isArray(read) ? { line: 1, column: 1 } : read.locate(path);
  };
}

/** In the order of the file, as a compiler lists them. */
const sortByPlace = (problems: Located[]): Located[] => problems.toSorted((a, b) => a.line - b.line || a.column - b.column);
