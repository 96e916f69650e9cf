// <rk-openings feed="greenhouse:acme">: a job board read from its ATS in the browser, through the
// same adapters as `rolekit feed`, with the list's loading / error / empty states. The ATS is
// imitated by the test server (/__rk/ats/<ats>/<fixture>/…); nothing reaches the internet.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { OpeningsElement } from '../../src/elements/openings/openings.js';
import { ashby, greenhouse, lever } from '../../src/feeds/index.js';
import type { RkErrorEvent } from '../../src/events/rk-error.js';
import { cleanup, loadJson, settle, shadow } from '../helpers.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => [...shadow(el).querySelectorAll('[part~="item"] [part~="heading"]')].map(text);
const hits = async (key: string) => (await loadJson<number[]>(`/__rk/hits/${key}?at=${Date.now()}`)).length;
const ADAPTERS = { greenhouse, lever, ashby };

describe('<rk-openings feed>', () => {
  afterEach(cleanup);

  for (const ats of ['greenhouse', 'lever', 'ashby'] as const) {
    it(`${ats}: the board's open jobs, as the ${ats} adapter gives them, each a link to the ATS's posting`, async () => {
      const fixture = await loadJson(`/test/fixtures/feeds/${ats}/small.json`);
      const expected = ADAPTERS[ats](fixture, { organization: { name: 'Northwind' } }).index.openings;
      expect(expected.length, 'the fixture has jobs that come through').to.be.greaterThan(1);
      const { el, event } = await settle<OpeningsElement>(html`<rk-openings feed="${ats}:northwind" feed-base="/__rk/ats/${ats}/small" organization="Northwind" no-url-sync></rk-openings>`);
      expect(event.type).to.equal('rk-ready');
      expect(titles(el).sort()).to.deep.equal(expected.filter((o) => !o.validThrough || Date.parse(o.validThrough) > Date.now()).map((o) => o.title).sort());
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]')].map((a) => a.getAttribute('href'));
      const postings = ADAPTERS[ats](fixture, { organization: { name: 'Northwind' } }).openings.map((o) => o.applyUrl);
      expect(links.length).to.equal(titles(el).length);
      expect(links.every((href) => postings.includes(href!)), links.join(' ')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('href-template sends each row to a page of the site instead (the ids the build step gives them)', async () => {
    const fixture = await loadJson('/test/fixtures/feeds/greenhouse/small.json');
    const ids = greenhouse(fixture, {}).index.openings.map((o) => o.id);
    const { el } = await settle<OpeningsElement>(html`<rk-openings feed="greenhouse:northwind" feed-base="/__rk/ats/greenhouse/small" href-template="/jobs/{id}/" no-url-sync></rk-openings>`);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]')].map((a) => a.getAttribute('href'));
    expect(links.sort()).to.deep.equal(ids.map((id) => `/jobs/${id}/`).sort());
  });

  it('one request per feed per page: two lists of one board share it', async () => {
    const before = await hits('ats-greenhouse-small');
    await settle(html`<div>
      <rk-openings feed="greenhouse:shared" feed-base="/__rk/ats/greenhouse/small" organization="Northwind" no-url-sync label="A"></rk-openings>
      <rk-openings feed="greenhouse:shared" feed-base="/__rk/ats/greenhouse/small" organization="Northwind" no-url-sync label="B"></rk-openings>
    </div>`, 'rk-openings');
    const lists = [...document.querySelectorAll<OpeningsElement>('rk-openings')];
    for (let i = 0; i < 100 && lists.some((list) => !shadow(list).querySelector('[part="list"]')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(lists.map((list) => titles(list).length > 0)).to.deep.equal([true, true]);
    expect((await hits('ats-greenhouse-small')) - before).to.equal(1);
  });

  it('a feed a browser cannot read, or no board: a clear error state (and one rk-error), no request', async () => {
    for (const [feed, words] of [
      ['workable:acme', 'rolekit feed'],
      ['greenhouse', 'does not name a board'],
      ['greenhouse:../../etc', 'does not name a board'],
    ]) {
      const { el, event } = await settle<OpeningsElement>(html`<rk-openings feed=${feed} no-url-sync></rk-openings>`);
      expect(event.type, feed).to.equal('rk-error');
      expect((event as RkErrorEvent).detail.kind).to.equal('invalid');
      expect(text(shadow(el).querySelector('[part="error"]')), feed).to.include(words);
      await expect(el).to.be.accessible();
      cleanup();
    }
  });

  it('a board whose jobs all fail (no organization given) shows why, at the ATS field', async () => {
    // Lever's postings do not name the employer
    const { el, event } = await settle<OpeningsElement>(html`<rk-openings feed="lever:noorg" feed-base="/__rk/ats/lever/small" no-url-sync></rk-openings>`);
    expect(event.type).to.equal('rk-error');
    expect(text(shadow(el).querySelector('[part="error"]'))).to.include('names no hiring organization');
  });

  it('hostile ATS HTML comes through as text only', async () => {
    const { el } = await settle<OpeningsElement>(html`<rk-openings feed="greenhouse:hostile" feed-base="/__rk/ats/greenhouse/hostile" organization="Northwind" no-url-sync></rk-openings>`);
    const root = shadow(el);
    expect(root.querySelectorAll('script, iframe, img, [onerror], [onclick]')).to.have.length(0);
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a')) expect(a.protocol).to.match(/^https?:$/);
  });
});
