import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { RoleCardElement } from '../../src/elements/role-card/role-card.js';
import type { Role } from '../../src/schema/role.js';
import { cleanup, fixtureUrl, loadJson, loadSeed, settle, shadow } from '../helpers.js';

describe('<rk-role-card>', () => {
  let seed: Role;
  before(async () => (seed = await loadSeed()));
  afterEach(cleanup);

  it('shows category, title as a real link, summary and key facts', async () => {
    const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} href="/roles/python-web-developer/"></rk-role-card>`);
    const root = shadow(el);
    expect(root.querySelector('[part="category"]')!.textContent).to.equal('Software Engineering');
    const link = root.querySelector<HTMLAnchorElement>('h2 a[part="link"]')!;
    expect(link.getAttribute('href')).to.equal('/roles/python-web-developer/');
    expect(link.textContent).to.equal('Python Web Developer');
    expect(root.querySelector('[part="summary"]')!.textContent).to.equal(seed.summary);
    const facts = [...root.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(facts).to.deep.equal(['AI impact', 'Typical experience']);
    expect(root.querySelector('[part="facts"]')!.textContent).to.include('Strong tailwind');
    await expect(el).to.be.accessible();
  });

  it('clamps the summary to a few lines', async () => {
    const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} style="width: 280px"></rk-role-card>`);
    const summary = shadow(el).querySelector<HTMLElement>('[part="summary"]')!;
    const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
    expect(summary.scrollHeight).to.be.greaterThan(summary.clientHeight);
    expect(Math.round(summary.clientHeight / lineHeight)).to.equal(3);
  });

  it('without href the title is plain text; an unsafe href is never a link', async () => {
    for (const href of [undefined, 'javascript:alert(1)', ' data:text/html,x']) {
      const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} href=${href ?? ''}></rk-role-card>`);
      expect(shadow(el).querySelector('a'), String(href)).to.equal(null);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Python Web Developer');
    }
  });

  it('a minimal role (no facts, no category) still makes a good card', async () => {
    const minimal = await loadJson<Role>(fixtureUrl('minimal'));
    const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${minimal} href="#"></rk-role-card>`);
    expect(shadow(el).querySelector('dl')).to.equal(null);
    expect(shadow(el).querySelector('[part="category"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the whole card is the link’s click target', async () => {
    const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} href="#card-target"></rk-role-card>`);
    const card = shadow(el).querySelector('[part="card"]')!.getBoundingClientRect();
    const hit = shadow(el).elementFromPoint(card.left + card.width / 2, card.bottom - 5);
    expect(hit?.tagName).to.equal('A');
  });
});
