/**
 * What `<rk-openings feed>` loads on first use (never before): the adapters of the feeds a
 * browser can read, and the step from an ATS's response to a listing the list shows.
 */
import type { OpeningIndex } from '../schema/opening.js';
import type { Problem } from '../schema/parse.js';
import { ashby } from './ashby.js';
import { greenhouse } from './greenhouse.js';
import { lever } from './lever.js';
import type { Adapter, FeedOptions } from './types.js';
import type { BrowserFeed } from './urls.js';

const ADAPTERS: Record<BrowserFeed, Adapter> = { greenhouse, lever, ashby };

/**
 * An ATS's response as a listing of openings, each linking to its posting at the ATS (a page that
 * reads the feed in the browser has no opening pages of its own). The jobs that have problems are
 * left out (the problems go to the console, with their paths); when none is left and some had
 * errors, the problems come back instead, for the list's error state.
 */
export function listingFromFeed(ats: BrowserFeed, response: unknown, options: FeedOptions): { ok: true; value: OpeningIndex } | { ok: false; problems: Problem[] } {
  const { openings, index: listed, problems } = ADAPTERS[ats](response, options);
  const posting = new Map(openings.map((o) => [o.id, o.applyUrl]));
  const index = { ...listed, openings: listed.openings.map((entry) => ({ ...entry, href: posting.get(entry.id) ?? entry.href })) };
  const errors = problems.filter((p) => p.severity === 'error');
  if (problems.length) console.warn(`rolekit: ${ats} feed: ${problems.length} problem(s)`, problems);
  if (!index.openings.length && errors.length) return { ok: false, problems: errors.map((p) => ({ path: p.path, message: p.job ? `job ${p.job}: ${p.message}` : p.message })) };
  return { ok: true, value: index };
}
