import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, nothing } from 'lit';
import '../../src/define.js';
import type { RoleBoardElement } from '../../src/elements/role-board/role-board.js';
import type { RoleIndex } from '../../src/schema/role-index.js';
import { syntheticIndex } from '../../scripts/synthetic.js';
import { cleanup, loadJson, settle, shadow } from '../helpers.js';

const INDEX_URL = '/data/index.json';
type Card = HTMLElement & { updateComplete: Promise<unknown> };

describe('<rk-role-board>', () => {
  let index: RoleIndex;
  const start = location.href;
  before(async () => (index = await loadJson<RoleIndex>(INDEX_URL)));
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', start);
  });

  const setup = async (template = html`<rk-role-board src=${INDEX_URL}></rk-role-board>`) => {
    const { el } = await settle<RoleBoardElement>(template);
    const root = shadow(el);
    const cards = () => [...root.querySelectorAll<Card>('rk-role-card')];
    const titles = async () => {
      await el.updateComplete;
      return Promise.all(cards().map(async (c) => (await c.updateComplete, c.shadowRoot!.querySelector('h2')!.textContent!.trim())));
    };
    const search = root.querySelector<HTMLInputElement>('[part="search"]')!;
    const category = root.querySelector<HTMLSelectElement>('[part="category"]')!;
    const sort = root.querySelector<HTMLSelectElement>('[part="sort"]')!;
    const count = () => root.querySelector('[part="count"]')!.textContent!.trim();
    const type = async (text: string) => {
      search.value = text;
      search.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
    };
    const choose = async (select: HTMLSelectElement, value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    return { el, root, cards, titles, search, category, sort, count, type, choose };
  };

  it('lists every role as a card with a real link, A–Z, with a count', async () => {
    const { el, cards, titles, count } = await setup();
    expect(count()).to.equal('13 roles');
    expect(await titles()).to.deep.equal([...index.roles].map((r) => r.title).sort((a, b) => a.localeCompare(b)));
    const link = cards()[0].shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(index.roles.find((r) => r.title === 'Customer Support Specialist')!.href);
    await expect(el).to.be.accessible();
  });

  it('search is case- and accent-insensitive, over title, category and summary, and marks what matched', async () => {
    const { el, cards, titles, count, type } = await setup();
    await type('PYTHÖN');
    expect(await titles()).to.include('Python Web Developer');
    expect(count()).to.match(/^\d+ roles?$/);
    const marks = [...cards()[0].shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.every((m) => m!.toLowerCase() === 'python')).to.equal(true);
    await type('operations');
    const expected = index.roles.filter((r) => `${r.title} ${r.category} ${r.summary}`.toLowerCase().includes('operations'));
    expect((await titles()).sort()).to.deep.equal(expected.map((r) => r.title).sort());
    expect(await titles()).to.include.members(['Customer Support Specialist', 'IT Support Technician']); // by category
    await type('dashboards sql');
    expect(await titles()).to.include('Data Analyst');
    await expect(el).to.be.accessible();
  });

  it('search text is only ever text: markup in a query is shown, not parsed', async () => {
    const { cards, type } = await setup();
    await type('<img src=x onerror=alert(1)> python');
    expect(cards()).to.have.length(0);
    await type('python');
    for (const card of cards()) expect(card.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('the category filter has counts for the current search, and sort orders by date', async () => {
    const { titles, category, sort, count, choose, type } = await setup();
    const options = [...category.options].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['All categories (13)', 'Data (3)', 'Design (2)', 'Operations (2)', 'Product (2)', 'Software Engineering (4)']);
    await choose(category, 'software-engineering');
    expect(count()).to.equal('4 roles');
    await choose(sort, 'updated');
    const expected = index.roles.filter((r) => r.category === 'Software Engineering').sort((a, b) => b.updated.localeCompare(a.updated));
    expect(await titles()).to.deep.equal(expected.map((r) => r.title));
    await type('data');
    expect([...category.options].map((o) => o.textContent!.trim())[0]).to.match(/^All categories \(\d+\)$/);
  });

  it('an empty result says so, announces it, and offers to clear the filters', async () => {
    const { el, root, cards, count, type, search } = await setup();
    await type('zzzz-no-such-role');
    expect(cards()).to.have.length(0);
    expect(count()).to.equal('0 roles');
    expect(root.querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
    const empty = root.querySelector('[part="empty"]')!;
    expect(empty.textContent).to.include('No roles match your search.');
    await expect(el).to.be.accessible();
    empty.querySelector('button')!.click();
    await el.updateComplete;
    expect(search.value).to.equal('');
    expect(count()).to.equal('13 roles');
  });

  it('the filter state lives in the URL: typing replaces, choosing pushes, Back restores', async () => {
    const { el, category, count, type, choose } = await setup();
    const initial = el.query;
    await type('d');
    await type('da');
    await type('data');
    expect(new URL(location.href).searchParams.get('q')).to.equal('data');
    await choose(category, 'data');
    expect(new URL(location.href).searchParams.get('category')).to.equal('data');
    // Back, not history.length: Chromium keeps at most 50 entries, and earlier tests add some
    const back = async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await el.updateComplete;
    };
    await back(); // choosing pushed an entry
    expect(el.category).to.equal('');
    expect(el.query).to.equal('data');
    expect(count()).not.to.equal('13 roles');
    await back(); // one entry for the whole search: not "da", not "d"
    expect(el.query).to.equal(initial);
  });

  it('a shared link (or a reload) restores the filtered view', async () => {
    history.replaceState(null, '', '?q=engineer&category=data&sort=updated');
    const { titles, search, sort, category } = await setup();
    expect(search.value).to.equal('engineer');
    expect(category.value).to.equal('data');
    expect(sort.value).to.equal('updated');
    expect(await titles()).to.deep.equal(['Machine Learning Engineer', 'Data Engineer']); // most recent first
  });

  it('no-url-sync keeps the URL alone', async () => {
    history.replaceState(null, '', '?q=python');
    const { el, type } = await setup(html`<rk-role-board no-url-sync src=${INDEX_URL}></rk-role-board>`);
    expect(el.query).to.equal('');
    await type('design');
    expect(location.search).to.equal('?q=python');
  });

  it('href-template builds the card links', async () => {
    const { cards } = await setup(html`<rk-role-board src=${INDEX_URL} href-template="/jobs/{slug}?ref=board"></rk-role-board>`);
    await cards()[0].updateComplete;
    expect(cards()[0].shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/jobs/customer-support-specialist?ref=board');
  });

  it('rk-select reports the card that was opened', async () => {
    const { el, cards } = await setup();
    await cards()[1].updateComplete;
    const link = cards()[1].shadowRoot!.querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('rk-select', (e) => resolve(e), { once: true }));
    link.click();
    const { detail } = await selected;
    expect(detail).to.deep.equal({ slug: 'data-analyst', href: new URL('/roles/data-analyst/', location.href).href });
  });

  it('10,000 roles: renders one page, searches all of them, Show more adds the next page', async () => {
    const big = syntheticIndex(10_000);
    const { el, cards, count, type, root } = await setup(html`<rk-role-board no-url-sync .data=${big}></rk-role-board>`);
    expect(count()).to.equal('10,000 roles');
    expect(cards()).to.have.length(24);
    await type('uber logistics');
    const matches = big.roles.filter((r) => r.title.includes('Über Logistics')).length;
    expect(count()).to.equal(`${matches} roles`);
    const more = root.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent!.trim()).to.equal(`Show more (${matches - 24} more)`);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cards()).to.have.length(48);
    // focus moved to the first new card's link
    expect(cards()[24].shadowRoot!.activeElement?.tagName).to.equal('A');
    await expect(el).to.be.accessible();
  });

  it('keyboard: search, then the selects, then the card links, in order', async () => {
    const { root, search, category, sort } = await setup();
    search.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(category);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(sort);
    await sendKeys({ press: 'Tab' });
    expect((root.activeElement as HTMLElement).localName).to.equal('rk-role-card');
  });

  it('a search for a word only late in a summary shows it, marked, inside the card’s clamped summary', async () => {
    for (const width of [320, 1280]) {
      const { el, cards, type } = await setup(html`<rk-role-board no-url-sync src=${INDEX_URL} style="inline-size: ${width}px"></rk-role-board>`);
      await type('relational');
      expect(cards(), `${width} px`).to.have.length(1);
      await cards()[0].updateComplete;
      const summary = cards()[0].shadowRoot!.querySelector('[part="summary"]')!;
      const mark = summary.querySelector('mark[part="match"]');
      expect(mark?.textContent, `${width} px`).to.equal('relational');
      const [inner, outer] = [mark!.getBoundingClientRect(), summary.getBoundingClientRect()];
      expect(inner.top >= outer.top && inner.bottom <= outer.bottom + 0.5, `${width} px: mark ${inner.top}–${inner.bottom} in ${outer.top}–${outer.bottom}`).to.equal(true);
      await expect(el).to.be.accessible();
      cleanup();
    }
  });

  it('the search box and the selects line up: same height, same top, labels level, at every width and theme', async () => {
    // page CSS that must not reach the controls (the resets of test/node/hostile-pages.test.ts)
    const hostile = document.createElement('style');
    hostile.textContent = `html { font-size: 10px; line-height: 3 } input, select { all: unset; padding: 40px; font-size: 30px }`;
    document.head.append(hostile);
    try {
      for (const theme of [undefined, 'light', 'dark']) {
        for (const width of [320, 768, 1280]) {
          const { root } = await setup(html`<rk-role-board no-url-sync src=${INDEX_URL} theme=${theme ?? nothing} style="inline-size: ${width}px"></rk-role-board>`);
          const box = (part: string) => root.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
          const [search, category, sort] = ['search', 'category', 'sort'].map(box);
          const labels = [...root.querySelectorAll('label')].map((l) => l.getBoundingClientRect());
          const at = `${theme ?? 'no theme'}, ${width} px`;
          for (const other of [category, sort]) expect(Math.abs(other.height - search.height), `height, ${at}`).to.be.at.most(0.5);
          // on one row (768 and 1280 px) the boxes and the labels above them share their tops
          if (width > 320) {
            for (const other of [category, sort]) expect(Math.abs(other.top - search.top), `top, ${at}`).to.be.at.most(0.5);
            for (const label of labels.slice(1)) expect(Math.abs(label.top - labels[0].top), `label top, ${at}`).to.be.at.most(0.5);
          } else {
            for (const other of [category, sort]) expect(Math.abs(other.left - search.left), `stacked, ${at}`).to.be.at.most(0.5);
          }
          cleanup();
        }
      }
    } finally {
      hostile.remove();
    }
  });

  it('cards in a row are equally tall, their "open positions" lines level, however long their titles', async () => {
    const roles = index.roles.slice(0, 2).map((r, i) => ({ ...r, title: i === 0 ? `${r.title} ${'and more words '.repeat(6)}` : r.title, openings: 2 }));
    const { root } = await setup(html`<rk-role-board no-url-sync style="inline-size: 1200px" .data=${{ ...index, roles }}></rk-role-board>`);
    const cards = [...root.querySelectorAll<Card>('rk-role-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    const boxes = cards.map((c) => c.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect());
    const lines = cards.map((c) => c.shadowRoot!.querySelector('[part="openings"]')!.getBoundingClientRect());
    const tops = boxes.map((b) => b.top);
    expect(Math.max(...tops) - Math.min(...tops), `one row: ${tops.join(', ')}`).to.be.at.most(0.5);
    for (const box of boxes.slice(1)) expect(Math.abs(box.height - boxes[0].height)).to.be.at.most(0.5);
    for (const line of lines.slice(1)) expect(Math.abs(line.bottom - lines[0].bottom)).to.be.at.most(0.5);
  });

  it('an invalid index names the problem', async () => {
    const bad = { roles: [{ ...index.roles[0], href: 'javascript:alert(1)' }] };
    const { el, event } = await settle<RoleBoardElement>(html`<rk-role-board no-url-sync .data=${bad}></rk-role-board>`);
    expect(event.detail.kind).to.equal('invalid');
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('roles[0].href: must be an http(s), mailto or relative link');
  });
});
