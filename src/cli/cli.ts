#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx rolekit <command> …` — each command lives in its own module in this folder.
 *   render   server-render an element or a whole page for a document (render.ts)
 *   validate check role and opening files (JSON, YAML, Markdown), problems at file:line:col (validate.ts)
 *   new      write a skeleton role file to fill in (new.ts)
 *   import   turn an existing job-description page (text or HTML) into a role document (import.ts)
 *   build    build the whole static careers site from a folder of role and opening files (build.ts)
 *   feed     fetch an ATS's public job board and write its openings and their listing (feed.ts)
 */
import type { Command, Writable } from './command.js';
import { render } from './render.js';
import { validate } from './validate.js';
import { newCommand } from './new.js';
import { importCommand } from './import.js';
import { build } from './build.js';
import { feed } from './feed.js';

/** The commands, by name: one line per command. */
const COMMANDS: Record<string, Command> = {
  render,
  validate,
  new: newCommand,
  import: importCommand,
  build,
  feed,
};

const USAGE = `Usage: rolekit <command> [options]   (rolekit <command> --help for its options)
Commands: ${Object.keys(COMMANDS).join(', ')}`;

export async function main(argv: string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const command = name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    err.write(`${name === undefined ? '' : `unknown command '${name}'\n`}${USAGE}\n`);
    return 2;
  }
  return command(rest, out, err);
}

process.exitCode = await main(process.argv.slice(2));
