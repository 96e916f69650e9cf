/// <reference types="node" />
/**
 * Problems with a place in a source file: what `rolekit validate` prints as
 * `file:line:col severity path: message`. Node-only (the CLI and `rolekit build` use it).
 */

/** A line and column, both counted from 1 (as editors and compilers count them). */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** One problem (or warning) in a source file, at a line and column. */
export interface Located {
  file: string;
  line: number;
  column: number;
  /** The document path it is about (`faq[2].answer`), or '' for the file as a whole. */
  path: string;
  message: string;
  severity: Severity;
  /** The source line it points into (the caret goes under `column`). */
  excerpt?: string;
}

/** A JSON path split into keys: `faq[2].answer` → `['faq', 2, 'answer']`. */
export function splitPath(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] === undefined ? m[2] : Number(m[1])));
}

/** `['faq', 2, 'answer']` → `faq[2].answer`. */
export const joinPath = (keys: readonly (string | number)[]): string =>
  keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${key}`)).join('');

/**
 * A parsed source: its value and where each path of it was written. `locate` answers the
 * deepest written part of the path (a missing `answer` points at its FAQ entry).
 */
export interface Source {
  value: unknown;
  locate(path: readonly (string | number)[]): Position;
  /** What the format itself refused (inline Markdown, a misplaced section …), already placed. */
  problems: Located[];
}

/** The lines of a text, for excerpts: "\r\n", "\r" and "\n" all end a line. */
export const linesOf = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** Builds `Located` values for one file, with the excerpt of the line they point at. */
export function locator(file: string, text: string) {
  const lines = linesOf(text);
  return (at: Position, path: string, message: string, severity: Severity = 'error'): Located => {
    const excerpt = lines[at.line - 1];
    return { file, line: at.line, column: at.column, path, message, severity, ...(excerpt === undefined ? {} : { excerpt }) };
  };
}
