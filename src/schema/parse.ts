import * as z from 'zod/mini';
import { DEFAULT_LANGUAGE } from './constants.js';
import type { Role } from './role.js';
import type { RoleIndex } from './role-index.js';
import { ROLE_INDEX_SHAPE, ROLE_SHAPE } from './shapes.js';
import { MESSAGES, validate, type Shape } from './validate.js';

export { describeValue } from './validate.js';

/** One thing wrong with a document: where (a JSON path such as `faq[2].answer`) and what. */
export interface Problem {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** "faq[2].answer: expected text, got a number" */
export const formatProblem = (p: Problem): string => (p.path ? `${p.path}: ${p.message}` : p.message);

/** `['faq', 2, 'answer']` → `faq[2].answer`. (Reported keys are the schema's own: plain names.) */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');

/** Readable messages for zod's issue codes (the same words the compiled validator uses); checks
 * with their own `error` text keep it. */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
      if (issue.input === undefined) return MESSAGES.required;
      return issue.code === 'invalid_type'
        ? MESSAGES.type(issue.expected, issue.input)
        : MESSAGES.value(issue.values, issue.input);
    case 'too_big':
      return issue.origin === 'array'
        ? MESSAGES.tooManyItems(Number(issue.maximum), (issue.input as unknown[]).length)
        : MESSAGES.tooLong(Number(issue.maximum), String(issue.input ?? '').length);
    case 'too_small':
      return issue.origin === 'array' ? MESSAGES.tooFewItems(Number(issue.minimum)) : 'must not be empty';
    default:
      return undefined;
  }
};

/**
 * Runs a zod schema and turns its issues into readable problems. `parseRole` and
 * `parseRoleIndex` use the schemas' compiled form instead (same verdicts, no zod at run time);
 * this is for your own zod schemas built from rolekit's.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  const result = z.safeParse(schema, input, { error: errorMap });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/**
 * Validates a role document (already parsed from JSON). Returns the typed role, with defaults
 * applied and unknown keys dropped, or every problem found, each with its JSON path.
 */
export function parseRole(input: unknown): ParseResult<Role> {
  const result = check<Role>(ROLE_SHAPE, input);
  if (result.ok) result.value.language ??= DEFAULT_LANGUAGE;
  return result;
}

function check<T>(shape: Shape, input: unknown): ParseResult<T> {
  const problems: Problem[] = [];
  const value = validate(shape, input, problems) as T;
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** Parses JSON text, then validates it as a role. Text that is not JSON is one problem. */
export function parseRoleText(text: string): ParseResult<Role> {
  const json = parseJson(text);
  return json.ok ? parseRole(json.value) : json;
}

/** `JSON.parse` that reports instead of throwing. */
export function parseJson(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON (${(error as Error).message})` }] };
  }
}

/** Validates a role listing (data/index.json). */
export const parseRoleIndex = (input: unknown): ParseResult<RoleIndex> => check(ROLE_INDEX_SHAPE, input);
