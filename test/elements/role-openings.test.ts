// <rk-role-openings>, <rk-role-page openings-src>, "3 open positions" on cards and boards, and
// <rk-openings emit-jsonld>: a role's open positions wherever the role is shown.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { OpeningsElement } from '../../src/elements/openings/openings.js';
import type { RoleBoardElement } from '../../src/elements/role-board/role-board.js';
import type { RoleCardElement } from '../../src/elements/role-card/role-card.js';
import type { RoleOpeningsElement } from '../../src/elements/role-openings/role-openings.js';
import type { RolePageElement } from '../../src/elements/role-page/role-page.js';
import type { OpeningIndex } from '../../src/schema/opening.js';
import type { RoleIndex } from '../../src/schema/role-index.js';
import { cleanup, loadJson, loadSeed, mount, settle, shadow } from '../helpers.js';
import { LISTING } from '../opening-fixtures.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const OPENINGS_URL = '/data/openings/index.json';
/** Waits (up to 5 s) until `done()` holds. */
async function until(done: () => unknown): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}
const titles = (el: Element) => [...shadow(el).querySelectorAll('[part~="item"] [part~="heading"]')].map(text);
/** The open positions of `role` in a listing, newest first — worked out here, not by the element's code. */
const openOf = (index: OpeningIndex, role: string) =>
  index.openings
    .filter((o) => o.role === role && !(o.validThrough && Date.parse(o.validThrough) < Date.now()))
    .sort((a, b) => b.posted.localeCompare(a.posted));

describe('<rk-role-openings>', () => {
  afterEach(cleanup);

  it("lists a role's newest open positions, at most `limit`, with a link to all of them", async () => {
    const { el } = await settle<RoleOpeningsElement>(html`<rk-role-openings .data=${LISTING} for-role="python-web-developer" limit="1" all-href="/jobs/?role=python-web-developer"></rk-role-openings>`);
    // two open (one was posted 1 day ago, one 3 days ago), one expired
    expect(titles(el)).to.deep.equal(['Python Web Developer']);
    expect(text(shadow(el).querySelector('[part~="heading"]'))).to.equal('Open positions');
    const all = shadow(el).querySelector<HTMLAnchorElement>('[part="all"]')!;
    expect(text(all)).to.equal('See all 2 open positions →');
    expect(all.getAttribute('href')).to.equal('/jobs/?role=python-web-developer');
    expect(el.hasAttribute('empty')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('an English listing on an Arabic page: "Posted …" is one Arabic phrase, its time too', async () => {
    await import('../../src/i18n/locales/ar.js');
    const { el } = await settle<RoleOpeningsElement>(html`<rk-role-openings lang="ar" .data=${LISTING} for-role="python-web-developer"></rk-role-openings>`);
    const posted = [...shadow(el).querySelectorAll('[part~="posted"]')].map(text);
    expect(posted.length).to.be.above(0);
    for (const line of posted) {
      expect(line, line).to.match(/^نُشرت/);
      expect(line, line).not.to.match(/[A-Za-z]/);
    }
  });

  it('shows every open one by default up to three, each a link; expired ones never', async () => {
    const { el } = await settle<RoleOpeningsElement>(html`<rk-role-openings .data=${LISTING} for-role="python-web-developer"></rk-role-openings>`);
    expect(titles(el)).to.deep.equal(['Python Web Developer', 'Senior Python Web Developer']);
    expect([...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['/jobs/python-web-developer-amsterdam/', '/jobs/python-web-developer-berlin/']);
    expect(shadow(el).querySelector('[part="all"]'), 'no all-href: no link').to.equal(null);
  });

  it('takes no space at all when the role has no open position', async () => {
    const { el } = await settle<RoleOpeningsElement>(html`<rk-role-openings .data=${LISTING} for-role="site-reliability-engineer"></rk-role-openings>`);
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(shadow(el).querySelector('[part~="heading"]')).to.equal(null);
  });

  it('its loading and error states speak of open positions, not of a role', async () => {
    const loading = mount<RoleOpeningsElement>(html`<rk-role-openings src="/__rk/slow/2000?src=${OPENINGS_URL}"></rk-role-openings>`);
    await loading.updateComplete;
    expect(text(shadow(loading).querySelector('[role="status"]'))).to.equal('Loading open positions…');
    await expect(loading).to.be.accessible();
    cleanup();
    const { el, event } = await settle<RoleOpeningsElement>(html`<rk-role-openings .data=${{ openings: [{ ...LISTING.openings[0], href: 'javascript:alert(1)' }] }}></rk-role-openings>`);
    expect(event.type).to.equal('rk-error');
    expect(text(shadow(el).querySelector('[part="error"]'))).to.include('The open positions could not be shown.');
    await expect(el).to.be.accessible();
  });
});

describe('<rk-role-page openings-src>', () => {
  afterEach(cleanup);

  it("shows the role's open positions under the summary, from the listing, with a link to all", async () => {
    const [seed, listing] = await Promise.all([loadSeed(), loadJson<OpeningIndex>(OPENINGS_URL)]);
    const expected = openOf(listing, seed.slug);
    expect(expected.length, 'the sample listing has open positions for the seed role').to.be.greaterThan(0);
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} openings-src=${OPENINGS_URL} openings-href="/jobs/"></rk-role-page>`);
    const list = el.querySelector<RoleOpeningsElement>(':scope > rk-role-openings[slot="openings"]')!;
    expect(list, 'a child in the openings slot').to.exist;
    await until(() => shadow(list)?.querySelector('[part="list"]'));
    expect(list.getAttribute('for-role')).to.equal(seed.slug);
    expect(list.getAttribute('heading-level'), 'under the page heading (h2)').to.equal('3');
    expect(titles(list)).to.deep.equal(expected.slice(0, 3).map((o) => o.title));
    expect(text(shadow(list).querySelector('[part="all"]'))).to.include(`${expected.length}`);
    // placed under the summary: the slot follows the header
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="openings"]')!;
    expect(slot.previousElementSibling?.getAttribute('part')).to.equal('header');
    expect(slot.assignedElements()).to.deep.equal([list]);
    const summary = shadow(el).querySelector('[part="summary"]')!.getBoundingClientRect();
    const duties = shadow(el).querySelector('#duties')!.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    expect(box.top).to.be.at.least(summary.bottom);
    expect(box.bottom).to.be.at.most(duties.top);
    await expect(el).to.be.accessible();
  });

  it('adds nothing when the role has none, and takes the child away when openings-src goes', async () => {
    const seed = await loadSeed();
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${{ ...seed, slug: 'no-openings-here' }} openings-src=${OPENINGS_URL}></rk-role-page>`);
    const list = el.querySelector<RoleOpeningsElement>('rk-role-openings')!;
    await until(() => list.hasAttribute('empty'));
    expect(list.hasAttribute('empty')).to.equal(true);
    expect(list.getBoundingClientRect().height).to.equal(0);
    el.openingsSrc = undefined;
    await el.updateComplete;
    expect(el.querySelector('rk-role-openings')).to.equal(null);
  });

  it("uses the page's own child in the slot instead of adding one", async () => {
    const seed = await loadSeed();
    const { el } = await settle<RolePageElement>(
      html`<rk-role-page .data=${seed} openings-src=${OPENINGS_URL}><rk-role-openings slot="openings" .data=${LISTING} for-role="python-web-developer" label="Join the team"></rk-role-openings></rk-role-page>`,
    );
    expect(el.querySelectorAll('rk-role-openings')).to.have.length(1);
    expect(text(shadow(el.querySelector('rk-role-openings')!).querySelector('[part~="heading"]'))).to.equal('Join the team');
  });

  it('a listing that fails to load leaves the role page standing, with an error in the slot and an rk-error event', async () => {
    const seed = await loadSeed();
    const errors: Event[] = [];
    const el = mount<RolePageElement>(html`<rk-role-page .data=${seed} openings-src="/__rk/status/404" @rk-error=${(e: Event) => errors.push(e)}></rk-role-page>`);
    await el.updateComplete;
    const list = el.querySelector<RoleOpeningsElement>('rk-role-openings')!;
    await until(() => shadow(list)?.querySelector('[part="error"]'));
    expect(text(shadow(list).querySelector('[part="error"]'))).to.include('The open positions could not be shown.');
    expect(errors.length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part="summary"]')).to.exist;
  });
});

describe('open positions on cards and boards', () => {
  afterEach(cleanup);

  it('a card says how many positions are open, and nothing for none', async () => {
    const seed = await loadSeed();
    const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} openings="3"></rk-role-card>`);
    expect(text(shadow(el).querySelector('[part="openings"]'))).to.equal('3 open positions');
    el.openings = 1;
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="openings"]'))).to.equal('1 open position');
    el.openings = 0;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="openings"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("a board shows each role's count from its listing", async () => {
    const index = await loadJson<RoleIndex>('/data/index.json');
    const { el } = await settle<RoleBoardElement>(html`<rk-role-board .data=${index} no-url-sync></rk-role-board>`);
    const cards = [...shadow(el).querySelectorAll<RoleCardElement>('rk-role-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    const counts = cards.map((card) => text(shadow(card).querySelector('[part="openings"]')));
    const expected = index.roles.slice(0, cards.length).map((r) => (r.openings ? `${r.openings} open position${r.openings === 1 ? '' : 's'}` : ''));
    expect(counts).to.deep.equal(expected);
    expect(counts.some(Boolean), 'the sample listing has counts').to.equal(true);
  });
});

describe('<rk-openings emit-jsonld>', () => {
  afterEach(() => {
    cleanup();
    for (const script of document.head.querySelectorAll('script[type="application/ld+json"]')) script.remove();
  });
  const ld = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));

  it("adds an ItemList of the listed openings' pages — with for-role, that role's — and never a JobPosting", async () => {
    const { el } = await settle<OpeningsElement>(html`<rk-openings .data=${LISTING} for-role="python-web-developer" emit-jsonld no-url-sync></rk-openings>`);
    const [graph] = ld();
    const list = graph['@graph'][0];
    expect(list['@type']).to.equal('ItemList');
    const shown = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]')].map((a) => a.href);
    expect(list.itemListElement.map((i: { url: string }) => i.url).sort()).to.deep.equal(shown.sort());
    expect(JSON.stringify(graph)).not.to.include('JobPosting');
    el.remove();
    await el.updateComplete;
    expect(ld()).to.have.length(0);
  });
});
