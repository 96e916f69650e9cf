import type { RkErrorDetail } from '../events/rk-error.js';

/** Failed loads, thrown in the shape the `rk-error` event reports (they never leave rolekit). */
const failures = new WeakSet<object>();

function fail(kind: RkErrorDetail['kind'], message: string, src: string, status?: number): RkErrorDetail {
  const detail = { kind, src, status, problems: [{ path: '', message }] };
  failures.add(detail);
  return detail;
}

export const isLoadError = (error: unknown): error is RkErrorDetail => failures.has(error as object);

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/** One request per URL per page: every element naming the same URL shares it. */
const requests = new Map<string, Entry>();

async function request(url: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  const timer = AbortSignal.timeout(timeout);
  const both = AbortSignal.any([signal, timer]);
  let text: string;
  try {
    // credentials omitted: role files are public, and the host page's cookies are not ours to send
    const response = await fetch(url, { credentials: 'omit', signal: both });
    if (!response.ok) throw fail('http', `HTTP ${response.status}`, url, response.status);
    text = await response.text();
  } catch (error) {
    if (isLoadError(error) || signal.aborted) throw error;
    throw timer.aborted
      ? fail('timeout', `no answer within ${timeout / 1000} s`, url)
      : fail('network', (error as Error).message || 'network error', url);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw fail('parse', 'the response is not valid JSON', url);
  }
}

/**
 * Fetches and parses JSON from `url`, sharing one request between every caller. A caller that
 * aborts stops waiting; the request itself is aborted only when no caller is left. Successful
 * results stay cached for the page's lifetime; failures are dropped so a retry fetches again.
 */
export function fetchJson(url: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  let entry = requests.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, users: 0, settled: false, promise: request(url, controller.signal, timeout) };
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
