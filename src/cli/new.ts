/// <reference types="node" />
/**
 * npx rolekit new "<Title>" [--category <name>] [--format md|yaml|json] [--out <file>|-] [--force]
 *
 * Writes a skeleton role file: every section present, valid as it is, and TODO text that
 * `rolekit validate` reports as warnings until it is replaced.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Writable } from './command.js';
import { formatOf, loadDocument, type Format } from '../content/load.js';
import { formatProblem } from '../content/report.js';
import { kebab, skeletonRole } from '../content/skeleton.js';
import { toMarkdown } from '../content/write-markdown.js';
import { toYaml } from '../content/yaml.js';

const USAGE = `Usage: rolekit new "<Title>" [--category <name>] [--format md|yaml|json] [--out <file>|-] [--force]

Writes a skeleton role — every section present, valid as it is — with TODO text to replace;
\`rolekit validate\` warns about each TODO left. The file is <slug>.<format> in this folder
unless --out names one (its extension picks the format); --out - prints it instead.

  --category <name>   the role's category ("Software Engineering"); its listing is /careers/?category=…
  --format <format>   md (Markdown with front matter, the default), yaml or json
  --force             replace the file if it exists

Example:
  rolekit new "UX Writer" --category Design --out roles/ux-writer.md`;

const EXTENSION: Record<string, Format> = { md: 'markdown', yaml: 'yaml', json: 'json' };
const fail = (err: Writable, message: string, code: number) => (err.write(`rolekit new: ${message}\n`), code);

export function newCommand(argv: string[], out: Writable, err: Writable): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        category: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(err, `${(error as Error).message}\nRun rolekit new --help for the options.`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return (out.write(`${USAGE}\n`), 0);
  const title = positionals.join(' ').trim();
  if (!title) return fail(err, 'give the role\'s title, e.g. rolekit new "UX Writer"\nRun rolekit new --help for the options.', 2);
  const target = values.out;
  const fromName = target && target !== '-' ? formatOf(target) : undefined;
  if (target && target !== '-' && !fromName) return fail(err, `--out ${target}: name a .md, .yaml, .yml or .json file`, 2);
  if (values.format !== undefined && !Object.hasOwn(EXTENSION, values.format)) {
    return fail(err, `unknown --format "${values.format}": use md, yaml or json`, 2);
  }
  const format = values.format ? EXTENSION[values.format] : (fromName ?? 'markdown');
  if (fromName && fromName !== format) return fail(err, `--format ${values.format} does not match --out ${target}: give one of them`, 2);

  const role = skeletonRole(title, { category: values.category });
  const file = target && target !== '-' ? target : `${role.slug}.${format === 'markdown' ? 'md' : format}`;
  const text = format === 'markdown' ? toMarkdown(role) : format === 'yaml' ? toYaml(role) : `${JSON.stringify(role, null, 2)}\n`;
  // what is written must validate: a title or category too long for the schema is said here
  const check = loadDocument(file, text);
  if (!check.ok) {
    err.write(`${check.problems.map((p) => formatProblem({ ...p, excerpt: undefined })).join('\n')}\n`);
    return fail(err, 'nothing written: shorten the title or category', 1);
  }
  if (target === '-') return (out.write(text), 0);
  if (existsSync(file) && !values.force) return fail(err, `${file} already exists: choose another --out, or add --force to replace it`, 1);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file); // all or nothing: never a half-written role
  } catch (error) {
    rmSync(temporary, { force: true });
    return fail(err, `cannot write ${file}: ${(error as Error).message}`, 1);
  }
  const slug = kebab(title) ? '' : ` (its slug is "${role.slug}": write one in kebab-case, Latin letters and digits)`;
  out.write(`wrote ${file}: replace each TODO${slug}, then check it with rolekit validate ${file}\n`);
  return 0;
}
