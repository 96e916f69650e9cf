/**
 * The contract every ATS adapter keeps (DOM-free: Node, browsers, edge runtimes).
 * An adapter turns one ATS's public job-board response into rolekit openings and their listing.
 */
import type { DescriptionBlock, Opening, OpeningIndex, Organization } from '../schema/opening.js';

export type { DescriptionBlock };

/** One thing wrong with one job of a feed; the other jobs still come through. */
export interface FeedProblem {
  /** The ATS's id of the job, when the job has one. */
  job?: string;
  /** Where, in the ATS's own response: `jobs[3].location.name`. */
  path: string;
  message: string;
  /** `warning`: the job came through, with this said about it (e.g. no JobPosting). */
  severity: 'error' | 'warning';
}

export interface FeedOptions {
  /** The hiring organization, when the feed does not name it (most do not). */
  organization?: Organization;
  /** BCP 47 tag of the jobs' text (default "en"). */
  language?: string;
  /** The listing's `href` per opening (default `/jobs/{id}/`). */
  hrefTemplate?: string;
}

export interface FeedResult {
  /** Every job that became a valid opening, in the feed's order. */
  openings: Opening[];
  /** Their listing, as `parseOpeningIndex` accepts it. */
  index: OpeningIndex;
  problems: FeedProblem[];
}

/** One ATS: its public response (parsed JSON, or XML text for Personio) in, openings out. Never throws. */
export type Adapter<Response = unknown> = (response: Response, options?: FeedOptions) => FeedResult;
