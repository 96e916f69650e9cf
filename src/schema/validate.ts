import type { Problem } from "./parse.js";

/**
 * The compiled form of a zod schema (see scripts/shapes.ts): plain data a small interpreter
 * checks documents against, so validation needs no zod at run time — nor `eval`.
 */
export type Shape =
  | { type: "string"; checks?: Check[] }
  | { type: "array"; item: Shape; checks?: Check[] }
  | { type: "object"; keys: Record<string, Shape> }
  | { type: "optional"; inner: Shape }
  | { type: "enum"; values: readonly unknown[]; message?: string }
  | { type: "number"; checks?: Check[] }
  | { type: "boolean" }
  /** Objects told apart by the text of one key (a zod discriminated union): `options` by that text. */
  | { type: "union"; key: string; options: Record<string, Shape> };

/** Length limits (`max`, `min`) for text and lists, `gte` for numbers, `pattern` for text. */
export type Check =
  | { max: number }
  | { min: number }
  | { gte: number }
  | { pattern: RegExp; message: string };

/** JSON value kinds in words a content editor reads. */
const KINDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true/false",
  object: "an object",
  array: "a list",
  null: "null",
};

const kindOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value;

/** The kind of a JSON value in words: "text", "a number", "a list". */
export const describeValue = (value: unknown): string =>
  KINDS[kindOf(value)] ?? kindOf(value);

/** The messages rolekit reports, shared by this validator and the zod error map in parse.ts. */
export const MESSAGES = {
  required: "is required",
  type: (expected: string, input: unknown) =>
    // NaN and Infinity (possible through .data, never from JSON) are numbers no JSON can hold
    `expected ${KINDS[expected] ?? expected}, got ${
      expected === "number" && typeof input === "number"
        ? String(input)
        : describeValue(input)
    }`,
  value: (values: readonly unknown[], input: unknown) =>
    `expected one of ${values
      .map((v) => JSON.stringify(v))
      .join(", ")}, got ${JSON.stringify(input)}`,
  tooManyItems: (max: number, count: number) =>
    `too large: ${count} items, at most ${max}`,
  tooLong: (max: number, length: number) =>
    `is too long (at most ${max} characters, got ${length})`,
  tooFewItems: (min: number) => `must have at least ${min} item`,
  tooSmall: (min: number) => `must be at least ${min}`,
};

/** Where a value is: a JSON path, or (made into one only when a problem is reported) a key under one. */
type Where = string | { readonly at: Where; readonly key: string | number };

const pathOf = (where: Where): string => {
  if (typeof where === "string") return where;
  const at = pathOf(where.at);
  return typeof where.key === "number"
    ? `${at}[${where.key}]`
    : at
    ? `${at}.${where.key}`
    : where.key;
};

/**
 * Checks `input` against `shape` and returns the output: unknown keys dropped, like zod's
 * default. Problems are appended to `problems`, each with its JSON path. A list longer than its
 * maximum is refused at once, without looking inside it: 100,000 FAQ entries cost nothing.
 *
 * What is already clean comes back as it is: an object without unknown keys whose values all
 * came back unchanged is returned itself, not copied, and so is such a list — checking a large
 * listing then allocates next to nothing (no copies for the garbage collector to move), and a
 * path is made only for a problem.
 */
export function validate(
  shape: Shape,
  input: unknown,
  problems: Problem[],
  path = ""
): unknown {
  return check(shape, input, problems, path);
}

const whereOf = (at: Where, key: string | number | undefined): Where =>
  key === undefined ? at : { at, key };

/** Reports a problem with the value `key` under `at` (a plain function: checking makes no closures). */
function fail(
  problems: Problem[],
  at: Where,
  key: string | number | undefined,
  message: string
): void {
  problems.push({ path: pathOf(whereOf(at, key)), message });
}

/** `at` and `key`: the value is `key` under `at` (no key: at `at` itself), put together only when needed. */
function check(
  shape: Shape,
  input: unknown,
  problems: Problem[],
  at: Where,
  key?: string | number
): unknown {
  if (shape.type === "optional")
    return input === undefined
      ? input
      : check(shape.inner, input, problems, at, key);
  if (shape.type === "enum") {
    if (!shape.values.includes(input)) {
      fail(
        problems,
        at,
        key,
        input === undefined
          ? MESSAGES.required
          : shape.message?.replace("%", () => JSON.stringify(input)) ??
              MESSAGES.value(shape.values, input)
      );
    }
    return input;
  }
  const expected = shape.type === "union" ? "object" : shape.type;
  if (
    kindOf(input) !== expected ||
    (expected === "number" && !Number.isFinite(input))
  ) {
    fail(
      problems,
      at,
      key,
      input === undefined ? MESSAGES.required : MESSAGES.type(expected, input)
    );
    return input;
  }
  if (shape.type === "union") {
    const tag = Object.hasOwn(input as object, shape.key)
      ? (input as Record<string, unknown>)[shape.key]
      : undefined;
    const option =
      typeof tag === "string" && Object.hasOwn(shape.options, tag)
        ? shape.options[tag]
        : undefined;
    if (option) return check(option, input, problems, at, key);
    problems.push({
      path: pathOf({ at: whereOf(at, key), key: shape.key }),
      message:
        tag === undefined
          ? MESSAGES.required
          : MESSAGES.value(Object.keys(shape.options), tag),
    });
    return input;
  }
  if (shape.type === "boolean") return input;
  if (shape.type === "number") {
    for (const c of shape.checks ?? [])
      if ("gte" in c && (input as number) < c.gte)
        fail(problems, at, key, MESSAGES.tooSmall(c.gte));
    return input;
  }
  if (shape.type === "object") {
    const object = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    const where = whereOf(at, key);
    let known = 0;
    let same = true;
    for (const name of Object.keys(shape.keys)) {
      const own = Object.hasOwn(object, name);
      const value = own ? object[name] : undefined;
      const result = check(shape.keys[name], value, problems, where, name);
      if (own) known++;
      if (result !== value) same = false;
      if (result !== undefined || own) output[name] = result;
    }
    return same && known === Object.keys(object).length ? object : output;
  }
  const value = input as string | unknown[];
  for (const c of shape.checks ?? []) {
    if ("max" in c && value.length > c.max) {
      if (shape.type === "array") {
        fail(problems, at, key, MESSAGES.tooManyItems(c.max, value.length));
        return input;
      }
      fail(problems, at, key, MESSAGES.tooLong(c.max, value.length));
    } else if ("min" in c && value.length < c.min)
      fail(problems, at, key, MESSAGES.tooFewItems(c.min));
    else if ("pattern" in c && !c.pattern.test(value as string))
      fail(problems, at, key, c.message);
  }
  if (shape.type === "string") return value;
  const output: unknown[] = [];
  const where = whereOf(at, key);
  let same = true;
  for (let i = 0; i < value.length; i++) {
    const result = check(shape.item, value[i], problems, where, i);
    if (result !== value[i]) same = false;
    output.push(result);
  }
  return same ? value : output;
}
