/**
 * Long work in slices: work written as a generator that yields now and then (every few hundred
 * items) runs either at once, to the end (`runNow` — small inputs, and the server), or a few
 * milliseconds at a time between the page's other tasks (`runInSlices`), so no task is long
 * (the Long Tasks API counts 50 ms) and the page keeps answering input and painting. One code
 * path either way: the same generator gives the same result.
 */

/** The work: yields to say "a good moment to pause", returns the result. */
export type Work<T> = Generator<void, T, void>;

/** Runs the work to its end now. */
export function runNow<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Milliseconds of work per task: well under a frame, so typing and painting go on between slices. */
const BUDGET = 8;

/** Waiting slices, resumed one per message. */
const waiting: (() => void)[] = [];
/** One channel, kept for the page's lifetime: a channel no one holds may be collected with its message unsent. */
let channel: MessageChannel | undefined;

/**
 * The next task, queued behind whatever the page has queued already (a message: nested
 * `setTimeout(0)` would wait ≥ 4 ms each). Not `scheduler.yield()`: its continuations go before
 * the page's own tasks, so the page's timers would wait for the whole work.
 */
function nextTask(): Promise<void> {
  // Node (tests, tools): setImmediate, which, unlike a message port, does not keep the process alive
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Runs the work about `BUDGET` ms per task until it ends. `cancelled()` is asked between
 * slices: when it says so, the work stops and the promise resolves with `undefined`.
 */
export async function runInSlices<T>(work: Work<T>, cancelled: () => boolean = () => false): Promise<T | undefined> {
  for (;;) {
    const start = performance.now();
    while (performance.now() - start < BUDGET) {
      const step = work.next();
      if (step.done) return step.value;
    }
    await nextTask();
    if (cancelled()) {
      work.return(undefined as T);
      return undefined;
    }
  }
}

/** Items sorted natively at once; larger arrays are sorted in runs of this size, then merged. */
const RUN = 4096;

/**
 * Sorts `items` in place (stable, like `Array.prototype.sort`), yielding between runs and every
 * few thousand merged items: 100,000 titles sort in slices of a few ms, not one task of ~80 ms.
 */
export function* sortInSlices<T>(items: T[], compare: (a: T, b: T) => number): Work<T[]> {
  const n = items.length;
  for (let start = 0; start < n; start += RUN) {
    const run = items.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i++) items[start + i] = run[i];
    yield;
  }
  let from = items;
  let to: T[] = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(left + width, n);
      const end = Math.min(left + 2 * width, n);
      let i = left;
      let j = middle;
      for (let k = left; k < end; k++) {
        // ties keep the left run's item first: stable
        to[k] = j >= end || (i < middle && compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
        if ((k & 4095) === 4095) yield;
      }
    }
    [from, to] = [to, from];
  }
  if (from !== items) for (let k = 0; k < n; k++) items[k] = from[k];
  return items;
}
