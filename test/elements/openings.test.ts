import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import type { OpeningsElement } from '../../src/elements/openings/openings.js';
import type { OpeningIndex } from '../../src/schema/opening.js';
import { cleanup, mount, settle, shadow } from '../helpers.js';
import { LISTED, LISTING, syntheticOpenings } from '../opening-fixtures.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<rk-openings>', () => {
  const start = location.href;
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', start);
  });

  const setup = async (template = html`<rk-openings .data=${LISTING}></rk-openings>`) => {
    const { el, event } = await settle<OpeningsElement>(template);
    const root = shadow(el);
    const titles = () => [...root.querySelectorAll('[part~="item"] [part~="heading"]')].map(text);
    const search = root.querySelector<HTMLInputElement>('[part="search"]')!;
    const filter = (name: string) => root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const options = (name: string) => [...filter(name).querySelectorAll('option')].map(text);
    const sort = root.querySelector<HTMLSelectElement>('[part="sort"]')!;
    const count = () => text(root.querySelector('[part="count"]'));
    const type = async (value: string) => {
      search.value = value;
      search.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
    };
    const choose = async (select: HTMLSelectElement, value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    return { el, event, root, titles, search, filter, options, sort, count, type, choose };
  };

  describe('accessibility in every state', () => {
    it('ready, searching, filtered, empty result', async () => {
      const { el, type, choose, filter } = await setup();
      await expect(el).to.be.accessible();
      await type('data');
      await choose(filter('workplace'), 'remote');
      await expect(el).to.be.accessible();
      await type('no such opening');
      await expect(el).to.be.accessible();
    });
    it('loading', async () => {
      const el = mount<OpeningsElement>(html`<rk-openings src="/__rk/slow/2000?src=/data/index.json"></rk-openings>`);
      await el.updateComplete;
      expect(shadow(el).querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });
    it('error', async () => {
      const { el, event } = await setup(html`<rk-openings .data=${{ openings: [{ ...LISTING.openings[0], href: 'javascript:alert(1)' }] }}></rk-openings>`);
      expect(event.detail.kind).to.equal('invalid');
      expect(text(shadow(el).querySelector('[part="error"]'))).to.include('openings[0].href: must be an http(s), mailto or relative link');
      await expect(el).to.be.accessible();
    });
    it('empty, for a role and for all, and dark', async () => {
      for (const template of [
        html`<rk-openings for-role="no-such-role" all-href="/roles/" .data=${LISTING}></rk-openings>`,
        html`<rk-openings .data=${{ openings: [] }}></rk-openings>`,
        html`<rk-openings theme="dark" .data=${LISTING}></rk-openings>`,
      ]) {
        const { el } = await setup(template);
        await expect(el).to.be.accessible();
        cleanup();
      }
    });
  });

  it('lists the open openings newest first, each a real link with its facts; expired ones are left out', async () => {
    const { root, titles, count } = await setup();
    expect(count()).to.equal('8 open positions');
    expect(titles()).to.deep.equal(LISTED.map((o) => o.title));
    expect(titles()).not.to.include('Python Developer (Munich)');
    const first = root.querySelector('[part~="item"]')!;
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('/jobs/product-manager-remote-us/');
    expect(text(first.querySelector('[part~="posted"]'))).to.equal('Posted today');
    expect(first.querySelector('[part~="posted"] time')!.getAttribute('datetime')).to.equal(LISTED[0].posted);
    const berlin = [...root.querySelectorAll('[part~="item"]')].find((item) => item.textContent!.includes('Berlin'))!;
    expect([...berlin.querySelectorAll('[part~="meta"] span')].map(text)).to.deep.equal(['Northwind Analytics', 'Berlin, Germany', 'Hybrid', 'Full time']);
    expect(text(berlin.querySelector('[part~="salary"]'))).to.equal('€65,000–80,000 a year');
    expect(text(berlin.querySelector('[part~="posted"]'))).to.equal('Posted 3 days ago');
    const analyst = [...root.querySelectorAll('[part~="item"]')].find((item) => item.textContent!.includes('Data Analyst'))!;
    expect(text(analyst.querySelector('[part~="meta"]'))).to.include('Munich, Germany + 1 more');
  });

  it('for-role lists one role’s openings', async () => {
    const { titles, count } = await setup(html`<rk-openings for-role="python-web-developer" .data=${LISTING}></rk-openings>`);
    expect(count()).to.equal('2 open positions');
    expect(titles()).to.deep.equal(['Python Web Developer', 'Senior Python Web Developer']);
  });

  it('search is case- and accent-insensitive over title, places, workplace and department, and marks the title', async () => {
    const { root, titles, count, type } = await setup();
    await type('PYTHÖN');
    expect(titles()).to.deep.equal(['Python Web Developer', 'Senior Python Web Developer']);
    expect([...root.querySelectorAll('mark')].map(text)).to.deep.equal(['Python', 'Python']);
    await type('munich');
    expect(titles()).to.deep.equal(['Data Analyst']);
    await type('remote');
    expect(titles()).to.deep.equal(['Product Manager', 'Data Engineer']);
    await type('germany engineering');
    expect(titles()).to.deep.equal(['Senior Python Web Developer']);
    await type('<img src=x onerror=alert(1)>');
    expect(count()).to.equal('0 open positions');
    expect(root.querySelector('img')).to.equal(null);
  });

  it('facets have counts from the search and the other facets; choosing filters', async () => {
    const { filter, options, count, titles, choose, type } = await setup();
    expect(options('location')).to.deep.equal([
      'All locations (8)',
      'All of Austria (1)',
      'Vienna (1)',
      'All of Germany (2)',
      'Berlin (1)',
      'Hamburg (1)',
      'Munich (1)',
      'All of Netherlands (1)',
      'Amsterdam (1)',
      'All of United States (2)',
      'New York (2)',
    ]);
    expect([...filter('location').querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(['Austria', 'Germany', 'Netherlands', 'United States']);
    expect(options('workplace')).to.deep.equal(['All workplaces (8)', 'Hybrid (3)', 'On-site (3)', 'Remote (2)']);
    expect(options('department')).to.deep.equal(['All departments (8)', 'Data (2)', 'Design (1)', 'Engineering (3)', 'Operations (1)', 'Product (1)']);
    expect(options('type')).to.deep.equal(['All types (8)', 'Contract (1)', 'Full time (5)', 'Internship (1)', 'Part time (1)']);
    await choose(filter('location'), 'de');
    expect(count()).to.equal('2 open positions');
    expect(options('workplace')).to.deep.equal(['All workplaces (2)', 'Hybrid (2)']);
    expect(options('location')[0]).to.equal('All locations (8)'); // its own choice does not narrow it
    await choose(filter('location'), 'us-new-york');
    expect(titles()).to.deep.equal(['Frontend Developer', 'UX Designer']);
    await choose(filter('type'), 'contract');
    expect(titles()).to.deep.equal(['UX Designer']);
    await type('frontend');
    expect(count()).to.equal('0 open positions');
    // the chosen value stays in its select, with its count, even when nothing has it
    expect(filter('type').selectedOptions[0].textContent).to.equal('Contract (0)');
  });

  it('sort: newest first by default, or by title', async () => {
    const { titles, sort, choose } = await setup();
    await choose(sort, 'title');
    expect(titles()).to.deep.equal(LISTED.map((o) => o.title).sort((a, b) => a.localeCompare(b)));
  });

  it('the state lives in the URL: typing replaces, choosing pushes, Back and Forward restore', async () => {
    const { el, filter, count, type, choose } = await setup();
    const initial = el.query;
    await type('d');
    await type('da');
    await type('data');
    expect(new URL(location.href).searchParams.get('q')).to.equal('data');
    await choose(filter('workplace'), 'remote');
    expect(new URL(location.href).searchParams.get('workplace')).to.equal('remote');
    expect(count()).to.equal('1 open position');
    const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    let pop = popped();
    history.back();
    await pop;
    await el.updateComplete;
    expect(el.filters).to.deep.equal({});
    expect(count()).to.equal('2 open positions');
    pop = popped();
    history.forward();
    await pop;
    await el.updateComplete;
    expect(filter('workplace').value).to.equal('remote');
    expect(count()).to.equal('1 open position');
    // one entry for the whole search (Back, not history.length: Chromium keeps at most 50 entries)
    for (const step of [0, 1]) {
      pop = popped();
      history.back();
      await pop;
      await el.updateComplete;
      expect(el.query).to.equal(step === 0 ? 'data' : initial);
    }
  });

  it('a shared link restores the view; an unknown value matches nothing, and Clear filters recovers', async () => {
    history.replaceState(null, '', '?q=developer&location=us&sort=title');
    const { search, filter, sort, titles } = await setup();
    expect([search.value, filter('location').value, sort.value]).to.deep.equal(['developer', 'us', 'title']);
    expect(titles()).to.deep.equal(['Frontend Developer']);
    cleanup();
    history.replaceState(null, '', '?department=no-such-department');
    const again = await setup();
    expect(again.count()).to.equal('0 open positions');
    const empty = again.root.querySelector('[part="empty"]')!;
    expect(text(empty)).to.include('No positions match your search.');
    empty.querySelector('button')!.click();
    await again.el.updateComplete;
    expect(again.count()).to.equal('8 open positions');
    expect(['q', 'location', 'workplace', 'department', 'type', 'sort'].filter((key) => new URL(location.href).searchParams.has(key))).to.deep.equal([]);
  });

  it('no-url-sync keeps the URL alone', async () => {
    history.replaceState(null, '', '?q=python');
    const { el, type } = await setup(html`<rk-openings no-url-sync .data=${LISTING}></rk-openings>`);
    expect(el.query).to.equal('');
    await type('design');
    expect(location.search).to.equal('?q=python');
  });

  it('the empty state reads well, with a link to all roles when all-href is given', async () => {
    const { root } = await setup(html`<rk-openings for-role="ux-researcher" all-href="/roles/" .data=${LISTING}></rk-openings>`);
    const empty = root.querySelector('[part="empty"]')!;
    expect(text(empty)).to.equal('No open positions for this role right now. Browse all roles');
    expect(empty.querySelector('a')!.getAttribute('href')).to.equal('/roles/');
    expect(root.querySelector('[role="search"]')).to.equal(null);
    cleanup();
    const all = await setup(html`<rk-openings all-href="javascript:alert(1)" .data=${{ openings: [] }}></rk-openings>`);
    expect(text(all.root.querySelector('[part="empty"]'))).to.equal('No open positions right now.');
  });

  it('the heading and the search region take the label', async () => {
    const { root } = await setup(html`<rk-openings label="Jobs in Berlin" heading-level="3" .data=${LISTING}></rk-openings>`);
    expect(text(root.querySelector('h3'))).to.equal('Jobs in Berlin');
    expect(root.querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Jobs in Berlin');
    expect(root.querySelectorAll('[part~="item"] h4')).to.have.length(8);
  });

  it('keyboard: search, the filters, the order, then the openings’ links', async () => {
    const { root, search } = await setup();
    search.focus();
    const order = ['location', 'workplace', 'department', 'type'];
    for (const name of order) {
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.getAttribute('name')).to.equal(name);
    }
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('part')).to.equal('sort');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('href')).to.equal(`/jobs/${LISTED[0].id}/`);
    // a select changes with the arrow keys, as native selects do
    const workplace = root.querySelector<HTMLSelectElement>('select[name="workplace"]')!;
    workplace.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(workplace.value).to.equal('hybrid');
  });

  it('50,000 openings: one page rendered, all searched and counted, Show more adds the next page', async () => {
    const big: OpeningIndex = syntheticOpenings(50_000);
    const { el, root, count, type, options } = await setup(html`<rk-openings no-url-sync .data=${big}></rk-openings>`);
    expect(count()).to.equal('50,000 open positions');
    expect(root.querySelectorAll('[part~="item"]')).to.have.length(20);
    expect(options('workplace')).to.deep.equal(['All workplaces (50,000)', 'Hybrid (16,667)', 'On-site (16,667)', 'Remote (16,666)']);
    await type('CAFE cloud');
    const matches = big.openings.filter((o) => o.title.includes('Café') && o.title.includes('Cloud')).length;
    expect(matches).to.be.greaterThan(20);
    expect(count()).to.equal(`${matches.toLocaleString('en')} open positions`);
    const more = root.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(text(more)).to.equal(`Show more (${(matches - 20).toLocaleString('en')} more)`);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root.querySelectorAll('[part~="item"]')).to.have.length(40);
    expect(root.activeElement).to.equal(root.querySelectorAll('[part~="item"]')[20].querySelector('a'));
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const { el, root } = await setup(html`<rk-openings style="inline-size: 320px" .data=${LISTING}></rk-openings>`);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of root.querySelectorAll('*')) expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });
});
