/// <reference types="node" />
/**
 * Where each ATS keeps its public job board, and how to fetch all of it: the URL per board, paging
 * (Lever, SmartRecruiters), one detail request per job (SmartRecruiters), and what a missing board
 * looks like. The result is what that ATS's adapter takes (src/feeds/<ats>.ts).
 */
import { FEED_ENDPOINTS } from '../feeds/urls.js';
import { FetchFailure, fetchText, type FetchedText, type FetchOptions } from './feed-fetch.js';

export const ATS_NAMES = ['greenhouse', 'lever', 'ashby', 'workable', 'recruitee', 'smartrecruiters', 'personio'] as const;
export type AtsName = (typeof ATS_NAMES)[number];

export interface SourceOptions {
  /** Replaces the ATS's own origin (`{board}` is filled in): for tests, a proxy, or a custom careers domain. */
  baseUrl?: string;
  /** Lever's EU host (api.eu.lever.co). */
  region?: 'eu';
  /** Personio's `language=` (its default is German). */
  language?: string;
  fetch?: FetchOptions;
  /** Detail requests done so far (SmartRecruiters). */
  progress?: (done: number, total: number) => void;
}

interface Source {
  label: string;
  /** What the board part of `<ats>:<board>` is called in that ATS. */
  board: string;
  base: (options: SourceOptions) => string;
  get: (base: string, board: string, options: SourceOptions) => Promise<unknown>;
}

/** The board does not exist (or does not publish): a message naming the ATS and the board. */
export class NoBoardError extends Error {}

const PAGE = 100;
/** 1,000 pages of 100: more than any board; a server that ignores paging stops here. */
const MAX_PAGES = 1000;
const DETAIL_CONCURRENCY = 4;

export const SOURCES: Record<AtsName, Source> = {
  greenhouse: {
    label: 'Greenhouse',
    board: 'board token',
    base: () => FEED_ENDPOINTS.greenhouse.origin,
    get: (base, board, o) => getJson(SOURCES.greenhouse, board, `${base}${FEED_ENDPOINTS.greenhouse.path(board)}`, o),
  },
  lever: {
    label: 'Lever',
    board: 'site name (an EU board needs --region eu)',
    base: (o) => (o.region === 'eu' ? 'https://api.eu.lever.co' : FEED_ENDPOINTS.lever.origin),
    get: getLever,
  },
  ashby: {
    label: 'Ashby',
    board: 'job board name',
    base: () => FEED_ENDPOINTS.ashby.origin,
    get: (base, board, o) => getJson(SOURCES.ashby, board, `${base}${FEED_ENDPOINTS.ashby.path(board)}`, o),
  },
  workable: {
    label: 'Workable',
    board: 'account slug',
    base: () => 'https://apply.workable.com',
    get: (base, board, o) => getJson(SOURCES.workable, board, `${base}/api/v1/widget/accounts/${board}?details=true`, o),
  },
  recruitee: {
    label: 'Recruitee',
    board: 'company subdomain (or give a custom careers domain with --base-url)',
    base: () => 'https://{board}.recruitee.com',
    get: (base, board, o) => getJson(SOURCES.recruitee, board, `${base}/api/offers/`, o),
  },
  smartrecruiters: {
    label: 'SmartRecruiters',
    board: 'company identifier',
    base: () => 'https://api.smartrecruiters.com',
    get: getSmartRecruiters,
  },
  personio: {
    label: 'Personio',
    board: 'company subdomain, and that its XML feed is switched on',
    base: () => 'https://{board}.jobs.personio.de',
    get: getPersonio,
  },
};

/** A board name that is safe in a path and a host name: letters, digits, `.`, `_`, `-`. */
export const BOARD_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Fetches the whole board `board` of `ats`: the response its adapter takes. Throws NoBoardError or FetchFailure. */
export async function fetchBoard(ats: AtsName, board: string, options: SourceOptions = {}): Promise<unknown> {
  const source = SOURCES[ats];
  const base = (options.baseUrl ?? source.base(options)).replace(/\/+$/, '').replaceAll('{board}', board);
  return source.get(base, board, options);
}

const noBoard = (source: Source, board: string) => new NoBoardError(`${source.label} has no board '${board}' — check the ${source.board}`);

async function getText(source: Source, board: string, url: string, o: SourceOptions, extra: FetchOptions = {}): Promise<FetchedText> {
  const got = await fetchText(url, { ...o.fetch, ...extra });
  if (got.status === 404 || got.status === 410 || (extra.redirect === 'manual' && got.status >= 300 && got.status < 400)) throw noBoard(source, board);
  if (got.status < 200 || got.status >= 300) throw new FetchFailure(url, `${source.label} answered HTTP ${got.status}`);
  return got;
}

async function getJson(source: Source, board: string, url: string, o: SourceOptions): Promise<unknown> {
  const got = await getText(source, board, url, o);
  try {
    return JSON.parse(got.text) as unknown;
  } catch {
    const start = got.text.trimStart().slice(0, 60).replace(/\s+/g, ' ');
    throw new FetchFailure(url, `${source.label} answered with something that is not JSON${got.contentType ? ` (${got.contentType})` : ''}: ${JSON.stringify(start)}${got.text.length > 60 ? '…' : ''}`);
  }
}

/** Lever: pages of `limit` from `skip` until a short page. */
async function getLever(base: string, board: string, o: SourceOptions): Promise<unknown> {
  const all: unknown[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = `${base}/v0/postings/${board}?mode=json&skip=${page * PAGE}&limit=${PAGE}`;
    const rows = await getJson(SOURCES.lever, board, url, o);
    if (!Array.isArray(rows)) {
      if (page === 0) return rows; // the adapter names the unknown shape
      throw new FetchFailure(url, `Lever answered page ${page + 1} with something that is not a list of postings`);
    }
    // a server that ignores skip sends the first page again
    if (page > 0 && rows.length > 0 && sameId(rows[0], all[0])) break;
    all.push(...rows);
    if (rows.length < PAGE) break;
  }
  return all;
}

const sameId = (a: unknown, b: unknown) => typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && 'id' in a && 'id' in b && a.id === b.id;

/**
 * SmartRecruiters: the postings list in pages of 100 (by offset, up to totalFound), then one
 * detail request per posting — `{ postings, details }`, what its adapter takes. A posting whose
 * detail is gone (404) is left out of `details`; the adapter reports it.
 */
async function getSmartRecruiters(base: string, board: string, o: SourceOptions): Promise<unknown> {
  const postings: unknown[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = `${base}/v1/companies/${board}/postings?limit=${PAGE}&offset=${page * PAGE}`;
    const body = await getJson(SOURCES.smartrecruiters, board, url, o);
    const content = (body as { content?: unknown } | null)?.content;
    if (!Array.isArray(content)) {
      if (page === 0) return body;
      throw new FetchFailure(url, `SmartRecruiters answered page ${page + 1} without a list of postings (content)`);
    }
    postings.push(...content);
    const total = (body as { totalFound?: unknown }).totalFound;
    if (content.length < PAGE || (typeof total === 'number' && postings.length >= total)) break;
  }
  const ids = postings.map((p) => (p as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string' && BOARD_PATTERN.test(id));
  const details: Record<string, unknown> = {};
  let done = 0;
  o.progress?.(0, ids.length);
  const next = ids.values();
  let failed = false;
  const worker = async () => {
    for (const id of next) {
      if (failed) return; // one detail failed for good: the others stop asking
      const url = `${base}/v1/companies/${board}/postings/${id}`;
      try {
        details[id] = await getJson(SOURCES.smartrecruiters, board, url, o);
      } catch (error) {
        if (!(error instanceof NoBoardError)) {
          failed = true;
          throw error;
        }
      }
      o.progress?.(++done, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DETAIL_CONCURRENCY, ids.length) }, worker));
  return { postings, details };
}

/** Personio: XML text. An unknown company is redirected to personio.com, so redirects are not followed. */
async function getPersonio(base: string, board: string, o: SourceOptions): Promise<unknown> {
  const url = `${base}/xml?language=${encodeURIComponent(o.language ?? 'en')}`;
  const got = await getText(SOURCES.personio, board, url, o, { redirect: 'manual', accept: 'application/xml, text/xml' });
  return { board, xml: got.text };
}
