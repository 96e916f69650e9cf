/**
 * An opening's entry in a listing of openings, and the listing's order: one copy, shared by
 * `npm run data:index` (scripts/openings-index.ts, data/openings/index.json) and the feeds.
 * DOM-free, and no zod: types only.
 */
import type { Opening, OpeningIndexEntry } from '../schema/opening.js';

/** The listing's entry of an opening: its own fields, in the listing's order, and where its page is. */
export function openingIndexEntry(o: Opening, href: string): OpeningIndexEntry {
  // JSON drops the fields the opening does not have
  return JSON.parse(
    JSON.stringify({
      id: o.id,
      title: o.title,
      role: o.role,
      organization: o.organization.name,
      department: o.department,
      team: o.team,
      employmentType: o.employmentType,
      workplace: o.workplace,
      locations: o.locations,
      remoteFrom: o.remoteFrom,
      salary: o.salary,
      posted: o.posted,
      validThrough: o.validThrough,
      href,
    }),
  ) as OpeningIndexEntry;
}

/** The listing's order: newest first, then by id, so it is stable. */
export const newestFirst = (a: { posted: string; id: string }, b: { posted: string; id: string }): number =>
  b.posted.localeCompare(a.posted) || a.id.localeCompare(b.id);
