// Hostile data: a corpus of hostile strings in EVERY string field of a role and of a listing
// renders as text — no script runs, no element or attribute is injected, nothing overflows, no
// exception — and thousands of arbitrary documents through .data, inline JSON and src each end
// in the ready state or the readable error state, with nothing thrown out of an element.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { runs, settings } from './property.js';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/define.js';
import { SAFE_HREF_PATTERN } from '../src/schema/constants.js';
import { ROLE_INDEX_SHAPE, ROLE_SHAPE } from '../src/schema/shapes.js';
import { OPENING_INDEX_SHAPE, OPENING_SHAPE } from '../src/schema/opening-shapes.js';
import type { Shape } from '../src/schema/validate.js';
import { cleanup, deepText, loadJson, loadSeed, settle } from './helpers.js';
import { mutate, pathsOf } from './mutate.js';
import { HOSTILE } from './hostile-strings.js';

const DISALLOWED = new Set(['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'math', 'base', 'form', 'foreignobject', 'textarea', 'template']);

/** A copy of `doc` with every free-text string (no pattern but "not blank") set to `text`. */
function fill(shape: Shape, doc: unknown, text: string): unknown {
  if (shape.type === 'optional') return doc === undefined ? doc : fill(shape.inner, doc, text);
  if (shape.type === 'object') {
    const out: Record<string, unknown> = { ...(doc as object) };
    for (const [key, inner] of Object.entries(shape.keys)) if (out[key] !== undefined) out[key] = fill(inner, out[key], text);
    return out;
  }
  if (shape.type === 'array') return (doc as unknown[]).map((item) => fill(shape.item, item, text));
  if (shape.type === 'union') return fill(shape.options[(doc as Record<string, string>)[shape.key]], doc, text);
  if (shape.type === 'string') {
    const free = (shape.checks ?? []).every((c) => !('pattern' in c) || c.pattern.source === '\\S');
    const max = (shape.checks ?? []).reduce((m, c) => ('max' in c ? c.max : m), Infinity);
    return free ? text.slice(0, max) : doc;
  }
  return doc;
}

const TAGS = ['rk-role-page', 'rk-role-card', 'rk-at-a-glance', 'rk-duties', 'rk-overview', 'rk-qualifications', 'rk-career-outlook', 'rk-cover-letter', 'rk-faq'];

/** Every element and attribute in the element's shadow trees, and how far right anything reaches. */
function inspect(el: Element) {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const hrefs: string[] = [];
  let right = 0;
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      tags.add(node.localName);
      for (const attr of node.attributes) attributes.add(attr.name);
      if (node.hasAttribute('href')) hrefs.push(node.getAttribute('href')!);
      const box = node.getBoundingClientRect();
      if (box.width) right = Math.max(right, box.right);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return { tags, attributes, hrefs, overflow: right - el.getBoundingClientRect().right };
}

function expectInert(el: Element, label: string) {
  const { tags, attributes, hrefs, overflow } = inspect(el);
  expect((window as { __pwned?: number }).__pwned, `${label}: a script ran`).to.equal(undefined);
  expect([...tags].filter((t) => DISALLOWED.has(t)), `${label}: injected elements`).to.deep.equal([]);
  expect([...attributes].filter((a) => a.startsWith('on')), `${label}: injected handlers`).to.deep.equal([]);
  expect(hrefs.filter((h) => !SAFE_HREF_PATTERN.test(h)), `${label}: unsafe links`).to.deep.equal([]);
  expect(overflow, `${label}: content overflows its element`).to.be.at.most(1);
}

describe('hostile strings in every string field', function () {
  this.timeout(30_000); // hundreds of renders per test
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.message);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    cleanup();
    expect(errors).to.deep.equal([]);
  });

  HOSTILE.forEach((text, i) => {
    it(`#${i} ${JSON.stringify(text.slice(0, 40))}: every element renders it as text`, async () => {
      const seed = await loadSeed();
      const role = fill(ROLE_SHAPE, seed, text);
      for (const tag of TAGS) {
        const t = unsafeStatic(tag);
        const { el, event } = await settle(staticHtml`<div style="inline-size: 480px"><${t} .data=${role}></${t}></div>`, tag);
        expect(event.type, `${tag}: ${JSON.stringify(event.detail?.problems)}`).to.equal('rk-ready');
        expectInert(el, tag);
        if (tag === 'rk-role-page') {
          // the title, as written (whitespace aside): the text arrived whole, as text
          expect(deepText(el)).to.include(text.slice(0, 200).replace(/\s+/g, ' ').trim().slice(0, 60));
        }
      }
    });
  });

  it('in a listing: cards, categories, summaries and the search box', async () => {
    const listing = await loadJson<{ roles: unknown[] }>('/data/index.json');
    for (const text of HOSTILE) {
      const index = fill(ROLE_INDEX_SHAPE, listing, text);
      const { el, event } = await settle<HTMLElement & { query: string; updateComplete: Promise<unknown> }>(
        html`<div style="inline-size: 480px"><rk-role-board no-url-sync .data=${index}></rk-role-board></div>`,
        'rk-role-board',
      );
      expect(event.type).to.equal('rk-ready');
      expectInert(el, `board ${JSON.stringify(text.slice(0, 30))}`);
      // searching for the hostile text marks it, still as text
      el.query = text.slice(0, 100);
      await el.updateComplete;
      expectInert(el, `board search ${JSON.stringify(text.slice(0, 30))}`);
      cleanup();
    }
  });

  it('hostile text in the href of a card or a related link is refused, never rendered as a link', async () => {
    const seed = await loadSeed();
    for (const text of HOSTILE.filter((h) => !SAFE_HREF_PATTERN.test(h))) {
      const { el, event } = await settle(html`<rk-role-page .data=${{ ...seed, relatedLinks: [{ label: 'x', href: text }] }}></rk-role-page>`);
      expect(event.detail.kind).to.equal('invalid');
      expect(event.detail.problems[0].message).to.equal('must be an http(s), mailto or relative link');
      expectInert(el, 'refused link');
      const card = (await settle(html`<rk-role-card .data=${seed} href=${text}></rk-role-card>`)).el;
      expect(card.shadowRoot!.querySelector('a')).to.equal(null);
      cleanup();
    }
  });

  it('in an opening and a listing of openings: every text, the search box, right to left', async () => {
    const opening = await loadJson('/data/openings/python-web-developer-berlin.json');
    const listing = await loadJson<{ openings: unknown[] }>('/data/openings/index.json');
    for (const text of HOSTILE) {
      const label = JSON.stringify(text.slice(0, 30));
      for (const language of ['en', 'ar']) {
        const doc = { ...(fill(OPENING_SHAPE, opening, text) as object), language };
        const { el, event } = await settle(html`<div style="inline-size: 480px"><rk-opening .data=${doc}></rk-opening></div>`, 'rk-opening');
        expect(event.type, `${label}: ${JSON.stringify(event.detail?.problems)}`).to.equal('rk-ready');
        expectInert(el, `opening ${label} (${language})`);
        expect(deepText(el)).to.include(text.slice(0, 200).replace(/\s+/g, ' ').trim().slice(0, 60));
      }
      const index = fill(OPENING_INDEX_SHAPE, listing, text);
      const { el, event } = await settle<HTMLElement & { query: string; updateComplete: Promise<unknown> }>(
        html`<div style="inline-size: 480px"><rk-openings no-url-sync .data=${index}></rk-openings></div>`,
        'rk-openings',
      );
      expect(event.type).to.equal('rk-ready');
      expectInert(el, `openings ${label}`);
      el.query = text.slice(0, 100);
      await el.updateComplete;
      expectInert(el, `openings search ${label}`);
      cleanup();
    }
  });

  it('hostile text as an applyUrl, an organization link, a listing href or a role-href is refused, never a link', async () => {
    const opening = await loadJson<Record<string, unknown> & { organization: object }>('/data/openings/python-web-developer-berlin.json');
    const listing = await loadJson<{ openings: Record<string, unknown>[] }>('/data/openings/index.json');
    for (const text of HOSTILE.filter((h) => !SAFE_HREF_PATTERN.test(h))) {
      for (const [doc, path] of [
        [{ ...opening, applyUrl: text }, 'applyUrl'],
        [{ ...opening, organization: { ...opening.organization, url: text } }, 'organization.url'],
        [{ ...opening, organization: { ...opening.organization, logo: text } }, 'organization.logo'],
      ] as const) {
        const { el, event } = await settle(html`<rk-opening .data=${doc}></rk-opening>`);
        expect(event.detail.kind, path).to.equal('invalid');
        expect(event.detail.problems[0]).to.deep.equal({ path, message: 'must be an http(s), mailto or relative link' });
        expectInert(el, `refused ${path}`);
      }
      const bad = { ...listing, openings: [{ ...listing.openings[0], href: text }] };
      const { event } = await settle(html`<rk-openings no-url-sync .data=${bad}></rk-openings>`);
      expect(event.detail.problems[0]).to.deep.equal({ path: 'openings[0].href', message: 'must be an http(s), mailto or relative link' });
      // a role-href template is the page's, not data, and still checked
      const { el } = await settle(html`<rk-opening role-href=${text} .data=${opening}></rk-opening>`);
      expect(el.shadowRoot!.querySelector('[part~="role"]'), `role-href ${JSON.stringify(text)}`).to.equal(null);
      expectInert(el, 'role-href');
      cleanup();
    }
  });

  it('__proto__ and constructor keys in role JSON change nothing global', async () => {
    const seed = await loadSeed();
    const json = `{"__proto__": {"polluted": 1, "title": "from proto"}, "constructor": {"prototype": {"polluted": 1}}, ${JSON.stringify(seed).slice(1)}`;
    const viaData = await settle(html`<rk-role-page .data=${JSON.parse(json)}></rk-role-page>`);
    const viaInline = await settle(html`<rk-role-page><script type="application/json">${json}</script></rk-role-page>`);
    for (const { event } of [viaData, viaInline]) {
      expect(event.type).to.equal('rk-ready');
      expect(event.detail.data.title).to.equal(seed.title);
    }
    expect(({} as { polluted?: number }).polluted).to.equal(undefined);
    expect((Object.prototype as { polluted?: number }).polluted).to.equal(undefined);
  });
});

describe('arbitrary documents (fast-check)', function () {
  this.timeout(60_000 * settings.factor); // a thousand renders per test (more when fuzzing)
  const realFetch = window.fetch;
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.message);
  const served = new Map<string, string>();
  let n = 0;
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    // src requests answered from memory: the document as JSON text
    window.fetch = async (input, init) => {
      const url = String(input);
      const body = served.get(new URL(url, location.href).pathname);
      return body === undefined ? realFetch(input, init) : new Response(body, { headers: { 'content-type': 'application/json' } });
    };
  });
  after(() => {
    window.fetch = realFetch;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  const ALL_TAGS = [...TAGS, 'rk-role-board', 'rk-opening', 'rk-openings'];

  /** Renders `doc` in `tag` the given way; resolves once it settled, with what it shows. */
  async function show(tag: string, way: 'data' | 'inline' | 'src', doc: unknown) {
    const t = unsafeStatic(tag);
    const board = tag === 'rk-role-board' || tag === 'rk-openings' ? 'no-url-sync' : '';
    let template;
    if (way === 'data') template = staticHtml`<${t} ${unsafeStatic(board)} .data=${doc}></${t}>`;
    else if (way === 'inline') template = staticHtml`<${t} ${unsafeStatic(board)}><script type="application/json">${JSON.stringify(doc) ?? ''}</script></${t}>`;
    else {
      const path = `/__fc/${++n}.json`;
      served.set(path, JSON.stringify(doc) ?? '');
      template = staticHtml`<${t} ${unsafeStatic(board)} src=${path}></${t}>`;
    }
    return settle(template, tag);
  }

  async function check(tag: string, way: 'data' | 'inline' | 'src', doc: unknown) {
    if (way === 'data' && (doc === null || doc === undefined)) return; // no data at all: the idle state
    const { el, event } = await show(tag, way, doc);
    const root = el.shadowRoot!;
    if (event.type === 'rk-error') {
      const error = root.querySelector('[part="error"]');
      expect(error, `${tag} via ${way}: error state`).to.exist;
      expect(error!.getAttribute('role')).to.equal('alert');
      expect(error!.textContent!.trim().length).to.be.greaterThan(10);
    } else {
      expect(root.querySelector('[part="base"]')!.textContent!.trim().length, `${tag} via ${way}: shows nothing`).to.be.greaterThan(0);
    }
    expectInert(el, `${tag} via ${way}`);
    cleanup();
    expect(errors).to.deep.equal([]);
  }

  const way = fc.constantFrom('data' as const, 'inline' as const, 'src' as const);

  /** Where a property of this suite lives, for its replay command. */
  const where = (test: Mocha.Context) => ({ file: 'test/hostile-data.test.ts', name: test.test!.fullTitle() });
  const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...HOSTILE), fc.constantFrom('', ' ', null, [], {}, 0, 'javascript:alert(1)'));

  it('arbitrary JSON values, to every element, every way', async function () {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...ALL_TAGS), way, fc.jsonValue({ maxDepth: 4 }), check), runs(400, where(this)));
  });

  it('valid roles with parts replaced by arbitrary values', async function () {
    const seed = await loadSeed();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TAGS), way, fc.constantFrom(...pathsOf(seed)), value, (tag, w, path, v) => check(tag, w, mutate(seed, path, v))),
      runs(500, where(this)),
    );
  });

  it('valid openings and listings of openings with parts replaced by arbitrary values', async function () {
    const opening = await loadJson('/data/openings/python-web-developer-berlin.json');
    const listing = await loadJson<{ openings: unknown[] }>('/data/openings/index.json');
    const small = { ...listing, openings: listing.openings.slice(0, 4) };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.constant('rk-opening'), fc.constantFrom(...pathsOf(opening)), value).map(([tag, path, v]) => [tag, mutate(opening, path, v)] as const),
          fc.tuple(fc.constant('rk-openings'), fc.constantFrom(...pathsOf(small)), value).map(([tag, path, v]) => [tag, mutate(small, path, v)] as const),
        ),
        way,
        ([tag, doc], w) => check(tag, w, doc),
      ),
      runs(300, where(this)),
    );
  });

  it('valid listings with parts replaced by arbitrary values', async function () {
    const listing = await loadJson<{ roles: unknown[] }>('/data/index.json');
    const smallListing = { ...listing, roles: listing.roles.slice(0, 4) };
    await fc.assert(
      fc.asyncProperty(way, fc.constantFrom(...pathsOf(smallListing)), value, (w, path, v) => check('rk-role-board', w, mutate(smallListing, path, v))),
      runs(150, where(this)),
    );
  });
});
