// `emit-jsonld` on <rk-role-page> and <rk-role-board>: one <script type="application/ld+json"> in
// the document head, in step with the data, never a duplicate, gone when the element is.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define.js';
import type { RoleBoardElement } from '../src/elements/role-board/role-board.js';
import type { RolePageElement } from '../src/elements/role-page/role-page.js';
import { jsonLdText, parseRole, parseRoleIndex, toItemList, toJsonLd, type JsonLdGraph, type JsonLdNode, type Role, type RoleIndex } from '../src/schema/index.js';
import { cleanup, fixtureUrl, invalidUrl, loadJson, loadSeed, settle, shadow } from './helpers.js';

const INDEX_URL = '/data/index.json';
const LD = 'script[type="application/ld+json"]';
const ATTACK = '</script><script>alert(1)</script>';

/** The ld+json scripts in the head. */
const ldScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>(LD)];
/** The page's address without its fragment: what the elements describe when there is no canonical link. */
const here = () => location.href.split('#')[0];
const graphOf = (script: HTMLScriptElement) => JSON.parse(script.textContent!) as JsonLdGraph;

function valid(input: unknown): Role {
  const parsed = parseRole(input);
  if (!parsed.ok) throw new Error(`fixture invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

describe('emit-jsonld', () => {
  const start = location.href;
  /** What a test put in the head itself (links, server-rendered scripts): removed after it. */
  const added: Element[] = [];
  const addToHead = <T extends Element>(el: T): T => (document.head.append(el), added.push(el), el);
  const addCanonical = (href: string) => {
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = href;
    return addToHead(link);
  };
  const addServerScript = (json: string) => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.append(document.createTextNode(json));
    return addToHead(script);
  };

  let seed: Role;
  let before0: HTMLScriptElement[];
  before(async () => {
    seed = await loadSeed();
    before0 = ldScripts();
    expect(before0, 'the test page starts with no ld+json').to.have.length(0);
  });
  afterEach(() => {
    cleanup();
    for (const el of added.splice(0)) el.remove();
    // a failed test must not leave its element's script behind for the next one
    for (const script of ldScripts()) if (!before0.includes(script)) script.remove();
    history.replaceState(null, '', start);
  });
  after(() => expect(ldScripts()).to.have.length(0));

  describe('off by default', () => {
    it('a role page without the attribute adds no script', async () => {
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed}></rk-role-page>`);
      expect(el.emitJsonld).to.equal(false);
      expect(shadow(el).querySelector('h2')!.textContent).to.include(seed.title); // it did render
      expect(ldScripts()).to.have.length(0);
      expect(document.querySelectorAll(LD)).to.have.length(0);
    });

    it('a board without the attribute adds no script', async () => {
      const { el } = await settle<RoleBoardElement>(html`<rk-role-board src=${INDEX_URL} no-url-sync></rk-role-board>`);
      expect(el.emitJsonld).to.equal(false);
      expect(shadow(el).querySelectorAll('rk-role-card').length).to.be.greaterThan(0);
      expect(ldScripts()).to.have.length(0);
      expect(document.querySelectorAll(LD)).to.have.length(0);
    });
  });

  describe('<rk-role-page emit-jsonld>', () => {
    it("adds one script with the role's graph for the page's address (without the fragment)", async () => {
      history.replaceState(null, '', '#duties');
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      expect(el.emitJsonld).to.equal(true);
      const scripts = ldScripts();
      expect(scripts).to.have.length(1);
      const [script] = scripts;
      expect(script.parentNode).to.equal(document.head);
      const url = here();
      expect(url).not.to.include('#');
      const expected = toJsonLd(valid(seed), { url });
      expect(graphOf(script)).to.deep.equal(expected);
      expect(script.textContent).to.equal(jsonLdText(expected));
      const types = expected['@graph'].map((node) => node['@type']);
      expect(types).to.deep.equal(['WebPage', 'Occupation', 'BreadcrumbList', 'FAQPage']);
      expect(expected['@graph'][0]['@id']).to.equal(url);
      expect(script.textContent).not.to.include('JobPosting');
    });

    it('role text that tries to close the script stays inside it, escaped, and parses back unchanged', async () => {
      const hostile = { ...seed, title: `Developer ${ATTACK}`, summary: `Writes code ${ATTACK} <!-- & more -->` };
      const scriptsBefore = document.querySelectorAll('script').length;
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${hostile} emit-jsonld></rk-role-page>`);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null); // the hostile role is valid data
      const [script, ...rest] = ldScripts();
      expect(rest).to.have.length(0);
      expect(document.querySelectorAll('script').length).to.equal(scriptsBefore + 1); // nothing but the one script
      const text = script.textContent!;
      expect(text).not.to.include('<');
      expect(text).not.to.include('>');
      expect(text).to.include('\\u003c/script\\u003e');
      const graph = graphOf(script);
      expect(graph).to.deep.equal(toJsonLd(valid(hostile), { url: here() }));
      expect(graph['@graph'][0].name).to.equal(hostile.title);
      expect(graph['@graph'][0].description).to.equal(hostile.summary);
      // serialized (a prerender, a saved page) and parsed again: still one script, the same JSON
      const reparsed = new DOMParser().parseFromString(`<!doctype html><head>${script.outerHTML}</head>`, 'text/html');
      const again = reparsed.head.querySelectorAll('script');
      expect(again).to.have.length(1);
      expect(JSON.parse(again[0].textContent!)).to.deep.equal(graph);
    });

    it("uses the page's canonical URL when there is one", async () => {
      const canonical = 'https://careers.example.com/roles/x/';
      addCanonical(canonical);
      await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      const [script, ...rest] = ldScripts();
      expect(rest).to.have.length(0);
      const graph = graphOf(script);
      const page = graph['@graph'].find((node) => node['@type'] === 'WebPage')!;
      expect(page['@id']).to.equal(canonical);
      expect(page.url).to.equal(canonical);
      expect(graph['@graph'].find((node) => node['@type'] === 'Occupation')!['@id']).to.equal(`${canonical}#occupation`);
      expect(graph).to.deep.equal(toJsonLd(valid(seed), { url: canonical }));
      expect(script.textContent).not.to.include(here());
    });

    it('new data replaces the script (a new element): still one, with the new role', async () => {
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      const [old] = ldScripts();
      expect(graphOf(old)['@graph'][0].name).to.equal(seed.title);
      const minimal = await loadJson<Role>(fixtureUrl('minimal'));
      el.data = minimal;
      await el.updateComplete;
      const scripts = ldScripts();
      expect(scripts).to.have.length(1);
      expect(scripts[0]).not.to.equal(old);
      expect(old.isConnected).to.equal(false);
      expect(graphOf(scripts[0])['@graph'][0].name).to.equal(minimal.title);
      expect(graphOf(scripts[0])).to.deep.equal(toJsonLd(valid(minimal), { url: here() }));
    });

    it('a re-render with the same data keeps the same script element', async () => {
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      const [script] = ldScripts();
      el.headingLevel = 1;
      el.hide = 'faq';
      await el.updateComplete;
      expect(shadow(el).querySelector('h1')).not.to.equal(null); // it did re-render
      expect(ldScripts()).to.deep.equal([script]);
      expect(script.isConnected).to.equal(true);
    });

    it('is removed when the element disconnects', async () => {
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      const [script] = ldScripts();
      expect(script).to.exist;
      el.remove();
      expect(ldScripts()).to.have.length(0);
      expect(script.isConnected).to.equal(false);
    });

    it('is removed when emit-jsonld is removed, and comes back when it is set again', async () => {
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      expect(ldScripts()).to.have.length(1);
      el.removeAttribute('emit-jsonld');
      await el.updateComplete;
      expect(el.emitJsonld).to.equal(false);
      expect(ldScripts()).to.have.length(0);
      el.emitJsonld = true;
      await el.updateComplete;
      expect(el.hasAttribute('emit-jsonld')).to.equal(false); // the property does not reflect
      expect(ldScripts()).to.have.length(1);
      el.emitJsonld = false;
      await el.updateComplete;
      expect(ldScripts()).to.have.length(0);
    });

    it('adds none when the page already has a script describing the same page', async () => {
      const server = addServerScript(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', '@id': here() }] }));
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      expect(shadow(el).querySelector('h2')!.textContent).to.include(seed.title);
      expect(ldScripts()).to.deep.equal([server]);
    });

    it('a server script for another page, or one that is not JSON, does not stop it', async () => {
      addServerScript(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', '@id': 'https://elsewhere.example/' }] }));
      addServerScript(JSON.stringify({ '@type': 'Organization', '@id': here() })); // same id, another type
      addServerScript('{ not json');
      await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      const scripts = ldScripts();
      expect(scripts).to.have.length(4);
      expect(scripts.filter((s) => s.textContent === jsonLdText(toJsonLd(valid(seed), { url: here() })))).to.have.length(1);
    });

    it('two pages of the same role add one script between them', async () => {
      const { el: first } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      const { el: second } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      expect(first).not.to.equal(second);
      expect(shadow(second).querySelector('h2')!.textContent).to.include(seed.title);
      const scripts = ldScripts();
      expect(scripts).to.have.length(1);
      expect(graphOf(scripts[0])).to.deep.equal(toJsonLd(valid(seed), { url: here() }));
      // the second one owns no script: its disconnect leaves the first's in place
      second.remove();
      expect(ldScripts()).to.deep.equal(scripts);
      first.remove();
      expect(ldScripts()).to.have.length(0);
    });

    it('invalid data: the error state, and no script', async () => {
      const { el, event } = await settle<RolePageElement>(html`<rk-role-page src=${invalidUrl('missing-title')} emit-jsonld></rk-role-page>`);
      expect(event.type).to.equal('rk-error');
      expect(shadow(el).querySelector('[part="error"]')).not.to.equal(null);
      expect(ldScripts()).to.have.length(0);
    });

    it('data that becomes invalid removes the script', async () => {
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      expect(ldScripts()).to.have.length(1);
      const untitled: Partial<Role> = { ...seed };
      delete untitled.title;
      const failed = new Promise<Event>((resolve) => el.addEventListener('rk-error', resolve, { once: true }));
      el.data = untitled as Role;
      await el.updateComplete;
      await failed;
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('title');
      expect(ldScripts()).to.have.length(0);
    });
  });

  describe('<rk-role-board emit-jsonld>', () => {
    let index: RoleIndex;
    before(async () => {
      const parsed = parseRoleIndex(await loadJson(INDEX_URL));
      if (!parsed.ok) throw new Error('index invalid');
      index = parsed.value;
    });

    const itemList = (script: HTMLScriptElement) => {
      const graph = graphOf(script);
      expect(graph['@graph']).to.have.length(1);
      const [list] = graph['@graph'];
      return list as JsonLdNode & { numberOfItems: number; itemListElement: { '@type': string; position: number; url: string; name: string }[] };
    };

    it('adds one ItemList of every role, with absolute URLs resolved against the page', async () => {
      const data = await loadJson(INDEX_URL);
      await settle<RoleBoardElement>(html`<rk-role-board .data=${data} emit-jsonld no-url-sync></rk-role-board>`);
      const scripts = ldScripts();
      expect(scripts).to.have.length(1);
      const list = itemList(scripts[0]);
      const url = here();
      expect(list['@type']).to.equal('ItemList');
      expect(list['@id']).to.equal(`${url}#roles`);
      expect(index.roles.length).to.be.greaterThan(1);
      expect(list.numberOfItems).to.equal(index.roles.length);
      expect(list.itemListElement).to.have.length(index.roles.length);
      list.itemListElement.forEach((item, i) => {
        const entry = index.roles[i];
        expect(item['@type']).to.equal('ListItem');
        expect(item.position).to.equal(i + 1);
        expect(item.name).to.equal(entry.title);
        expect(item.url).to.equal(new URL(entry.href, url).href);
        expect(item.url).to.match(/^https?:\/\//);
        expect(item.url).not.to.equal(entry.href); // the index's links are relative: resolved
      });
      expect(graphOf(scripts[0])).to.deep.equal(toItemList(index, { url }));
      expect(scripts[0].textContent).not.to.include('JobPosting');
    });

    it('href-template links, and a change of template replaces the script', async () => {
      const { el } = await settle<RoleBoardElement>(html`<rk-role-board src=${INDEX_URL} href-template="/jobs/{slug}" emit-jsonld no-url-sync></rk-role-board>`);
      const [script, ...rest] = ldScripts();
      expect(rest).to.have.length(0);
      const list = itemList(script);
      expect(list.itemListElement.map((item) => item.url)).to.deep.equal(index.roles.map((entry) => new URL(`/jobs/${entry.slug}`, here()).href));
      el.hrefTemplate = 'https://jobs.example.com/{slug}.html';
      await el.updateComplete;
      const [next] = ldScripts();
      expect(next).not.to.equal(script);
      expect(script.isConnected).to.equal(false);
      expect(itemList(next).itemListElement.map((item) => item.url)).to.deep.equal(index.roles.map((entry) => `https://jobs.example.com/${entry.slug}.html`));
    });

    it('roles without a web link are left out, and the rest renumbered', async () => {
      await settle<RoleBoardElement>(html`<rk-role-board src=${INDEX_URL} href-template="mailto:jobs@example.com?subject={slug}" emit-jsonld no-url-sync></rk-role-board>`);
      const [script] = ldScripts();
      const list = itemList(script);
      expect(list.numberOfItems).to.equal(0);
      expect(list.itemListElement).to.deep.equal([]);
    });

    it("uses the page's canonical URL when there is one", async () => {
      const canonical = 'https://careers.example.com/jobs/';
      addCanonical(canonical);
      await settle<RoleBoardElement>(html`<rk-role-board src=${INDEX_URL} emit-jsonld no-url-sync></rk-role-board>`);
      const list = itemList(ldScripts()[0]);
      expect(list['@id']).to.equal(`${canonical}#roles`);
      expect(list.itemListElement[0].url).to.equal(new URL(index.roles[0].href, canonical).href);
    });

    it('searching, filtering and sorting keep the same script element', async () => {
      const { el } = await settle<RoleBoardElement>(html`<rk-role-board src=${INDEX_URL} emit-jsonld no-url-sync></rk-role-board>`);
      const root = shadow(el);
      const [script] = ldScripts();
      const text = script.textContent;
      const search = root.querySelector<HTMLInputElement>('[part="search"]')!;
      search.value = 'python';
      search.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(el.query).to.equal('python');
      expect(root.querySelector('[part="count"]')!.textContent!.trim()).not.to.equal(`${index.roles.length} roles`); // the search did filter
      el.query = 'data';
      el.sort = 'updated';
      await el.updateComplete;
      const category = root.querySelector<HTMLSelectElement>('[part="category"]')!;
      category.value = 'data';
      category.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.category).to.equal('data');
      expect(ldScripts()).to.deep.equal([script]);
      expect(script.isConnected).to.equal(true);
      expect(script.textContent).to.equal(text); // the whole listing, not what the filters show
      expect(itemList(script).numberOfItems).to.equal(index.roles.length);
    });

    it('is removed when the board disconnects', async () => {
      const { el } = await settle<RoleBoardElement>(html`<rk-role-board src=${INDEX_URL} emit-jsonld no-url-sync></rk-role-board>`);
      const [script] = ldScripts();
      expect(script).to.exist;
      el.remove();
      expect(ldScripts()).to.have.length(0);
      expect(script.isConnected).to.equal(false);
    });

    it('a board and a role page on one page each add their own', async () => {
      await settle<RoleBoardElement>(html`<rk-role-board src=${INDEX_URL} emit-jsonld no-url-sync></rk-role-board>`);
      await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      const types = ldScripts().map((script) => graphOf(script)['@graph'][0]['@type']);
      expect(types).to.deep.equal(['ItemList', 'WebPage']);
    });
  });

  describe('moving, filtering, standing back', () => {
    // the board's own filter parameters (?q=, ?category=, ?sort=) are not part of the page's URL
    it('typing in a URL-synced board keeps the same script, for the page without its filters', async () => {
      const url = here();
      const { el } = await settle<RoleBoardElement>(html`<rk-role-board src=${INDEX_URL} emit-jsonld></rk-role-board>`);
      const [script] = ldScripts();
      const search = shadow(el).querySelector<HTMLInputElement>('[part="search"]')!;
      search.value = 'python';
      search.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('q')).to.equal('python'); // URL sync did run
      expect(ldScripts()).to.deep.equal([script]);
      expect(graphOf(script)['@graph'][0]['@id']).to.equal(`${url}#roles`);
    });

    // a reconnect does not update a Lit element: the controller asks for one
    it('an element moved in the page (disconnected, connected again) still has its script', async () => {
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      expect(ldScripts()).to.have.length(1);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(ldScripts()).to.have.length(1);
    });

    it('two pages of one role: when the one with the script goes, the other adds its own', async () => {
      const { el } = await settle<RolePageElement>(html`<rk-role-page .data=${seed} emit-jsonld></rk-role-page><rk-role-page .data=${seed} emit-jsonld></rk-role-page>`);
      const second = el.nextElementSibling as RolePageElement;
      await second.updateComplete;
      const [first] = ldScripts();
      expect(ldScripts()).to.have.length(1);
      el.remove();
      await second.updateComplete;
      expect(ldScripts()).to.have.length(1);
      expect(ldScripts()[0]).not.to.equal(first);
      expect(graphOf(ldScripts()[0])['@graph'][0]['@id']).to.equal(here());
    });
  });
});
