/**
 * The listing of openings, data/openings/index.json, built from the opening files
 * (data/openings/*.json): what a list row shows and filters on, and where each opening lives.
 * `npm run data:index` (scripts/data-index.ts) writes it beside data/index.json; `--check` fails
 * when it has drifted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { formatProblem, parseOpening, parseOpeningIndex } from '../src/schema/index.js';
import type { OpeningIndex, OpeningIndexEntry } from '../src/schema/index.js';
import { newestFirst, openingIndexEntry } from '../src/feeds/listing.js';

export const OPENINGS_DIR = 'data/openings';
export const OPENINGS_OUT = `${OPENINGS_DIR}/index.json`;
export const OPENING_FILES = readdirSync(OPENINGS_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((f) => `${OPENINGS_DIR}/${f}`);

/** Where each opening's page lives on the demo site. */
export const openingHref = (id: string): string => `/jobs/${id}/`;

/** The listing: newest first (then by id, so the order is stable), every entry checked. */
export function buildOpeningsIndex(files = OPENING_FILES): OpeningIndex {
  const openings = files.map((file): OpeningIndexEntry => {
    const result = parseOpening(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.ok) throw new Error(`${file}: ${result.problems.map(formatProblem).join('; ')}`);
    const o = result.value;
    if (`${OPENINGS_DIR}/${o.id}.json` !== file) throw new Error(`${file}: its id is ${JSON.stringify(o.id)}; the file must be named after it`);
    return openingIndexEntry(o, openingHref(o.id));
  });
  openings.sort(newestFirst);
  const index = { openings };
  const checked = parseOpeningIndex(index);
  if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('; '));
  return index;
}
