/// <reference types="node" />
/**
 * Problems as `rolekit validate` prints them (and `rolekit build` when a file is invalid):
 * compiler style, JSON for tools, or GitHub Actions annotations.
 */
import type { Located } from './located.js';

export const REPORT_FORMATS = ['text', 'json', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The longest excerpt shown; a longer line is cut around the column. */
const EXCERPT = 100;

/** ANSI styles, or none. */
export function styles(color: boolean) {
  const style = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: style(31, 39), yellow: style(33, 39), dim: style(2, 22), bold: style(1, 22) };
}

/**
 * Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org: any value
 * but the empty string).
 */
export const useColor = (stream: { isTTY?: boolean }, env: Record<string, string | undefined> = process.env): boolean =>
  stream.isTTY === true && !env.NO_COLOR;

/**
 * One problem, compiler style: `file:line:col severity path: message`, then the line it points
 * into with a caret under the column.
 */
export function formatProblem(p: Located, color = false): string {
  const s = styles(color);
  const severity = p.severity === 'error' ? s.red('error') : s.yellow('warning');
  const head = `${s.bold(`${p.file}:${p.line}:${p.column}`)} ${severity} ${p.path ? `${p.path}: ` : ''}${p.message}`;
  if (p.excerpt === undefined || !p.excerpt.trim()) return head;
  // tabs as one space each and control characters as "?", so the caret's column stays the column
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const line = p.excerpt.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  const caret = Math.min(p.column - 1, line.length);
  const start = line.length <= EXCERPT ? 0 : Math.max(0, Math.min(caret - 40, line.length - EXCERPT));
  const cut = `${start > 0 ? '…' : ''}${line.slice(start, start + EXCERPT)}${start + EXCERPT < line.length ? '…' : ''}`;
  const gutter = String(p.line);
  return `${head}\n${s.dim(`${gutter} |`)} ${cut}\n${s.dim(`${' '.repeat(gutter.length)} |`)} ${' '.repeat(caret - start + (start > 0 ? 1 : 0))}${s.red('^')}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "14 files, 2 errors, 1 warning" */
export function summaryLine(files: number, problems: readonly Located[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `${plural(files, 'file')}, ${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`;
}

// GitHub's workflow-command escaping: data escapes %, CR, LF; properties also ":" and ","
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…::path: message`, an annotation on the file in a pull request. */
export const formatGithub = (p: Located): string =>
  `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column}::${escapeData(p.path ? `${p.path}: ${p.message}` : p.message)}`;

/** The whole report in one format (the summary line ends the text and github formats). */
export function formatReport(problems: readonly Located[], files: number, format: ReportFormat, color = false): string {
  if (format === 'json') return `${JSON.stringify(problems, null, 2)}\n`;
  const lines = problems.map((p) => (format === 'github' ? formatGithub(p) : formatProblem(p, color)));
  return `${[...lines, summaryLine(files, problems)].join('\n')}\n`;
}
