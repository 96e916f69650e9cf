import type { RkErrorDetail } from '../events/rk-error.js';

/**
 * Failed loads, thrown in the shape the `rk-error` event reports (they never leave rolekit), with
 * the milliseconds the server asked to wait before another try (Retry-After), when it did.
 */
const failures = new WeakMap<object, number | undefined>();

function fail(kind: RkErrorDetail['kind'], message: string, src: string, status?: number, wait?: number): RkErrorDetail {
  const detail = { kind, src, status, problems: [{ path: '', message }] };
  failures.set(detail, wait);
  return detail;
}

export const isLoadError = (error: unknown): error is RkErrorDetail => failures.has(error as object);

/** Worth another try: the network failed, the server is overloaded (429) or broken (5xx). */
export const isTransient = ({ kind, status = 0 }: RkErrorDetail): boolean =>
  kind === 'network' || (kind === 'http' && (status === 429 || status >= 500));

/**
 * Automatic retries of transient failures: at most `retries`, after `delay` ms doubled each time
 * with random jitter (so a thousand pages do not retry in step), or after the server's
 * Retry-After when it sends one — unless that asks for more than `maxWait` ms.
 */
export const retryPolicy = { retries: 2, delay: 500, maxWait: 30_000 };

/** The wait before retry number `retry` (0-based): `delay`·2^retry, scaled by a jitter of 0.5–1. */
export const backoff = (retry: number, random = Math.random()): number =>
  retryPolicy.delay * 2 ** retry * (0.5 + random / 2);

/** Milliseconds the server asked to wait (Retry-After: seconds, or an HTTP date). */
function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const wait = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isNaN(wait) ? undefined : Math.max(0, wait);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** One try: fetch, check the status and size, parse. */
async function attempt(url: string, signal: AbortSignal, timeout: number, maxBytes: number): Promise<unknown> {
  const timer = AbortSignal.timeout(timeout);
  const both = AbortSignal.any([signal, timer]);
  const tooLarge = () => fail('too-large', `data too large: over ${maxBytes / 2 ** 20} MB`, url);
  let text: string;
  let type: string;
  try {
    // credentials omitted: role files are public, and the host page's cookies are not ours to send
    const response = await fetch(url, { credentials: 'omit', signal: both });
    if (!response.ok) {
      void response.body?.cancel();
      throw fail('http', `HTTP ${response.status}`, url, response.status, retryAfter(response));
    }
    type = response.headers.get('content-type') ?? 'no content type';
    if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
    // counted as it arrives: a response without (or lying about) its length is cut off too
    const chunks: BlobPart[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let chunk; reader && !(chunk = await reader.read()).done; ) {
      size += chunk.value.length;
      if (size > maxBytes) {
        void reader.cancel();
        throw tooLarge();
      }
      chunks.push(chunk.value);
    }
    text = await new Blob(chunks).text();
  } catch (error) {
    if (isLoadError(error) || signal.aborted) throw error;
    throw timer.aborted
      ? fail('timeout', `no answer within ${timeout / 1000} s`, url)
      : fail('network', (error as Error).message || 'network error', url);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw fail('parse', `the response is not valid JSON (${type})`, url);
  }
}

/** Tries, and retries transient failures as `retryPolicy` says. */
async function request(url: string, signal: AbortSignal, timeout: number, maxBytes: number): Promise<unknown> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(url, signal, timeout, maxBytes);
    } catch (error) {
      if (!isLoadError(error) || !isTransient(error) || retry >= retryPolicy.retries) throw error;
      const wait = failures.get(error) ?? backoff(retry);
      if (wait > retryPolicy.maxWait) throw error;
      await sleep(wait, signal);
    }
  }
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/** One request per URL per page: every element naming the same URL shares it. */
const requests = new Map<string, Entry>();

/**
 * Fetches and parses JSON from `url`, sharing one request between every caller. A caller that
 * aborts stops waiting; the request itself is aborted only when no caller is left. Successful
 * results stay cached for the page's lifetime; failures are dropped so a retry fetches again.
 * Responses over `maxBytes` are refused as they arrive, before any parsing.
 */
export function fetchJson(url: string, signal: AbortSignal, timeout: number, maxBytes: number): Promise<unknown> {
  let entry = requests.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = {
      controller,
      users: 0,
      settled: false,
      promise: request(url, controller.signal, timeout, maxBytes),
    };
    created.promise.then(
      () => (created.settled = true),
      () => requests.get(url) === created && requests.delete(url),
    );
    requests.set(url, (entry = created));
  }
  const shared = entry;
  shared.users++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(signal.reason);
      if (--shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}

/** Forgets cached results, so the next load of each URL fetches again (tests, live editing). */
export const clearFetchCache = (): void => requests.clear();
