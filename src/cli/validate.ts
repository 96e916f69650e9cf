/// <reference types="node" />
/**
 * npx rolekit validate <files, folders or globs…> [--format text|json|github] [--strict]
 *
 * Checks role and opening files in any source format and prints every problem with its file,
 * line and column, like a compiler. The work is `validateFiles` (src/content/validate.ts).
 */
import { parseArgs } from 'node:util';
import type { Writable } from './command.js';
import { expandInputs } from '../content/files.js';
import { formatReport, REPORT_FORMATS, useColor, type ReportFormat } from '../content/report.js';
import { validateFiles } from '../content/validate.js';

const USAGE = `Usage: rolekit validate <files, folders or globs…> [--format text|json|github] [--strict]

Checks role and opening files (.json, .yaml, .yml, .md) and prints each problem at its file, line
and column. Warnings — a summary longer than a search snippet, a FAQ question asked twice, a slug
two files use, TODO text left from \`rolekit new\` — leave the exit code 0 unless --strict.

  --format text     file:line:col severity path: message, the line and a caret (default)
  --format json     an array of { file, line, column, path, message, severity, excerpt }
  --format github   GitHub Actions annotations (::error file=…,line=…,col=…::…)
  --strict          warnings fail too

Exit code: 0 no errors, 1 errors (or warnings with --strict), 2 bad usage.

Example:
  rolekit validate roles/ "data/**/*.yaml" data/python-web-developer.json`;

export async function validate(argv: string[], out: Writable, err: Writable): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err.write(`rolekit validate: ${(error as Error).message}\nRun rolekit validate --help for the options.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (!positionals.length) {
    err.write(`rolekit validate: name the files to check, e.g. rolekit validate roles/\nRun rolekit validate --help for the options.\n`);
    return 2;
  }
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    err.write(`rolekit validate: unknown --format "${values.format}": use ${REPORT_FORMATS.join(', ')}\n`);
    return 2;
  }
  const { files, unmatched } = await expandInputs(positionals);
  if (unmatched.length) {
    err.write(`rolekit validate: no files match ${unmatched.map((u) => `"${u}"`).join(', ')}: check the path (quote a glob so the shell leaves it to rolekit)\n`);
    return 2;
  }
  const problems = validateFiles(files);
  out.write(formatReport(problems, files.length, format, format === 'text' && useColor(out)));
  const fails = problems.some((p) => p.severity === 'error' || values.strict);
  return fails ? 1 : 0;
}
