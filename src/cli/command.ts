/// <reference types="node" />
import { parseArgs } from 'node:util';
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

/** A command's options, as node:util's parseArgs takes them. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;
/** What the options give: text, or true/false for a flag (an option with a default always has a value). */
export type Values<O extends OptionSpec> = {
  [K in keyof O]: (O[K]['type'] extends 'boolean' ? boolean : string) | (O[K] extends { default: unknown } ? never : undefined);
};
export type CommandArgs<O extends OptionSpec> =
  | { exit: number }
  | { exit: undefined; values: Values<O>; positionals: string[]; usage: (message: string) => number };

/**
 * A command's arguments, parsed the way every command parses them (node:util parseArgs, with
 * positionals and `--help`/`-h`): `{ exit }` when the command is done already (help printed: 0;
 * an unknown option: its message and the usage, 2), else the values, the positionals and `usage`,
 * which prints a message and the usage and gives 2.
 */
export function commandArgs<const O extends OptionSpec>(argv: string[], options: O, usageText: string, out: Writable, err: Writable): CommandArgs<O> {
  const usage = (message: string): number => (err.write(`${message}\n${usageText}\n`), 2);
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return { exit: usage((error as Error).message) };
  }
  if (parsed.values.help) {
    out.write(`${usageText}\n`);
    return { exit: 0 };
  }
  return { exit: undefined, values: parsed.values as Values<O>, positionals: parsed.positionals, usage };
}
