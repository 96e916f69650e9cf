import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { RolePageElement } from '../../src/elements/role-page/role-page.js';
import type { Role } from '../../src/schema/role.js';
import { cleanup, deepQuery, deepText, loadSeed, SEED_URL, seedTexts, settle, shadow } from '../helpers.js';

describe('<rk-role-page>', () => {
  let seed: Role;
  before(async () => (seed = await loadSeed()));
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows every line of the seed role, in the seed’s order', async () => {
    const { el } = await settle<RolePageElement>(html`<rk-role-page src=${SEED_URL}></rk-role-page>`);
    await Promise.all([...shadow(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('[part~="section"]')].map((s) => s.updateComplete));
    const text = deepText(el);
    let from = 0;
    for (const line of seedTexts(seed)) {
      const at = text.indexOf(line.replace(/\s+/g, ' '), from);
      expect(at, `missing or out of order: ${line.slice(0, 60)}`).to.be.greaterThan(-1);
      from = at;
    }
    await expect(el).to.be.accessible();
  });

  it('has a heading outline: title, sections one level down, their sub-headings below', async () => {
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} heading-level="2"></rk-role-page>`);
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal('Python Web Developer');
    const sections = [...root.querySelectorAll<HTMLElement>('[part~="section"]')];
    expect(sections.map((s) => s.id)).to.deep.equal(['at-a-glance', 'duties', 'overview', 'qualifications', 'career-outlook', 'cover-letter', 'faq']);
    // the stateless sections are in the page's own shadow root; the letter and the FAQ are elements
    const inside = (section: HTMLElement) => section.shadowRoot ?? section;
    for (const section of sections) {
      await (section as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
      expect(inside(section).querySelector('h3'), section.id).to.exist;
    }
    expect(sections.slice(0, 5).every((s) => s.localName === 'section' && !s.shadowRoot)).to.equal(true);
    expect(sections[3].querySelector('h4'), 'qualification groups one level below').to.exist;
    expect(sections[6].shadowRoot!.querySelector('summary h4')).to.exist;
  });

  it('has a table of contents whose links move to the section and focus it', async () => {
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed}></rk-role-page>`);
    const nav = shadow(el).querySelector('nav[part="contents"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('On this page');
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Role at a glance',
      'Duties and responsibilities',
      'Overview',
      'Qualifications',
      'Career outlook',
      'Sample cover letter',
      'Frequently asked questions',
    ]);
    const clicked = new MouseEvent('click', { bubbles: true, cancelable: true });
    links[6].dispatchEvent(clicked);
    expect(clicked.defaultPrevented, 'the page moves there itself: #faq is inside a shadow root').to.equal(true);
    expect(shadow(el).activeElement!.id).to.equal('faq');
  });

  it('shows the category link, the last-updated date and the related link', async () => {
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed}></rk-role-page>`);
    const root = shadow(el);
    const category = root.querySelector<HTMLAnchorElement>('[part="category"] a')!;
    expect(category.getAttribute('href')).to.equal('/careers/?category=software-engineering');
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-24');
    expect(root.querySelector('time')!.textContent).to.equal('November 24, 2026');
    const related = root.querySelector<HTMLAnchorElement>('[part="related"] a')!;
    expect(related.textContent).to.equal('See all Software Engineering jobs\u00a0→');
  });

  it('hide="…" leaves out the named sections (and their contents entries)', async () => {
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} hide="cover-letter faq related"></rk-role-page>`);
    const root = shadow(el);
    for (const tag of ['rk-cover-letter', 'rk-faq']) {
      const section = root.querySelector<HTMLElement & { data?: unknown }>(tag)!;
      expect(section.hidden, tag).to.equal(true);
      expect(section.data, tag).to.equal(undefined);
      expect(section.getBoundingClientRect().height, tag).to.equal(0);
    }
    expect(root.querySelector('[part="related"]')).to.equal(null);
    expect([...root.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).not.to.include('#faq');
  });

  it('a minimal role: just the header, no empty sections, no contents', async () => {
    const minimal = { schemaVersion: 1, slug: 'x', title: 'Technical Writer', summary: 'Writes docs.' };
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${minimal}></rk-role-page>`);
    expect(shadow(el).querySelector('[part~="section"]:not([hidden])')).to.equal(null);
    expect(shadow(el).querySelector('nav')).to.equal(null);
    expect(deepText(el)).to.include('Writes docs.');
    await expect(el).to.be.accessible();
  });

  it('fires one rk-ready, for itself — not one per section', async () => {
    const container = document.createElement('div');
    const events: EventTarget[] = [];
    container.addEventListener('rk-ready', (e) => events.push(e.target!));
    document.body.append(container);
    const el = document.createElement('rk-role-page');
    el.data = seed;
    container.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.deep.equal([el]);
    container.remove();
  });

  it('a URL hash naming a section scrolls to it; one naming a question opens it', async () => {
    history.replaceState(null, '', '#what-is-wsgi-vs-asgi-and-why-does-it-matter');
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed}></rk-role-page>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const question = deepQuery<HTMLDetailsElement>(el.shadowRoot!, 'details#what-is-wsgi-vs-asgi-and-why-does-it-matter')!;
    expect(question.open).to.equal(true);
  });

  it('::part(section) styles the section elements', async () => {
    const style = document.createElement('style');
    style.textContent = 'rk-role-page::part(section) { color: rgb(1, 2, 3); }';
    document.head.append(style);
    const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed}></rk-role-page>`);
    expect(getComputedStyle(shadow(el).querySelector('rk-faq')!).color).to.equal('rgb(1, 2, 3)');
    style.remove();
  });
});
