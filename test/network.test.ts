// Failing networks: each failure ends in the right state and event; transient ones (network
// errors, 5xx, 429) are retried at most twice with exponential backoff and jitter, honouring
// Retry-After; other 4xx never are; the error state's Retry button loads again.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/define.js';
import { DutiesElement } from '../src/elements/duties/duties.js';
import { backoff, clearFetchCache, retryPolicy } from '../src/internal/fetch-json.js';
import { cleanup, loadSeed, SEED_URL, settle, shadow } from './helpers.js';

let key = 0;
/** A fresh key for the flaky endpoint, so each test counts its own requests. */
const flaky = (query: string) => {
  const k = `t${Date.now()}-${++key}`;
  return { k, url: `/__rk/flaky/${k}?${query}&src=${SEED_URL}` };
};
const hits = async (k: string): Promise<number[]> => (await fetch(`/__rk/hits/${k}`)).json();
const errorOf = (el: Element) => shadow(el).querySelector('[part="error"]');
const nextEvent = (el: Element) =>
  new Promise<CustomEvent>((resolve) => {
    const on = (e: Event) => {
      el.removeEventListener('rk-ready', on);
      el.removeEventListener('rk-error', on);
      resolve(e as CustomEvent);
    };
    el.addEventListener('rk-ready', on);
    el.addEventListener('rk-error', on);
  });

describe('failing networks', () => {
  const realRandom = Math.random;
  beforeEach(() => clearFetchCache());
  afterEach(() => {
    retryPolicy.delay = 5;
    Math.random = realRandom;
    cleanup();
  });

  it('503 twice, then the file: retried with exponential backoff, and ready', async () => {
    retryPolicy.delay = 100;
    Math.random = () => 0; // the smallest jitter: waits of 50 then 100 ms
    const { k, url } = flaky('fail=2&status=503');
    const { el, event } = await settle(html`<rk-duties src=${url}></rk-duties>`);
    expect(event.type).to.equal('rk-ready');
    expect(shadow(el).querySelectorAll('li')).to.have.length(10);
    const [t0, t1, t2] = await hits(k);
    expect(t1 - t0).to.be.at.least(45);
    expect(t2 - t1).to.be.at.least(95);
  });

  it('the waits double each time, with random jitter of 0.5–1 (no two pages retry in step)', () => {
    retryPolicy.delay = 500;
    expect([backoff(0, 0), backoff(0, 1), backoff(1, 0), backoff(1, 1)]).to.deep.equal([250, 500, 500, 1000]);
    const waits = new Set(Array.from({ length: 20 }, () => backoff(0)));
    expect(waits.size).to.be.greaterThan(1);
    for (const wait of waits) expect(wait).to.be.within(250, 500);
  });

  it('a 5xx that persists: 3 requests in all, then the error state, whose Retry loads again', async () => {
    const { k, url } = flaky('fail=4&status=500');
    const { el, event } = await settle(html`<rk-duties src=${url}></rk-duties>`);
    expect(event.detail).to.include({ kind: 'http', status: 500 });
    expect(await hits(k)).to.have.length(3);
    expect(errorOf(el)!.textContent).to.include('The server answered 500.');
    // the 4th request fails, the 5th serves the file
    const next = nextEvent(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    expect((await next).type).to.equal('rk-ready');
    expect(await hits(k)).to.have.length(5);
  });

  for (const status of [400, 401, 403, 404, 410]) {
    it(`HTTP ${status} is never retried, and offers no Retry`, async () => {
      const { k, url } = flaky(`fail=1&status=${status}`);
      const { el, event } = await settle(html`<rk-duties src=${url}></rk-duties>`);
      expect(event.detail).to.include({ kind: 'http', status });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await hits(k)).to.have.length(1);
      expect(errorOf(el)!.querySelector('button')).to.equal(null);
    });
  }

  it('429 with Retry-After: the next request waits as long as the server asked', async () => {
    const { k, url } = flaky('fail=1&status=429&retryAfter=1');
    const { event } = await settle(html`<rk-duties src=${url}></rk-duties>`);
    expect(event.type).to.equal('rk-ready');
    const [t0, t1] = await hits(k);
    expect(t1 - t0).to.be.at.least(950);
  });

  it('429 asking for a long wait is not retried automatically; Retry is offered', async () => {
    const { k, url } = flaky('fail=1&status=429&retryAfter=3600');
    const { el, event } = await settle(html`<rk-duties src=${url}></rk-duties>`);
    expect(event.detail).to.include({ kind: 'http', status: 429 });
    expect(await hits(k)).to.have.length(1);
    const next = nextEvent(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    expect((await next).type).to.equal('rk-ready');
  });

  /** Counts the page's own fetch calls (a browser may silently resend a request whose reused connection dropped). */
  const countFetches = () => {
    const realFetch = window.fetch;
    const counter = { calls: 0, restore: () => (window.fetch = realFetch) };
    window.fetch = (...args) => (counter.calls++, realFetch(...args));
    return counter;
  };

  it('a dropped connection is a network error, retried: once dropped, then ready', async () => {
    const fetches = countFetches();
    try {
      const { url } = flaky('fail=1&status=drop');
      const { event } = await settle(html`<rk-duties src=${url}></rk-duties>`);
      expect(event.type).to.equal('rk-ready');
      expect(fetches.calls).to.equal(2);
    } finally {
      fetches.restore();
    }
  });

  it('a connection that always drops: 3 tries, then a network error with Retry', async () => {
    const fetches = countFetches();
    try {
      const { url } = flaky('fail=99&status=drop');
      const { el, event } = await settle(html`<rk-duties src=${url}></rk-duties>`);
      expect(event.detail.kind).to.equal('network');
      expect(fetches.calls).to.equal(3);
      expect(errorOf(el)!.textContent).to.include('Check your connection and try again.');
      expect(errorOf(el)!.querySelector('button')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('an HTML page with status 200 is a parse error that names what came, never retried', async () => {
    const fetches = countFetches();
    try {
      const { el, event } = await settle(html`<rk-duties src="/__rk/status/200"></rk-duties>`);
      expect(event.detail.kind).to.equal('parse');
      expect(event.detail.problems[0].message).to.equal('the response is not valid JSON (text/html; charset=utf-8)');
      expect(errorOf(el)!.textContent).to.include('The file is not valid JSON.');
      expect(fetches.calls).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('a response over the size limit is refused from its Content-Length: "data too large"', async () => {
    const { el, event } = await settle(html`<rk-duties src="/__rk/big/5000000"></rk-duties>`);
    expect(event.detail.kind).to.equal('too-large');
    expect(event.detail.problems[0].message).to.equal('data too large: over 1 MB');
    expect(errorOf(el)!.textContent).to.include('The file is too large.');
    await expect(el).to.be.accessible();
  });

  it('a response of unannounced size is cut off as soon as it passes the limit', async () => {
    const { event } = await settle(html`<rk-faq src="/__rk/big/3000000?chunked"></rk-faq>`);
    expect(event.detail.kind).to.equal('too-large');
  });

  it('a board accepts a listing larger than a role may be (its limit is 48 MB)', async () => {
    // 1.5 MB of JSON that is not a listing: past the size check, refused by the schema instead
    const { event } = await settle(html`<rk-role-board no-url-sync src="/__rk/big/1500000?chunked"></rk-role-board>`);
    expect(event.detail.kind).to.equal('invalid');
  });

  it('100,000 FAQ entries through .data are refused at once as too large', async () => {
    const seed = await loadSeed();
    const faq = Array.from({ length: 100_000 }, (_, i) => ({ question: `Q${i}?`, answer: 'A.' }));
    for (const tag of ['rk-faq', 'rk-role-page']) {
      const t = unsafeStatic(tag);
      const { el, event } = await settle(staticHtml`<${t} .data=${{ ...seed, faq }}></${t}>`);
      expect(event.detail.kind).to.equal('invalid');
      expect(event.detail.problems).to.deep.equal([{ path: 'faq', message: 'too large: 100000 items, at most 100' }]);
      expect(errorOf(el)!.textContent).to.include('faq: too large: 100000 items, at most 100');
    }
  });

  it('a request is given up after `timeout` ms: 10 s unless the attribute says otherwise', async () => {
    const real = AbortSignal.timeout;
    const asked: number[] = [];
    AbortSignal.timeout = (ms: number) => (asked.push(ms), real.call(AbortSignal, ms));
    try {
      const { el } = await settle<DutiesElement>(html`<rk-duties src=${SEED_URL}></rk-duties>`);
      expect(el.timeout).to.equal(10_000);
      const { event } = await settle(html`<rk-duties timeout="150" src="/__rk/slow/1000?src=${SEED_URL}"></rk-duties>`);
      expect(event.detail.kind).to.equal('timeout');
      expect(asked).to.deep.equal([10_000, 150]);
    } finally {
      AbortSignal.timeout = real;
    }
  });

  it('an element removed while its retries wait is quiet: no event, no more requests', async () => {
    retryPolicy.delay = 300;
    const { k, url } = flaky('fail=9&status=503');
    const events: Event[] = [];
    const el = document.createElement('rk-duties') as DutiesElement;
    el.addEventListener('rk-error', (e) => events.push(e));
    el.src = url;
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await hits(k)).to.have.length(1);
    expect(events).to.deep.equal([]);
  });
});

describe('a bug while rendering', () => {
  afterEach(cleanup);

  it('ends in the error state with an rk-error, never an exception in the host page', async () => {
    customElements.define(
      'rk-broken-duties',
      class extends DutiesElement {
        protected override renderReady(): never {
          throw new TypeError('boom');
        }
      },
    );
    const { el, event } = await settle(html`<rk-broken-duties .data=${await loadSeed()}></rk-broken-duties>`);
    expect(event.detail).to.deep.include({ kind: 'render', problems: [{ path: '', message: 'TypeError: boom' }] });
    expect(errorOf(el)!.getAttribute('role')).to.equal('alert');
    expect(errorOf(el)!.textContent).to.include('Something went wrong while showing it.');
    await expect(el).to.be.accessible();
  });
});
