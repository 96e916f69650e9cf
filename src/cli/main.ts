/// <reference types="node" />
/** `rolekit <command> …`: the command table and its dispatcher (each command lives in its own module in this folder). */
import type { Command, Writable } from './command.js';
import { render } from './render.js';
import { validate } from './validate.js';
import { newCommand } from './new.js';
import { importCommand } from './import.js';
import { build } from './build.js';
import { feed } from './feed.js';

/** The commands, by name, with what `rolekit --help` says of each: one line per command. */
const COMMANDS: Record<string, [Command, string]> = {
  new: [newCommand, 'write a skeleton role file to fill in (Markdown, YAML or JSON)'],
  import: [importCommand, 'turn an existing job-description page (text or HTML) into a role file'],
  validate: [validate, 'check role and opening files: every problem at file:line:col'],
  build: [build, 'build the whole static careers site from a folder of role and opening files'],
  feed: [feed, "fetch an ATS's public job board (Greenhouse, Lever, …) into opening files"],
  render: [render, 'server-render one element, or a whole page, for a document'],
};

const USAGE = `Usage: rolekit <command> [options]   (rolekit <command> --help for its options and an example)

Commands:
${Object.entries(COMMANDS)
  .map(([name, [, what]]) => `  ${name.padEnd(9)} ${what}`)
  .join('\n')}`;

export async function main(argv: string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const command = name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name][0] : undefined;
  if (!command) {
    err.write(`${name === undefined ? '' : `unknown command '${name}'\n`}${USAGE}\n`);
    return 2;
  }
  return command(rest, out, err);
}
