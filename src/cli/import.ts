/// <reference types="node" />
/**
 * npx rolekit import <page.txt|page.html> [--format json|yaml|md] [--out file] [--strict]
 *
 * Turns an existing job-description page (plain text or saved HTML, laid out like the seed: title,
 * "Last updated", summary, "Role at a glance", "Duties and responsibilities" …) into a role
 * document, checked by parseRole, on stdout or in --out. What it cannot place is a warning at its
 * line on stderr (`page.txt:12: warning …`); --strict makes a warning fail the import (exit 1).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { commandArgs, type Writable } from './command.js';
import { importPage } from '../content/import.js';
import { serialize, FORMATS, type Format } from '../content/import-format.js';

const USAGE = `Usage: rolekit import <page.txt|page.html> [--format json|yaml|md] [--out <file>] [--strict]
Reads a job-description page laid out like the seed (title, "Last updated", summary, "Role at a glance",
"Duties and responsibilities", … "Frequently asked questions") and writes it as a role document.
  --format   json (default), yaml or md (Markdown with front matter)
  --out      write to this file instead of standard output
  --strict   fail (exit 1) when part of the page could not be placed
Example: rolekit import old-site/python-web-developer.html --format md --out roles/python-web-developer.md`;

export function importCommand(argv: string[], out: Writable, err: Writable): number {
  const args = commandArgs(
    argv,
    {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
    },
    USAGE,
    out,
    err,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals } = args;
  if (positionals.length !== 1) {
    err.write(`${positionals.length ? 'one page at a time' : 'which page? give the file to import'}\n${USAGE}\n`);
    return 2;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    err.write(`unknown --format '${values.format}': use ${FORMATS.join(', ')}\n`);
    return 2;
  }
  const [file] = positionals;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err.write(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the path\n`);
    return 1;
  }
  const result = importPage(file, text);
  for (const w of result.warnings) err.write(`${file}:${w.line}: warning ${w.message}\n`);
  if (!result.ok) {
    for (const p of result.problems) err.write(`${file}:${p.line}: error ${p.message}\n`);
    err.write(`${file}: not imported: the page does not give a valid role (see above)\n`);
    return 1;
  }
  if (values.strict && result.warnings.length) {
    err.write(`${file}: not imported: ${result.warnings.length} part(s) of the page could not be placed (--strict)\n`);
    return 1;
  }
  const output = serialize(result.role, format);
  if (values.out) {
    // written beside, then renamed: never a half-written file
    const temporary = `${values.out}.rolekit-${process.pid}.tmp`;
    try {
      writeFileSync(temporary, output);
      renameSync(temporary, values.out);
    } catch (error) {
      err.write(`${values.out}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the folder exists\n`);
      return 1;
    }
    err.write(`wrote ${values.out} (${result.role.slug}${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''})\n`);
  } else {
    out.write(output);
  }
  return 0;
}
