import { OPENING_INDEX_SHAPE } from '../schema/opening-shapes.js';
import { salaryProblems } from '../schema/opening-rules.js';
import type { OpeningIndex } from '../schema/opening.js';
import { parseOpeningIndex } from '../schema/parse-opening.js';
import type { Shape } from '../schema/validate.js';
import type { ListingParser } from './parse-in-slices.js';

const ENTRIES = (OPENING_INDEX_SHAPE as unknown as { keys: { openings: { item: Shape; checks: { max?: number }[] } } }).keys.openings;

/** How a listing of openings is checked — a slice at a time when it is large — as `parseOpeningIndex` checks it. Both openings lists use it. */
export const OPENINGS_LISTING: ListingParser<OpeningIndex> = {
  parse: parseOpeningIndex,
  key: 'openings',
  item: ENTRIES.item,
  max: ENTRIES.checks.find((check) => check.max)!.max!,
  refine: (index: OpeningIndex) => index.openings.flatMap((entry, i) => salaryProblems(entry.salary, `openings[${i}].salary`)),
};
