// Every element: the three ways data comes in, the loading / error / ready states with their
// events, heading levels, lang/dir, themes — and axe in each state.
import { expect } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/define.js';
import { ELEMENTS } from '../../src/define.js';
import { clearFetchCache } from '../../src/internal/fetch-json.js';
import type { RkErrorEvent } from '../../src/events/rk-error.js';
import { cleanup, fixtureUrl, invalidUrl, loadJson, loadSeed, loadText, mount, SEED_URL, settle, shadow } from '../helpers.js';

const TAGS = Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[];
/** What each element says while loading: it names what it shows. */
const LOADING: Partial<Record<(typeof TAGS)[number], string>> = {
  'rk-role-board': 'Loading roles…',
  'rk-opening': 'Loading the position…',
  'rk-openings': 'Loading open positions…',
  'rk-role-openings': 'Loading open positions…',
};
type Any = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/** What each element reads: a role document, or (the board) a listing index. */
const BOARD = {
  url: '/data/index.json',
  load: () => loadJson<{ roles: { title: string }[] }>('/data/index.json'),
  invalid: invalidUrl('index-wrong-type'),
  problem: { path: 'roles[1].title', message: 'expected text, got a number' },
  readyText: (data: { roles: { title: string }[] }) => `${data.roles.length} roles`,
  inRtl: async () => ({ ...(await BOARD.load()), language: 'ar' }),
};
const ROLE = {
  url: SEED_URL,
  load: loadSeed,
  invalid: invalidUrl('wrong-type'),
  problem: { path: 'faq[2].answer', message: 'expected text, got a number' },
  readyText: () => '',
  inRtl: () => loadJson(fixtureUrl('arabic-rtl')),
};
/** An opening (test/fixtures/openings/), and a listing of openings. */
const OPENING = {
  url: '/test/fixtures/openings/opening.json',
  load: () => loadJson<{ title: string }>('/test/fixtures/openings/opening.json'),
  invalid: '/test/fixtures/openings/invalid-opening.json',
  problem: { path: 'description[1].text', message: 'expected text, got a number' },
  readyText: (data: { title: string }) => data.title,
  inRtl: async () => ({ ...(await OPENING.load()), language: 'ar' }),
};
const OPENINGS = {
  url: '/test/fixtures/openings/openings.json',
  load: () => loadJson<{ openings: unknown[] }>('/test/fixtures/openings/openings.json'),
  invalid: '/test/fixtures/openings/invalid-listing.json',
  problem: { path: 'openings[1].title', message: 'expected text, got a number' },
  readyText: () => '3 open positions',
  inRtl: async () => ({ ...(await OPENINGS.load()), language: 'ar' }),
};
/** A role's short list of open positions reads a listing too; it shows its heading when any is open. */
const ROLE_OPENINGS = { ...OPENINGS, readyText: () => 'Open positions' };
/** What each kind of document holds for sure, to find it in the data an element reports. */
const MARKERS = new Map<object, string>([[OPENING, 'python-web-developer-berlin'], [OPENINGS, 'ux-designer-new-york'], [ROLE_OPENINGS, 'ux-designer-new-york']]);
/** A second, different document of each kind. */
const OTHER = new Map<object, () => unknown>([
  [OPENING, async () => ({ ...(await OPENING.load()), id: 'another-opening' })],
  [OPENINGS, () => ({ openings: [] })],
  [ROLE_OPENINGS, () => ({ openings: [] })],
]);
/** The first heading an element renders, looking into the cards a board renders. */
const firstHeading = async (el: Element): Promise<Element> => {
  const root = el.shadowRoot!;
  const card = root.querySelector<Any>('rk-role-card');
  if (card) await card.updateComplete;
  return (card ?? el).shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!;
};

for (const tag of TAGS) {
  const t = unsafeStatic(tag);
  const kind = tag === 'rk-role-board' ? BOARD : tag === 'rk-opening' ? OPENING : tag === 'rk-openings' ? OPENINGS : tag === 'rk-role-openings' ? ROLE_OPENINGS : ROLE;
  const marker = MARKERS.get(kind) ?? (kind === ROLE ? 'python-web-developer' : 'customer-support-specialist');
  const SEED_URL = kind.url;
  const loadSeed = kind.load as () => Promise<unknown>;

  describe(`<${tag}>`, () => {
    afterEach(() => {
      cleanup();
      clearFetchCache();
    });

    describe('data in', () => {
      it('from src: fetched, validated, rendered, rk-ready', async () => {
        const { el, event } = await settle<Any>(html`<${t} src=${SEED_URL}></${t}>`);
        expect(event.type).to.equal('rk-ready');
        expect(event.detail.data).to.deep.include(kind === ROLE ? { title: 'Python Web Developer' } : {});
        expect(shadow(el).querySelector('[part~="base"]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('from a child <script type="application/json">, never executed', async () => {
        const text = await loadText(SEED_URL);
        const container = document.createElement('div');
        container.innerHTML = `<${tag}><script type="application/json">${text}</script></${tag}>`;
        const ready = new Promise<Event>((resolve) => container.addEventListener('rk-ready', resolve, { once: true }));
        document.body.append(container);
        const event = (await ready) as CustomEvent;
        expect(JSON.stringify(event.detail.data)).to.include(marker);
        container.remove();
      });

      it('from the .data property', async () => {
        const seed = await loadSeed();
        const { el, event } = await settle<Any>(html`<${t} .data=${seed}></${t}>`);
        expect(event.type).to.equal('rk-ready');
        const expected = tag === 'rk-role-card' || tag === 'rk-role-page' ? (seed as { title: string }).title : kind.readyText(seed as never);
        expect(el.shadowRoot!.textContent).to.include(expected);
      });

      it('.data wins over src, and a new .data re-renders', async () => {
        const other = OTHER.get(kind);
        const first = other ? await other() : kind === ROLE ? JSON.parse(await loadText(fixtureUrl('minimal'))) : { roles: [] };
        const { el, event: firstEvent } = await settle<Any>(html`<${t} src=${SEED_URL} .data=${first}></${t}>`);
        expect(firstEvent.detail.data).to.deep.include(other ? (first as object) : kind === ROLE ? { slug: 'technical-writer', language: 'en' } : { roles: [] });
        const seed = await loadSeed();
        const next = new Promise((resolve) => el.addEventListener('rk-ready', resolve, { once: true }));
        el.data = seed;
        const event = (await next) as CustomEvent;
        expect(JSON.stringify(event.detail.data)).to.include(marker);
      });

      it('with no data at all it renders nothing and fires nothing', async () => {
        let fired = 0;
        const count = () => fired++;
        document.addEventListener('rk-ready', count);
        document.addEventListener('rk-error', count);
        const el = mount<Any>(html`<${t}></${t}>`);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        document.removeEventListener('rk-ready', count);
        document.removeEventListener('rk-error', count);
        expect(shadow(el).querySelector('[part~="base"]')).to.equal(null);
        expect(fired).to.equal(0);
      });
    });

    describe('states', () => {
      it('loading: space reserved, announced politely, aria-busy', async () => {
        const el = mount<Any>(html`<${t} src="/__rk/slow/2000?src=${SEED_URL}"></${t}>`);
        await el.updateComplete;
        const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
        expect(base.getAttribute('aria-busy')).to.equal('true');
        expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal(LOADING[tag] ?? 'Loading role…');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
        await expect(el).to.be.accessible();
      });

      it('invalid data: the schema path in the message, rk-error kind "invalid", no Retry', async () => {
        const { el, event } = await settle<Any>(html`<${t} src=${kind.invalid}></${t}>`);
        const detail = (event as RkErrorEvent).detail;
        expect(detail.kind).to.equal('invalid');
        expect(detail.problems).to.deep.equal([kind.problem]);
        const error = shadow(el).querySelector('[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.include(`${kind.problem.path}: ${kind.problem.message}`);
        expect(error.querySelector('button')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('HTTP 404: names the status, rk-error kind "http", no Retry', async () => {
        const { el, event } = await settle<Any>(html`<${t} src="/__rk/status/404"></${t}>`);
        expect(event.detail).to.include({ kind: 'http', status: 404 });
        expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('The server answered 404.');
        expect(shadow(el).querySelector('[part="error"] button')).to.equal(null);
      });

      it('HTTP 500 and network errors offer Retry, which loads again', async () => {
        const { el, event } = await settle<Any & { src: string }>(html`<${t} src="/__rk/status/503"></${t}>`);
        expect(event.detail).to.include({ kind: 'http', status: 503 });
        const retry = shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!;
        expect(retry.textContent).to.equal('Try again');
        await expect(el).to.be.accessible();
        // the next attempt fails differently: a network error (nothing listens on port 9)
        el.src = 'http://127.0.0.1:9/role.json';
        const failed = await new Promise<CustomEvent>((resolve) => el.addEventListener('rk-error', (e) => resolve(e as CustomEvent), { once: true }));
        expect(failed.detail.kind).to.equal('network');
        let calls = 0;
        const realFetch = window.fetch;
        window.fetch = (...args) => (calls++, realFetch(...args));
        try {
          const again = new Promise<Event>((resolve) => el.addEventListener('rk-error', resolve, { once: true }));
          shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
          await again;
          expect(calls).to.equal(3); // one load: the first try and its 2 automatic retries
        } finally {
          window.fetch = realFetch;
        }
      });

      it('a response that is not JSON: rk-error kind "parse"', async () => {
        const { el, event } = await settle<Any>(html`<${t} src=${invalidUrl('not-json')}></${t}>`);
        expect(event.detail.kind).to.equal('parse');
        expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('not valid JSON');
      });

      it('inline JSON that does not parse: rk-error kind "parse"', async () => {
        const container = document.createElement('div');
        container.innerHTML = `<${tag}><script type="application/json">{ "title": </script></${tag}>`;
        const failed = new Promise<Event>((resolve) => container.addEventListener('rk-error', resolve, { once: true }));
        document.body.append(container);
        expect(((await failed) as CustomEvent).detail.kind).to.equal('parse');
        container.remove();
      });

      it('events bubble and are composed', async () => {
        const { event } = await settle<Any>(html`<${t} src=${SEED_URL}></${t}>`);
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
      });
    });

    describe('on the host page', () => {
      it('heading-level sets the top heading, clamped to 1–6', async () => {
        const seed = await loadSeed();
        for (const [level, expected] of [[undefined, 'H2'], [4, 'H4'], [1, 'H1'], [0, 'H1'], [9, 'H6']] as const) {
          const { el } = await settle<Any>(html`<${t} .data=${seed} heading-level=${level ?? 2}></${t}>`);
          const first = await firstHeading(el);
          expect(first.tagName, `heading-level=${level}`).to.equal(expected);
        }
      });

      it('lang and dir come from the role language', async () => {
        const arabic = await kind.inRtl();
        const { el } = await settle<Any>(html`<${t} .data=${arabic}></${t}>`);
        const base = shadow(el).querySelector('[part~="base"]')!;
        expect(base.getAttribute('lang')).to.equal('ar');
        expect(base.getAttribute('dir')).to.equal('rtl');
        await expect(el).to.be.accessible();
      });

      for (const theme of ['dark', 'light', 'auto']) {
        it(`theme="${theme}" paints a surface and stays accessible`, async () => {
          const seed = await loadSeed();
          const { el } = await settle<Any>(html`<${t} .data=${seed} theme=${theme}></${t}>`);
          const base = shadow(el).querySelector('[part~="base"]')!;
          expect(getComputedStyle(base).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
          await expect(el).to.be.accessible();
        });
      }

      it('fits 320 px without horizontal scrolling, with long German words', async () => {
        const german = kind === ROLE ? JSON.parse(await loadText(fixtureUrl('long-german'))) : await loadSeed();
        const box = document.createElement('div');
        box.style.width = '320px';
        document.body.append(box);
        const { el } = await settle<Any>(html`<${t} .data=${german}></${t}>`);
        box.append(el);
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(320);
        for (const node of shadow(el).querySelectorAll('*')) {
          expect((node as HTMLElement).getBoundingClientRect().right, node.tagName).to.be.at.most(box.getBoundingClientRect().right + 0.5);
        }
        box.remove();
      });
    });
  });
}
