/// <reference types="node" />
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
