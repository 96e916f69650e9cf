// <rk-duties>, <rk-qualifications>, <rk-overview>, <rk-career-outlook>: the prose and list sections.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { Role } from '../../src/schema/role.js';
import { cleanup, loadSeed, settle, shadow } from '../helpers.js';

describe('section elements', () => {
  let seed: Role;
  before(async () => (seed = await loadSeed()));
  afterEach(cleanup);

  it('<rk-duties> lists all ten duties', async () => {
    const { el } = await settle(html`<rk-duties .data=${seed}></rk-duties>`);
    const items = [...shadow(el).querySelectorAll('ul[part="list"] > li')].map((li) => li.textContent);
    expect(items).to.deep.equal(seed.duties);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Duties and responsibilities');
    await expect(el).to.be.accessible();
  });

  it('<rk-overview> and <rk-career-outlook> render every paragraph', async () => {
    for (const [tag, key, title] of [['rk-overview', 'overview', 'Overview'], ['rk-career-outlook', 'careerOutlook', 'Career outlook']] as const) {
      const container = document.createElement('div');
      document.body.append(container);
      const el = document.createElement(tag) as HTMLElement & { data: Role; updateComplete: Promise<unknown> };
      el.data = seed;
      container.append(el);
      await el.updateComplete;
      const paragraphs = [...shadow(el).querySelectorAll('[part="body"] > p')].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(seed[key]);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal(title);
      await expect(el).to.be.accessible();
      container.remove();
    }
  });

  it('<rk-qualifications> renders each group with its qualifier and items, headings one level down', async () => {
    const { el } = await settle(html`<rk-qualifications .data=${seed} heading-level="3"></rk-qualifications>`);
    const root = shadow(el);
    expect(root.querySelector('h3')!.textContent).to.equal('Qualifications');
    const groups = [...root.querySelectorAll('[part="group"]')];
    expect(groups).to.have.length(6);
    for (const [i, group] of groups.entries()) {
      const expected = seed.qualifications![i];
      const heading = group.querySelector('h4')!;
      expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal(expected.qualifier ? `${expected.heading} (${expected.qualifier})` : expected.heading);
      expect([...group.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(expected.items);
    }
    expect(root.querySelector('[part="qualifier"]')!.textContent).to.equal('(for Django-focused roles)');
    await expect(el).to.be.accessible();
  });

  it('each shows a short message for a role without that section', async () => {
    const bare = { schemaVersion: 1, slug: 'x', title: 'X', summary: 'A role.' };
    for (const tag of ['rk-duties', 'rk-overview', 'rk-career-outlook', 'rk-qualifications']) {
      const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
      el.data = bare;
      document.body.append(el);
      await el.updateComplete;
      expect(shadow(el).textContent, tag).to.include('Nothing to show for this role yet.');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});
