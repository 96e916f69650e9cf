import * as z from 'zod/mini';
import { DEFAULT_LANGUAGE, RoleSchema, type Role } from './role.js';
import { RoleIndexSchema, type RoleIndex } from './role-index.js';

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

/** JSON value kinds in words a content editor reads. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true/false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** The kind of a JSON value in words: "text", "a number", "a list". */
export const describeValue = (value: unknown): string => {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return KINDS[kind] ?? kind;
};

/** Readable messages for zod's issue codes; checks with their own `error` text keep it. */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return issue.code === 'invalid_type'
        ? `expected ${KINDS[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(issue.input)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has too many items (at most ${issue.maximum})`
        : `is too long (at most ${issue.maximum} characters, got ${String(issue.input ?? '').length})`;
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${issue.minimum} item` : 'must not be empty';
    default:
      return undefined;
  }
};

/** Runs a zod schema and turns its issues into readable problems. */
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
  const result = parseWith(RoleSchema, input);
  if (result.ok) result.value.language ??= DEFAULT_LANGUAGE;
  return result as ParseResult<Role>;
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
export const parseRoleIndex = (input: unknown): ParseResult<RoleIndex> => parseWith(RoleIndexSchema, input);
