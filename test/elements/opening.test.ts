import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import type { OpeningElement } from '../../src/elements/opening/opening.js';
import type { Opening } from '../../src/schema/opening.js';
import { cleanup, mount, settle, shadow } from '../helpers.js';
import { BERLIN, EXPIRED, REMOTE } from '../opening-fixtures.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The facts list as [label, value] pairs. */
const facts = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part~="facts"] [part~="item"]')].map((item) => [text(item.querySelector('dt')), text(item.querySelector('dd'))]);

/** Keeps the page where it is when a test follows a link (the Apply link points elsewhere). */
const stay = (event: Event) => event.preventDefault();

describe('<rk-opening>', () => {
  before(() => document.addEventListener('click', stay));
  after(() => document.removeEventListener('click', stay));
  afterEach(cleanup);

  const show = async (opening: unknown, attributes: { roleHref?: string; level?: number } = {}) => {
    const { el, event } = await settle<OpeningElement>(
      html`<rk-opening .data=${opening} role-href=${attributes.roleHref ?? '/roles/{slug}/'} heading-level=${attributes.level ?? 2}></rk-opening>`,
    );
    return { el, event, root: shadow(el) };
  };

  describe('accessibility in every state', () => {
    it('ready', async () => {
      const { el } = await show(BERLIN);
      await expect(el).to.be.accessible();
    });
    it('expired', async () => {
      const { el } = await show(EXPIRED);
      await expect(el).to.be.accessible();
    });
    it('remote, without salary', async () => {
      const { el } = await show(REMOTE);
      await expect(el).to.be.accessible();
    });
    it('loading', async () => {
      const el = mount(html`<rk-opening src="/__rk/slow/2000?src=/data/fixtures/minimal.json"></rk-opening>`);
      await (el as OpeningElement).updateComplete;
      expect(shadow(el).querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });
    it('error (invalid data)', async () => {
      const { el, event } = await show({ ...BERLIN, title: 42 });
      expect(event.detail.kind).to.equal('invalid');
      expect(text(shadow(el).querySelector('[part="error"]'))).to.include('title: expected text, got a number');
      await expect(el).to.be.accessible();
    });
    it('dark theme', async () => {
      const { el } = await settle(html`<rk-opening theme="dark" .data=${BERLIN}></rk-opening>`);
      await expect(el).to.be.accessible();
    });
  });

  it('shows the organization, title, dates, facts and description', async () => {
    const { root, event } = await show(BERLIN);
    expect(event.type).to.equal('rk-ready');
    const org = root.querySelector('[part~="organization"] a')!;
    expect(text(org)).to.equal('Northwind Analytics');
    expect(org.getAttribute('href')).to.equal('https://northwind.example/');
    expect(text(root.querySelector('h2'))).to.equal('Senior Python Web Developer');
    expect(facts(root)).to.deep.equal([
      ['Location', 'Berlin, Germany'],
      ['Workplace', 'Hybrid'],
      ['Employment type', 'Full time'],
      ['Salary', '€65,000–80,000 a year'],
      ['Department', 'Engineering'],
      ['Team', 'Platform'],
    ]);
    const dates = root.querySelector('[part~="dates"]')!;
    expect(text(dates)).to.match(/^Posted 3 days ago · Applications close \w+ \d{1,2}, \d{4}$/);
    const [posted, closes] = dates.querySelectorAll('time');
    expect(posted.getAttribute('datetime')).to.equal(BERLIN.posted);
    expect(posted.title).to.match(/^\w+ \d{1,2}, \d{4}$/); // the exact date
    expect(closes.getAttribute('datetime')).to.equal(BERLIN.validThrough);
    // the description: headings one level below the title, paragraphs, a bulleted and a numbered list
    const body = root.querySelector('[part~="body"]')!;
    expect([...body.children].map((c) => c.localName)).to.deep.equal(['p', 'h3', 'ul', 'h3', 'ol']);
    expect([...body.querySelectorAll('ol li')].map(text)).to.deep.equal(['Send your CV', 'Meet the team', 'Get an offer']);
  });

  it('several locations are a list; a remote opening names where applicants may work from', async () => {
    const { root } = await show({ ...REMOTE, locations: [{ name: 'Remote - Europe' }, { city: 'Lisbon', country: 'PT' }] });
    const items = facts(root);
    expect(items[0][0]).to.equal('Locations');
    expect([...root.querySelectorAll('[part~="facts"] li')].map(text)).to.deep.equal(['Remote - Europe', 'Lisbon, Portugal']);
    expect(items).to.deep.include(['Workplace', 'Remote']);
    expect(items).to.deep.include(['Work from', 'Germany, Austria, European Union']);
    expect(items).to.deep.include(['Employment type', 'Full time, Part time']);
    expect(items.map(([label]) => label)).not.to.include('Salary');
    expect(text(root.querySelector('[part~="dates"]'))).to.equal('Posted last week');
  });

  it('salaries in the document’s language and currency: ranges, from, up to, per hour', async () => {
    const salary = async (opening: Opening) => facts((await show(opening)).root).find(([label]) => label === 'Salary')?.[1];
    expect(await salary({ ...BERLIN, salary: { currency: 'EUR', min: 60000, unit: 'year' } })).to.equal('From €60,000 a year');
    expect(await salary({ ...BERLIN, salary: { currency: 'USD', max: 90000, unit: 'year' } })).to.equal('Up to $90,000 a year');
    expect(await salary({ ...BERLIN, salary: { currency: 'USD', min: 70, max: 90.5, unit: 'hour' } })).to.equal('$70.00–90.50 an hour');
    expect(await salary({ ...BERLIN, language: 'de', salary: { currency: 'EUR', min: 65000, max: 80000, unit: 'year' } })).to.equal('65.000–80.000 € a year');
    expect(await salary({ ...BERLIN, salary: { currency: 'JPY', min: 6000000, max: 6000000, unit: 'year' } })).to.equal('¥6,000,000 a year');
  });

  it('the Apply link is a real link to applyUrl; following it fires a bubbling, composed rk-apply', async () => {
    const { el, root } = await show(BERLIN);
    const apply = root.querySelector<HTMLAnchorElement>('a[part~="apply"]')!;
    expect(text(apply)).to.equal('Apply');
    expect(apply.getAttribute('href')).to.equal(BERLIN.applyUrl);
    const heard = new Promise<CustomEvent>((resolve) => document.addEventListener('rk-apply', (e) => resolve(e), { once: true }));
    apply.click();
    const event = await heard;
    expect(event.target).to.equal(el);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ id: BERLIN.id, href: BERLIN.applyUrl });
  });

  it('keyboard: Tab reaches the organization, then Apply, then the role profile; Enter applies', async () => {
    const { el, root } = await show(BERLIN);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.textContent).to.equal('Northwind Analytics');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('part')).to.equal('apply');
    let applied = 0;
    el.addEventListener('rk-apply', () => applied++);
    await sendKeys({ press: 'Enter' });
    expect(applied).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('part')).to.equal('role');
    before.remove();
  });

  it('links to the role profile through role-href, and not at all for an unsafe template or no role', async () => {
    const link = async (opening: Opening, roleHref?: string) => (await show(opening, { roleHref })).root.querySelector('a[part~="role"]')?.getAttribute('href');
    expect(await link(BERLIN)).to.equal('/roles/python-web-developer/');
    expect(await link(BERLIN, '/careers/{slug}.html?from={slug}')).to.equal('/careers/python-web-developer.html?from=python-web-developer');
    expect(await link(BERLIN, ' javascript:alert("{slug}")')).to.equal(undefined);
    expect(await link(REMOTE)).to.equal(undefined);
    const { root } = await show(BERLIN);
    expect(text(root.querySelector('a[part~="role"]'))).to.equal('About this role');
  });

  it('an expired opening says so, says when it closed, and has no Apply link', async () => {
    const { root } = await show(EXPIRED);
    expect(text(root.querySelector('[part~="closed"]'))).to.equal('This position is no longer open.');
    expect(root.querySelector('[part~="apply"]')).to.equal(null);
    expect(root.querySelectorAll('a[href^="https://jobs."]')).to.have.length(0);
    expect(text(root.querySelector('[part~="dates"]'))).to.match(/^Posted \d+ years ago · Applications closed January 31, 2020$/);
    expect(root.querySelector('a[part~="role"]')).to.exist; // the role profile is still worth a look
    // and one closing a second from now is still open
    const { root: open } = await show({ ...BERLIN, validThrough: new Date(Date.now() + 60_000).toISOString() });
    expect(open.querySelector('[part~="apply"]')).to.exist;
  });

  describe('emit-jsonld', () => {
    const postings = () =>
      [...document.head.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => JSON.parse(script.textContent!)['@graph']).filter((node) => node['@type'] === 'JobPosting');

    it('adds the JobPosting to the head, for the page URL, and removes it on disconnect', async () => {
      const { el } = await settle<OpeningElement>(html`<rk-opening emit-jsonld .data=${BERLIN}></rk-opening>`);
      const [posting, ...more] = postings();
      expect(more).to.have.length(0);
      expect(posting).to.include({ title: BERLIN.title, datePosted: BERLIN.posted, validThrough: BERLIN.validThrough, url: location.href.split('#')[0] });
      expect(posting.hiringOrganization.name).to.equal('Northwind Analytics');
      expect(posting.jobLocation.address.addressCountry).to.equal('DE');
      el.remove();
      expect(postings()).to.have.length(0);
    });

    it('none for an expired opening, one without a country, or without the attribute', async () => {
      for (const template of [
        html`<rk-opening emit-jsonld .data=${EXPIRED}></rk-opening>`,
        html`<rk-opening emit-jsonld .data=${{ ...BERLIN, locations: [{ city: 'Berlin' }] }}></rk-opening>`,
        html`<rk-opening .data=${BERLIN}></rk-opening>`,
      ]) {
        await settle<OpeningElement>(template);
        expect(postings()).to.have.length(0);
        cleanup();
      }
      // and the same element gets one once its opening qualifies
      const { el } = await settle<OpeningElement>(html`<rk-opening emit-jsonld .data=${EXPIRED}></rk-opening>`);
      el.data = BERLIN;
      await el.updateComplete;
      expect(postings()).to.have.length(1);
    });
  });

  it('heading-level: the title at that level, description headings one below', async () => {
    const { root } = await show(BERLIN, { level: 1 });
    expect(root.querySelector('[part~="header"] h1')).to.exist;
    expect(root.querySelectorAll('[part~="body"] h2')).to.have.length(2);
    const { root: deep } = await show(BERLIN, { level: 6 });
    expect(deep.querySelectorAll('[part~="body"] h6')).to.have.length(2); // clamped
  });

  it('description links: real links on their own words, in paragraphs and list items; the text unchanged; axe clean', async () => {
    const description = [
      { type: 'paragraph', text: 'Read our handbook or write to us.', links: [{ text: 'our handbook', href: 'https://acme.example/handbook' }, { text: 'write to us', href: 'mailto:jobs@acme.example' }] },
      { type: 'list', items: ['Benefits', 'Apply via the form'], links: [{ text: 'the form', href: '/apply' }] },
    ];
    const { el, root } = await show({ ...BERLIN, description });
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part~="body"] a[part~="link"]')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['our handbook', 'https://acme.example/handbook'],
      ['write to us', 'mailto:jobs@acme.example'],
      ['the form', '/apply'],
    ]);
    expect(text(root.querySelector('[part~="body"] p'))).to.equal('Read our handbook or write to us.');
    expect(links[2].closest('li')?.textContent?.trim()).to.equal('Apply via the form');
    await expect(el).to.be.accessible();
    // a link whose text is not in its block is refused, like every other broken document
    const { event } = await show({ ...BERLIN, description: [{ type: 'paragraph', text: 'x', links: [{ text: 'y', href: '/y' }] }] });
    expect(event.detail.kind).to.equal('invalid');
  });

  it('right to left from the document’s language', async () => {
    const { el, root } = await show({ ...BERLIN, language: 'ar', title: 'مطور بايثون' });
    const base = root.querySelector('[part~="base"]')!;
    expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    await expect(el).to.be.accessible();
  });
});
