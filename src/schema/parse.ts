import { DEFAULT_LANGUAGE } from './constants.js';
import type { Role } from './role.js';
import type { RoleIndex } from './role-index.js';
import { ROLE_INDEX_SHAPE, ROLE_SHAPE } from './shapes.js';
import { validate, type Shape } from './validate.js';

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
