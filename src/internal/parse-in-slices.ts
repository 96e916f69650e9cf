import { isServer } from 'lit';
import type { ParseResult, Problem } from '../schema/parse.js';
import { validate, type Shape } from '../schema/validate.js';
import { runInSlices, type Work } from './slices.js';

/** Lists up to this long are checked at once: a few ms. */
export const CHECK_AT_ONCE = 2_000;

/** How a listing document is checked: its whole-document parser, the list's key, item shape and maximum length. */
export interface ListingParser<T> {
  parse: (input: unknown) => ParseResult<T>;
  key: string;
  item: Shape;
  max: number;
  /** Checks the whole parser makes once every entry has passed (e.g. each salary's range). */
  refine?: (value: T) => Problem[];
}

/**
 * Checks a listing document — at once when it is small, when the result is needed `now`
 * (hydration) or on a server; else its list a slice at a time (a promise): 100,000 entries
 * never make a long task, and a bad entry deep in the list is still reported, with its path.
 * The verdict and the problems are the same as the whole-document parser's.
 */
export function parseInSlices<T>(listing: ListingParser<T>, input: unknown, now = false): ParseResult<T> | Promise<ParseResult<T>> {
  const list = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[listing.key] : undefined;
  if (now || isServer || !Array.isArray(list) || list.length <= CHECK_AT_ONCE || list.length > listing.max) return listing.parse(input);
  // the document without its list first (its language, …), then the entries
  const head = listing.parse({ ...(input as object), [listing.key]: [] });
  return runInSlices(entries(listing, list)).then((checked) => {
    const problems = [...(head.ok ? [] : head.problems), ...checked!.problems];
    if (problems.length) return { ok: false, problems };
    const value = { ...(head as { value: T }).value, [listing.key]: checked!.items } as T;
    const refined = listing.refine?.(value) ?? [];
    return refined.length ? { ok: false, problems: refined } : { ok: true, value };
  });
}

function* entries({ key, item }: { key: string; item: Shape }, list: unknown[]): Work<{ items: unknown[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const items: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    items.push(validate(item, list[i], problems, `${key}[${i}]`));
    if ((i & 255) === 255) yield;
  }
  return { items, problems };
}
