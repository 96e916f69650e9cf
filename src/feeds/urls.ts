/**
 * Where the ATSs whose public job-board APIs answer cross-origin requests keep a board's jobs:
 * what `<rk-openings feed="greenhouse:acme">` fetches in a browser (the CLI fetches these and the
 * rest). Tiny and adapter-free: the list element carries it; the adapters load only when used.
 */

/** The feeds a browser can read directly: their APIs send `Access-Control-Allow-Origin: *`. */
export const BROWSER_FEEDS = ['greenhouse', 'lever', 'ashby'] as const;
export type BrowserFeed = (typeof BROWSER_FEEDS)[number];

/** Each one's origin and the path of a board's jobs, everything the list needs in one response. */
export const FEED_ENDPOINTS: Record<BrowserFeed, { origin: string; path: (board: string) => string }> = {
  greenhouse: { origin: 'https://boards-api.greenhouse.io', path: (board) => `/v1/boards/${board}/jobs?content=true` },
  lever: { origin: 'https://api.lever.co', path: (board) => `/v0/postings/${board}?mode=json` },
  ashby: { origin: 'https://api.ashbyhq.com', path: (board) => `/posting-api/job-board/${board}?includeCompensation=true` },
};

/** A board's name in `<ats>:<board>`: the token, site or name the ATS gives it. */
const BOARD = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * `greenhouse:acme` → the ATS and the URL of the board's jobs, or what is wrong with it. `base`
 * replaces the ATS's origin (a proxy, Lever's EU host https://api.eu.lever.co, a test server).
 */
export function feedSource(feed: string, base?: string): { ok: true; ats: BrowserFeed; board: string; url: string } | { ok: false; message: string } {
  const [ats, board = '', ...rest] = feed.trim().split(':');
  if (!(BROWSER_FEEDS as readonly string[]).includes(ats)) {
    return { ok: false, message: `"${feed}" is not a feed a browser can read: give greenhouse:<board>, lever:<site> or ashby:<board> (other ATSs: build the openings with \`rolekit feed\`)` };
  }
  if (rest.length || !BOARD.test(board)) return { ok: false, message: `"${feed}" does not name a board: write ${ats}:<board>, e.g. ${ats}:acme` };
  const endpoint = FEED_ENDPOINTS[ats as BrowserFeed];
  return { ok: true, ats: ats as BrowserFeed, board, url: `${(base ?? endpoint.origin).replace(/\/+$/, '')}${endpoint.path(board)}` };
}
