import { DEFAULT_LANGUAGE } from './constants.js';
import type { Opening, OpeningIndex } from './opening.js';
import { OPENING_INDEX_SHAPE, OPENING_SHAPE } from './opening-shapes.js';
import { isExpired, linkProblems, openingWarnings, salaryProblems } from './opening-rules.js';
import type { ParseResult, Problem } from './parse.js';
import { validate } from './validate.js';

export { isExpired };

/**
 * A validated opening and why it will get no JobPosting (`warnings`, empty when it meets
 * Google's requirements) — or every problem found, each with its JSON path.
 */
export type OpeningResult = { ok: true; value: Opening; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Validates an opening document (already parsed from JSON) with the compiled form of
 * `OpeningSchema`: the typed opening, with `language` defaulting to "en" and unknown keys dropped,
 * or every problem, each with its JSON path (`description[2].items[0]: must not be empty`). A
 * salary's min above its max is a problem, and so is a description link whose text is not in its
 * block; an opening Google would not take as a JobPosting (no country anywhere, remote without
 * `remoteFrom`) is valid, with warnings that say why.
 */
export function parseOpening(input: unknown): OpeningResult {
  const problems: Problem[] = [];
  const value = validate(OPENING_SHAPE, input, problems) as Opening;
  if (!problems.length) problems.push(...salaryProblems(value.salary), ...linkProblems(value.description));
  if (problems.length) return { ok: false, problems };
  value.language ??= DEFAULT_LANGUAGE;
  return { ok: true, value, warnings: openingWarnings(value) };
}

/** Parses JSON text, then validates it as an opening. Text that is not JSON is one problem. */
export function parseOpeningText(text: string): OpeningResult {
  // parse.ts's parseJson, written again: importing it would bring the role's shapes along
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON (${(error as Error).message})` }] };
  }
  return parseOpening(json);
}

/**
 * Validates a listing of openings (data/openings/index.json): every entry as `OpeningIndexSchema`
 * says, and each salary's range as `parseOpening` checks it.
 */
export function parseOpeningIndex(input: unknown): ParseResult<OpeningIndex> {
  const problems: Problem[] = [];
  const value = validate(OPENING_INDEX_SHAPE, input, problems) as OpeningIndex;
  if (!problems.length) value.openings.forEach((entry, i) => problems.push(...salaryProblems(entry.salary, `openings[${i}].salary`)));
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
