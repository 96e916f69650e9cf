// Every fact the JSON-LD graph marks up is visible on the role page.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define.js';
import { parseRole, toJsonLd } from '../src/schema/index.js';
import { cleanup, deepQuery, deepText, loadSeed, settle } from './helpers.js';

/** Every text value in a JSON-LD graph, except identifiers, types, links, dates and the language. */
function facts(node: unknown, key = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => facts(n, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => facts(v, k));
  const skip = ['@context', '@type', '@id', 'url', 'item', 'inLanguage', 'dateModified'];
  return typeof node === 'string' && !skip.includes(key) ? [node] : [];
}

describe('JSON-LD matches the visible text', () => {
  afterEach(cleanup);

  it('every marked-up text of the seed role is on the rendered page', async () => {
    const seed = await loadSeed();
    const parsed = parseRole(seed);
    if (!parsed.ok) throw new Error('seed invalid');
    const graph = toJsonLd(parsed.value, { url: 'https://careers.example.com/roles/python-web-developer/' });
    const { el } = await settle(html`<rk-role-page .data=${seed}></rk-role-page>`);
    const text = deepText(el);
    const all = facts(graph);
    expect(all.length).to.be.greaterThan(40);
    for (const fact of all) expect(text, fact.slice(0, 60)).to.include(fact.replace(/\s+/g, ' '));
    // the date is shown formatted, and machine-readable in <time datetime>
    expect(deepQuery(el.shadowRoot!, 'time')!.getAttribute('datetime')).to.equal(graph['@graph'][0].dateModified);
  });
});
