import type { OpeningIndex } from '../../schema/opening.js';
import type { ParseResult } from '../../schema/parse.js';
import type * as Feeds from '../../feeds/browser.js';
import { feedSource } from '../../feeds/urls.js';

/**
 * An ATS's response, fetched for `<rk-openings feed>`, as a listing of openings. The adapters
 * (src/feeds/, with their HTML parser) load here, on first use: a list without `feed` never fetches them.
 */
export async function listingOfFeed(feed: string, organization: string | undefined, response: unknown): Promise<ParseResult<OpeningIndex>> {
  const source = feedSource(feed);
  if (!source.ok) return { ok: false, problems: [{ path: 'feed', message: source.message }] };
  let feeds: typeof Feeds;
  try {
    feeds = await import('../../feeds/browser.js');
  } catch (error) {
    return { ok: false, problems: [{ path: 'feed', message: `the code that reads feeds did not load: ${(error as Error).message}` }] };
  }
  return feeds.listingFromFeed(source.ats, response, organization ? { organization: { name: organization } } : {});
}
