/// <reference types="node" />
import { parseArgs, type ParseArgsConfig } from 'node:util';
/** Where a command writes: process.stdout / process.stderr, or a test's collector. */
export interface Writable {
  write(chunk: string): unknown;
  /** true on a terminal: a command may print progress there */
  isTTY?: boolean;
}

/**
 * One `rolekit <name>` command: its arguments (after the name) in, an exit code out —
 * 0 done, 1 bad input (what is wrong and where, on `err`), 2 bad usage.
 */
export type Command = (argv: string[], out: Writable, err: Writable) => number | Promise<number>;

type Options = NonNullable<ParseArgsConfig['options']>;
type Help = { help: { type: 'boolean'; short: 'h' } };

/**
 * A command's arguments, parsed the way every command parses them (node:util parseArgs, with
 * positionals and `--help`/`-h`): `{ exit }` when the command is done already (help printed: 0;
 * an unknown option: its message and the usage, 2), else the values, the positionals and `usage`,
 * which prints a message and the usage and gives 2.
 */
export function commandArgs<const O extends Options>(argv: string[], options: O, usageText: string, out: Writable, err: Writable) {
  const usage = (message: string): number => (err.write(`${message}\n${usageText}\n`), 2);
  let parsed;
  try {
    parsed = parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O & Help }>({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return { exit: usage((error as Error).message) } as const;
  }
  if ((parsed.values as { help?: boolean }).help) {
    out.write(`${usageText}\n`);
    return { exit: 0 } as const;
  }
  return { exit: undefined, values: parsed.values, positionals: parsed.positionals, usage };
}
