import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { RoleCardElement } from '../../src/elements/role-card/role-card.js';
import { SUMMARY_VISIBLE } from '../../src/internal/search.js';
import type { Role } from '../../src/schema/role.js';
import type { RoleIndex } from '../../src/schema/role-index.js';
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

  describe('highlight', () => {
    /** The summary's box, and its marks' boxes. */
    const boxes = (el: Element) => {
      const summary = shadow(el).querySelector('[part="summary"]')!;
      return { summary, box: summary.getBoundingClientRect(), marks: [...summary.querySelectorAll('mark[part="match"]')].map((m) => m.getBoundingClientRect()) };
    };
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;

    it('a word only late in the summary shows as a snippet: "…", then the word marked, inside the clamped lines', async () => {
      const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} href="#" highlight="relational" style="width: 280px"></rk-role-card>`);
      const { summary, box, marks } = boxes(el);
      expect(seed.summary.indexOf('relational')).to.be.greaterThan(120); // past three lines of a narrow card
      expect(summary.textContent!.startsWith('…')).to.equal(true);
      expect(seed.summary.endsWith(summary.textContent!.slice(1))).to.equal(true);
      expect(marks).to.have.length(1);
      expect(inside(marks[0], box), 'the mark is within the visible summary').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('in the narrowest card a board makes (16em), a word under SUMMARY_VISIBLE and a word at the end both show, in sans and monospace', async () => {
      const { roles } = await loadJson<RoleIndex>('/data/index.json');
      for (const font of ['DejaVu Sans, sans-serif', 'DejaVu Sans Mono, monospace']) {
        for (const entry of roles) {
          const role = { schemaVersion: 1, slug: entry.slug, title: entry.title, summary: entry.summary, category: { name: entry.category } };
          const elsewhere = `${entry.title} ${entry.category}`.toLowerCase();
          const words = [...entry.summary.matchAll(/\p{L}+/gu)].filter((w) => entry.summary.indexOf(w[0]) === w.index && !elsewhere.includes(w[0].toLowerCase()));
          // the riskiest word left whole (ends just within what is surely visible), and the last word
          const visible = words.filter((w) => w.index + w[0].length <= SUMMARY_VISIBLE).at(-1)!;
          for (const word of [visible[0], words.at(-1)![0]]) {
            const { el } = await settle<RoleCardElement>(
              html`<rk-role-card .data=${role} highlight=${word} style="inline-size: 16em; --rk-font-family: ${font}"></rk-role-card>`,
            );
            const { box, marks } = boxes(el);
            expect(inside(marks[0], box), `${entry.slug}, "${word}", ${font}`).to.equal(true);
            cleanup();
          }
        }
      }
    });

    it('a word seen near the start, or in the title, keeps the whole summary', async () => {
      for (const highlight of ['build', 'developer']) {
        const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} highlight=${highlight} style="width: 280px"></rk-role-card>`);
        const { summary, box, marks } = boxes(el);
        expect(summary.textContent, highlight).to.equal(seed.summary);
        expect(marks.length, highlight).to.be.greaterThan(0);
        expect(inside(marks[0], box), highlight).to.equal(true);
      }
    });

    it('a word only in the category is marked in the category line', async () => {
      const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} highlight="ENGINEERING"></rk-role-card>`);
      expect([...shadow(el).querySelectorAll('[part="category"] mark')].map((m) => m.textContent)).to.deep.equal(['Engineering']);
      expect(shadow(el).querySelector('[part="summary"]')!.textContent).to.equal(seed.summary);
      await expect(el).to.be.accessible();
    });
  });

  it('the whole card is the link’s click target', async () => {
    const { el } = await settle<RoleCardElement>(html`<rk-role-card .data=${seed} href="#card-target"></rk-role-card>`);
    const card = shadow(el).querySelector('[part="card"]')!.getBoundingClientRect();
    const hit = shadow(el).elementFromPoint(card.left + card.width / 2, card.bottom - 5);
    expect(hit?.tagName).to.equal('A');
  });
});
