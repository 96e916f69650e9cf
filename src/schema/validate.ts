import type { Problem } from './parse.js';

/**
 * The compiled form of a zod schema (see scripts/shapes.ts): plain data a small interpreter
 * checks documents against, so validation needs no zod at run time — nor `eval`.
 */
export type Shape =
  | { type: 'string'; checks?: Check[] }
  | { type: 'array'; item: Shape; checks?: Check[] }
  | { type: 'object'; keys: Record<string, Shape> }
  | { type: 'optional'; inner: Shape }
  | { type: 'enum'; values: readonly unknown[]; message?: string }
  | { type: 'number'; checks?: Check[] }
  | { type: 'boolean' }
  /** Objects told apart by the text of one key (a zod discriminated union): `options` by that text. */
  | { type: 'union'; key: string; options: Record<string, Shape> };

/** Length limits (`max`, `min`) for text and lists, `gte` for numbers, `pattern` for text. */
export type Check = { max: number } | { min: number } | { gte: number } | { pattern: RegExp; message: string };

/** JSON value kinds in words a content editor reads. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true/false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** The kind of a JSON value in words: "text", "a number", "a list". */
export const describeValue = (value: unknown): string => KINDS[kindOf(value)] ?? kindOf(value);

/** The messages rolekit reports, shared by this validator and the zod error map in parse.ts. */
export const MESSAGES = {
  required: 'is required',
  type: (expected: string, input: unknown) =>
    // NaN and Infinity (possible through .data, never from JSON) are numbers no JSON can hold
    `expected ${KINDS[expected] ?? expected}, got ${expected === 'number' && typeof input === 'number' ? String(input) : describeValue(input)}`,
  value: (values: readonly unknown[], input: unknown) =>
    `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(input)}`,
  tooManyItems: (max: number, count: number) => `too large: ${count} items, at most ${max}`,
  tooLong: (max: number, length: number) => `is too long (at most ${max} characters, got ${length})`,
  tooFewItems: (min: number) => `must have at least ${min} item`,
  tooSmall: (min: number) => `must be at least ${min}`,
};

/**
 * Checks `input` against `shape` and returns the output: unknown keys dropped, like zod's
 * default. Problems are appended to `problems`, each with its JSON path. A list longer than its
 * maximum is refused at once, without looking inside it: 100,000 FAQ entries cost nothing.
 */
export function validate(shape: Shape, input: unknown, problems: Problem[], path = ''): unknown {
  const report = (message: string) => problems.push({ path, message });
  if (shape.type === 'optional') return input === undefined ? input : validate(shape.inner, input, problems, path);
  if (shape.type === 'enum') {
    if (!shape.values.includes(input)) {
      report(
        input === undefined
          ? MESSAGES.required
          : shape.message?.replace('%', () => JSON.stringify(input)) ?? MESSAGES.value(shape.values, input),
      );
    }
    return input;
  }
  const expected = shape.type === 'union' ? 'object' : shape.type;
  if (kindOf(input) !== expected || (expected === 'number' && !Number.isFinite(input))) {
    report(input === undefined ? MESSAGES.required : MESSAGES.type(expected, input));
    return input;
  }
  if (shape.type === 'union') {
    const tag = Object.hasOwn(input as object, shape.key) ? (input as Record<string, unknown>)[shape.key] : undefined;
    const option = typeof tag === 'string' && Object.hasOwn(shape.options, tag) ? shape.options[tag] : undefined;
    if (option) return validate(option, input, problems, path);
    problems.push({
      path: path ? `${path}.${shape.key}` : shape.key,
      message: tag === undefined ? MESSAGES.required : MESSAGES.value(Object.keys(shape.options), tag),
    });
    return input;
  }
  if (shape.type === 'boolean') return input;
  if (shape.type === 'number') {
    for (const check of shape.checks ?? []) if ('gte' in check && (input as number) < check.gte) report(MESSAGES.tooSmall(check.gte));
    return input;
  }
  if (shape.type === 'object') {
    const object = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const key of Object.keys(shape.keys)) {
      // own keys only: a `__proto__` or `constructor` in the data is data, never the prototype
      const value = Object.hasOwn(object, key) ? object[key] : undefined;
      const result = validate(shape.keys[key], value, problems, path ? `${path}.${key}` : key);
      if (result !== undefined || Object.hasOwn(object, key)) output[key] = result;
    }
    return output;
  }
  const value = input as string | unknown[];
  for (const check of shape.checks ?? []) {
    if ('max' in check && value.length > check.max) {
      if (shape.type === 'array') {
        report(MESSAGES.tooManyItems(check.max, value.length));
        return input;
      }
      report(MESSAGES.tooLong(check.max, value.length));
    } else if ('min' in check && value.length < check.min) report(MESSAGES.tooFewItems(check.min));
    else if ('pattern' in check && !check.pattern.test(value as string)) report(check.message);
  }
  if (shape.type === 'string') return value;
  // every index, holes of a sparse array included (`map` would skip them): a hole is a missing item
  const output: unknown[] = [];
  for (let i = 0; i < value.length; i++) output.push(validate(shape.item, value[i], problems, `${path}[${i}]`));
  return output;
}
