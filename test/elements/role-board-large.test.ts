// A large listing on <rk-role-board>: checked and prepared in slices (no long task), a bad entry
// deep in it still reported with its path, and the first cards, shown before the whole listing
// is sorted, the same as the sorted listing's.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import { firstItems, prepareInSlices, readyItems, type BoardSort } from '../../src/elements/role-board/board-items.js';
import type { RoleBoardElement } from '../../src/elements/role-board/role-board.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { parseOpeningIndex } from '../../src/schema/parse-opening.js';
import { parseRoleIndex } from '../../src/schema/parse.js';
import type { RoleIndex } from '../../src/schema/role-index.js';
import { syntheticIndex } from '../../scripts/synthetic.js';
import { cleanup, mount, settle, shadow } from '../helpers.js';
import { syntheticOpenings } from '../opening-fixtures.js';

/** The next task, queued after every microtask (Lit's updates) and behind tasks queued before it. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

describe('<rk-role-board> with a large listing', () => {
  afterEach(cleanup);

  it('50,000 roles: checked and prepared in slices, with the page’s own tasks running in between', async () => {
    const big = syntheticIndex(50_000);
    let ticks = 0;
    let done = false;
    const tick = async () => {
      while (!done) {
        await nextTask();
        ticks++;
      }
    };
    const el = mount<RoleBoardElement>(html`<rk-role-board no-url-sync .data=${big}></rk-role-board>`);
    void tick();
    await nextTask();
    // a task later the board is still at work: it shows that it is loading, in the space it keeps
    const root = shadow(el);
    expect(root.querySelector('[part="more"]')).to.equal(null);
    await el.updateComplete;
    done = true;
    expect(ticks, 'tasks that ran while the board worked').to.be.greaterThan(2);
    expect(root.querySelector('[part="count"]')!.textContent!.trim()).to.equal('50,000 roles');
    expect(root.querySelectorAll('rk-role-card')).to.have.length(24);
    expect(root.querySelector('[part="more"]')!.textContent!.trim()).to.equal('Show more (49,976 more)');
  });

  it('while it is checked, the board says it is loading, busy, and keeps its space', async () => {
    const el = mount<RoleBoardElement>(html`<rk-role-board no-url-sync .data=${syntheticIndex(50_000)}></rk-role-board>`);
    await nextTask();
    const root = shadow(el);
    expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.equal(stringsFor('en')['loading-roles']);
    expect(root.querySelector('[aria-busy="true"]')).to.not.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
    await expect(el).to.be.accessible();
    await el.updateComplete;
    expect(root.querySelector('[aria-busy="true"]')).to.equal(null);
  });

  it('a bad entry deep in 10,000 is reported with its path, exactly as parseRoleIndex reports it', async () => {
    const big = syntheticIndex(10_000) as unknown as { roles: Record<string, unknown>[] };
    big.roles[9876].title = 42;
    delete big.roles[4321].href;
    const expected = parseRoleIndex(big);
    expect(expected.ok).to.equal(false);
    const errors: CustomEvent[] = [];
    const { el } = await settle<RoleBoardElement>(html`<rk-role-board no-url-sync .data=${big} @rk-error=${(e: CustomEvent) => errors.push(e)}></rk-role-board>`);
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0].detail.kind).to.equal('invalid');
    expect(errors[0].detail.problems).to.deep.equal(!expected.ok && expected.problems);
    expect(errors[0].detail.problems).to.deep.equal([
      { path: 'roles[4321].href', message: 'is required' },
      { path: 'roles[9876].title', message: 'expected text, got a number' },
    ]);
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('roles[9876].title: expected text, got a number');
  });

  it('rk-ready comes once, with the whole checked listing, after the slices', async () => {
    const big = syntheticIndex(5_000);
    (big.roles[10] as unknown as Record<string, unknown>).extra = 'dropped';
    const ready: CustomEvent[] = [];
    const { el } = await settle<RoleBoardElement>(html`<rk-role-board no-url-sync .data=${big} @rk-ready=${(e: CustomEvent) => ready.push(e)}></rk-role-board>`);
    await el.updateComplete;
    expect(ready).to.have.length(1);
    const data = ready[0].detail.data as RoleIndex;
    expect(data.roles).to.have.length(5_000);
    expect(data.roles[10]).to.not.have.property('extra');
  });

  for (const sort of ['title', 'updated'] as BoardSort[]) {
    it(`the first cards, chosen before the sort is done, are the sorted listing’s first (${sort}, ties and prefixes)`, async () => {
      // few distinct titles and dates: many ties; "Dev" is a prefix of "Dev Ops" — the cases where a shortcut could differ
      const titles = ['Dev', 'Dev Ops', 'dev', 'Dév', 'Analyst', 'analyst b', 'Zed'];
      const index = syntheticIndex(6_000);
      index.roles.forEach((role, i) => {
        role.title = titles[(i * 5) % titles.length];
        role.updated = `2026-0${1 + (i % 3)}-1${i % 2}`;
        role.category = ['B', 'A'][i % 2];
      });
      let first: string[] | undefined;
      await prepareInSlices(index, sort, 24, () => (first ??= firstItems(index, sort)?.map((item) => item.entry.slug)), () => false);
      expect(new Set(index.roles.map((role) => role.title)).size, 'every title is used').to.equal(titles.length);
      expect(first).to.have.length(24);
      expect(first).to.deep.equal(readyItems(index, sort)!.slice(0, 24).map((item) => item.entry.slug));
    });
  }
});

describe('<rk-openings> with a large listing', () => {
  afterEach(cleanup);

  it("50,000 openings are indexed in slices: the page's own tasks run in between, the list is busy meanwhile, then it shows its rows", async () => {
    const big = syntheticOpenings(50_000);
    const el = mount<HTMLElement & { updateComplete: Promise<unknown> }>(html`<rk-openings no-url-sync .data=${big}></rk-openings>`);
    // a task of the page's own, queued again and again while the list works
    let ticks = 0;
    let busySeen = false;
    let running = true;
    const tick = () => {
      ticks++;
      if (shadow(el)?.querySelector('[aria-busy="true"]')) busySeen = true;
      if (running) setTimeout(tick);
    };
    setTimeout(tick);
    await el.updateComplete;
    running = false;
    expect(busySeen, 'busy while it is checked and indexed').to.equal(true);
    expect(ticks, "the page's tasks ran in between").to.be.greaterThan(10);
    expect(shadow(el).querySelector('[aria-busy="true"]')).to.equal(null);
    expect(shadow(el).querySelectorAll('[part~="item"]').length).to.equal(20);
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.match(/open positions/);
  });

  it('20,000 openings, checked in slices: a bad entry and a bad salary range deep in it are reported as parseOpeningIndex reports them', async () => {
    for (const breakIt of [
      (o: Record<string, unknown>[]) => (o[15_432].title = ''),
      (o: Record<string, unknown>[]) => (o[19_001].salary = { currency: 'EUR', min: 90_000, max: 50_000, unit: 'year' }),
    ]) {
      const big = syntheticOpenings(20_000) as unknown as { openings: Record<string, unknown>[] };
      breakIt(big.openings);
      const expected = parseOpeningIndex(big);
      expect(expected.ok).to.equal(false);
      const errors: CustomEvent[] = [];
      const el = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<rk-openings no-url-sync .data=${big} @rk-error=${(e: CustomEvent) => errors.push(e)}></rk-openings>`,
      );
      await nextTask();
      expect(shadow(el).querySelector('[aria-busy="true"]'), 'loading while it is checked').to.not.equal(null);
      while (!errors.length) await nextTask();
      expect(errors[0].detail.problems).to.deep.equal(!expected.ok && expected.problems);
      cleanup();
    }
  });
});
