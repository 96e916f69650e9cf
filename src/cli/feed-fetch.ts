/// <reference types="node" />
/**
 * One HTTP GET for `rolekit feed`, the way a polite build step makes it: a timeout for the whole
 * exchange, a size limit on the body, and retries with backoff on 5xx, 429 and dropped
 * connections, honouring Retry-After up to a cap.
 */

export interface FetchOptions {
  /** For the whole exchange, headers and body (default 30 s). */
  timeoutMs?: number;
  /** Largest body accepted (default 64 MB). */
  maxBytes?: number;
  /** Further tries after a 5xx, a 429, a timeout or a dropped connection (default 3). */
  retries?: number;
  /** First backoff; doubled on each retry (default 500 ms). */
  backoffMs?: number;
  /** Longest wait a Retry-After may ask for; a longer one gives up at once (default 60 s). */
  maxWaitMs?: number;
  /** `manual`: a redirect is answered as it is, not followed. */
  redirect?: 'follow' | 'manual';
  accept?: string;
  /** For tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface FetchedText {
  status: number;
  contentType: string;
  text: string;
}

/** The request could not be answered: what went wrong, in words a user can act on. */
export class FetchFailure extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULTS = { timeoutMs: 30_000, maxBytes: 64 * 1024 * 1024, retries: 3, backoffMs: 500, maxWaitMs: 60_000 };
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const retryable = (status: number) => status === 429 || status >= 500;
const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 100) / 100} MB`;

/** Seconds or an HTTP date, as RFC 9110 §10.2.3 allows; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** GET `url`: its status and text (any status but a retryable one); throws only FetchFailure. */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchedText> {
  const o = { ...DEFAULTS, ...options };
  const wait = options.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= o.retries;
    const backoff = o.backoffMs * 2 ** attempt;
    let outcome: FetchedText | { retry: string; waitMs?: number };
    try {
      outcome = await once(url, o);
    } catch (error) {
      if (error instanceof FetchFailure) throw error;
      outcome = { retry: describe(error, o.timeoutMs) };
    }
    if (!('retry' in outcome)) return outcome;
    const tries = `${attempt + 1} ${attempt === 0 ? 'try' : 'tries'}`;
    if (last) throw new FetchFailure(url, `${outcome.retry} (after ${tries})`);
    if (outcome.waitMs !== undefined && outcome.waitMs > o.maxWaitMs) {
      throw new FetchFailure(url, `${outcome.retry}, and asks to wait ${Math.ceil(outcome.waitMs / 1000)} s (more than ${Math.round(o.maxWaitMs / 1000)} s): try again later`);
    }
    await wait(outcome.waitMs ?? backoff);
  }
}

async function once(url: string, o: typeof DEFAULTS & FetchOptions): Promise<FetchedText | { retry: string; waitMs?: number }> {
  const signal = AbortSignal.timeout(o.timeoutMs);
  const response = await fetch(url, {
    signal,
    redirect: o.redirect ?? 'follow',
    headers: { accept: o.accept ?? 'application/json', 'user-agent': 'rolekit-feed (+https://www.npmjs.com/package/rolekit)' },
  });
  if (retryable(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    return { retry: `HTTP ${response.status}`, waitMs: retryAfterMs(response.headers.get('retry-after')) };
  }
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length > o.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchFailure(url, `the response is ${mb(length)}, more than the limit of ${mb(o.maxBytes)}`);
  }
  const text = await readLimited(url, response, o.maxBytes);
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
}

async function readLimited(url: string, response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchFailure(url, `the response is larger than the limit of ${mb(maxBytes)}`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** A dropped connection or a timeout, in words. */
function describe(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = e.cause?.code ?? e.cause?.message;
  if (e.message === 'terminated') return 'the connection closed before the whole response arrived';
  return cause ? `the request failed (${cause})` : `the request failed (${e.message ?? String(error)})`;
}
