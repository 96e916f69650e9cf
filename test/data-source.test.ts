// How data comes in: one request per URL shared by every element, credentials omitted, a changed
// src aborts the old request (the latest wins), removal aborts, and .data set before definition.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define.js';
import { DutiesElement } from '../src/elements/duties/duties.js';
import { clearFetchCache } from '../src/internal/fetch-json.js';
import { cleanup, fixtureUrl, loadSeed, mount, SEED_URL, settle, shadow } from './helpers.js';

interface Call {
  url: string;
  init?: RequestInit;
  aborted: () => boolean;
}

describe('data sources', () => {
  const realFetch = window.fetch;
  let calls: Call[];

  beforeEach(() => {
    calls = [];
    clearFetchCache();
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init, aborted: () => init?.signal?.aborted ?? false });
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    cleanup();
  });

  it('one request per URL, shared by every element that names it, without credentials', async () => {
    const container = mount(html`<div>
      <rk-role-card src=${SEED_URL}></rk-role-card><rk-faq src=${SEED_URL}></rk-faq><rk-duties src=${SEED_URL}></rk-duties>
    </div>`);
    await new Promise<void>((resolve) => {
      let n = 0;
      container.addEventListener('rk-ready', () => ++n === 3 && resolve());
    });
    expect(calls).to.have.length(1);
    expect(calls[0].url).to.equal(new URL(SEED_URL, location.href).href);
    expect(calls[0].init?.credentials).to.equal('omit');
    // later elements on the same page reuse the result
    await settle(html`<rk-overview src=${SEED_URL}></rk-overview>`);
    expect(calls).to.have.length(1);
  });

  it('a changed src aborts the old request and the latest wins', async () => {
    const el = mount<DutiesElement>(html`<rk-duties src="/__rk/slow/1500?src=${SEED_URL}"></rk-duties>`);
    await el.updateComplete;
    const ready = new Promise<CustomEvent>((resolve) => el.addEventListener('rk-ready', (e) => resolve(e), { once: true }));
    el.src = fixtureUrl('minimal');
    const event = await ready;
    expect(event.detail.data.slug).to.equal('technical-writer');
    expect(calls[0].aborted()).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(shadow(el).textContent).to.include('Nothing to show'); // the slow seed never replaced it
  });

  it('removal from the page aborts the request, quietly', async () => {
    const errors: unknown[] = [];
    const onError = (e: Event) => errors.push(e);
    document.addEventListener('rk-error', onError);
    window.addEventListener('unhandledrejection', onError);
    const el = mount<DutiesElement>(html`<rk-duties src="/__rk/slow/1000?src=${SEED_URL}"></rk-duties>`);
    await el.updateComplete;
    el.remove();
    expect(calls[0].aborted()).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    document.removeEventListener('rk-error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).to.deep.equal([]);
  });

  it('a shared request is aborted only when no element is waiting for it', async () => {
    const slow = `/__rk/slow/800?src=${SEED_URL}`;
    const container = mount(html`<div><rk-duties src=${slow}></rk-duties><rk-faq src=${slow}></rk-faq></div>`);
    const [duties, faq] = container.children as unknown as [DutiesElement, HTMLElement];
    await duties.updateComplete;
    duties.remove();
    expect(calls[0].aborted()).to.equal(false);
    await new Promise((resolve) => faq.addEventListener('rk-ready', resolve, { once: true }));
    expect(calls).to.have.length(1);
  });

  it('a timeout ends in a readable error that can be retried', async () => {
    const { el, event } = await settle<DutiesElement>(html`<rk-duties timeout="200" src="/__rk/slow/2000?src=${SEED_URL}"></rk-duties>`);
    expect(event.detail.kind).to.equal('timeout');
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('The server took too long to answer.');
    expect(shadow(el).querySelector('[part="error"] button')).to.exist;
  });

  it('.data set before the element is defined is picked up when it upgrades', async () => {
    const seed = await loadSeed();
    const el = document.createElement('rk-late-duties') as DutiesElement;
    el.data = seed;
    document.body.append(el);
    const ready = new Promise((resolve) => el.addEventListener('rk-ready', resolve, { once: true }));
    customElements.define('rk-late-duties', class extends DutiesElement {});
    await ready;
    expect(shadow(el).querySelectorAll('li')).to.have.length(10);
    el.remove();
  });

  it('inline JSON added after the element connected is read too', async () => {
    const el = mount<DutiesElement>(html`<rk-duties></rk-duties>`);
    await el.updateComplete;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(await loadSeed());
    const ready = new Promise((resolve) => el.addEventListener('rk-ready', resolve, { once: true }));
    el.append(script);
    await ready;
    expect(shadow(el).querySelectorAll('li')).to.have.length(10);
  });

  it('an inline <script type="application/json"> never runs', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<rk-duties><script type="application/json">window.__ran = true; {"x": 1}</script></rk-duties>`;
    const failed = new Promise<Event>((resolve) => container.addEventListener('rk-error', resolve, { once: true }));
    document.body.append(container);
    await failed;
    expect((window as unknown as { __ran?: boolean }).__ran).to.equal(undefined);
    container.remove();
  });

  it('a src that is no URL at all ends in the error state, without an exception', async () => {
    const { el, event } = await settle<DutiesElement>(html`<rk-duties src="http://["></rk-duties>`);
    expect(event.detail.kind).to.equal('network');
    expect(shadow(el).querySelector('[part="error"]')).to.exist;
  });

  it('a role validated by one element is still checked as a listing by a board', async () => {
    const seed = await loadSeed();
    await settle(html`<rk-duties .data=${seed}></rk-duties>`);
    const { event } = await settle(html`<rk-role-board no-url-sync .data=${seed}></rk-role-board>`);
    expect(event.detail.kind).to.equal('invalid');
    expect(event.detail.problems[0]).to.deep.equal({ path: 'roles', message: 'is required' });
  });
});
