// Links in a feed's HTML (src/feeds/html.ts, html-links.ts): which `<a href>`s become links of their
// block, where they land, and when only the text stays. Every result is checked by parseOpening,
// whose rule places each link (src/schema/links.ts).
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { htmlToBlocks } from '../../src/feeds/html.js';
import { linkHref } from '../../src/feeds/html-links.js';
import { LIMITS } from '../../src/schema/constants.js';
import { parseOpening, type DescriptionBlock } from '../../src/schema/index.js';

const OPENING = { schemaVersion: 1, id: 'x-1', title: 'X', organization: { name: 'Org' }, posted: '2026-11-01', applyUrl: 'https://jobs.example/x' };
const blocks = (html: string): DescriptionBlock[] => {
  const out = htmlToBlocks(html);
  const result = parseOpening({ ...OPENING, description: out });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return out;
};

test('http(s) and mailto links become links of their paragraph, their text a run of its text', () => {
  assert.deepStrictEqual(blocks('<p>Read <a href="https://acme.example/handbook">our handbook</a> or <a href="mailto:jobs@acme.example">write to us</a>.</p>'), [
    {
      type: 'paragraph',
      text: 'Read our handbook or write to us.',
      links: [
        { text: 'our handbook', href: 'https://acme.example/handbook' },
        { text: 'write to us', href: 'mailto:jobs@acme.example' },
      ],
    },
  ]);
});

test('links in list items: one list block, links in item order', () => {
  assert.deepStrictEqual(blocks('<ul><li>See <a href="https://a.example/">benefits</a></li><li>plain</li><li><a href="https://b.example/x?y=1&amp;z=2">Apply</a> now</li></ul>'), [
    {
      type: 'list',
      items: ['See benefits', 'plain', 'Apply now'],
      links: [
        { text: 'benefits', href: 'https://a.example/' },
        { text: 'Apply', href: 'https://b.example/x?y=1&z=2' },
      ],
    },
  ]);
});

test('any other link keeps only its text: javascript:, data:, relative, broken, empty, or in a heading', () => {
  for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', '&#106;avascript:alert(1)', 'data:text/html,<b>x</b>', '/jobs/1', '#top', 'https://', 'http://[::1', 'ftp://files.example/']) {
    assert.deepStrictEqual(blocks(`<p>A <a href="${href}">link</a>.</p>`), [{ type: 'paragraph', text: 'A link.' }], href);
  }
  assert.deepStrictEqual(blocks('<p>A <a>link</a> and <a href="https://x.example/">&nbsp;</a>.</p>'), [{ type: 'paragraph', text: 'A link and .' }]);
  assert.deepStrictEqual(blocks('<h2><a href="https://x.example/">Benefits</a></h2>'), [{ type: 'heading', text: 'Benefits' }]);
});

test('a link that spans two blocks, or is cut, or would land on an earlier copy of its words, keeps only its text', () => {
  assert.deepStrictEqual(blocks('<a href="https://x.example/"><p>One</p><p>Two</p></a>'), [
    { type: 'paragraph', text: 'One' },
    { type: 'paragraph', text: 'Two' },
  ]);
  // the linked "here" is the second one: the schema's rule (first occurrence) would put it on the first
  assert.deepStrictEqual(blocks('<p>Click here or <a href="https://x.example/">here</a>.</p>'), [{ type: 'paragraph', text: 'Click here or here.' }]);
  // …but the first "here" linked too is fine: each link reads on from the previous one
  assert.deepStrictEqual(blocks('<p><a href="https://a.example/">here</a> or <a href="https://b.example/">here</a></p>')[0], {
    type: 'paragraph',
    text: 'here or here',
    links: [
      { text: 'here', href: 'https://a.example/' },
      { text: 'here', href: 'https://b.example/' },
    ],
  });
  const long = 'word '.repeat(130).trim();
  const [item] = blocks(`<ul><li>${long} <a href="https://x.example/">the end</a></li></ul>`);
  assert.ok(item.type === 'list' && item.items[0].length === LIMITS.listItem && item.links === undefined);
});

test('a link in a paragraph that continues in the next keeps to the piece it lies in', () => {
  const text = `${'a'.repeat(LIMITS.paragraph - 3)} tail <a href="https://x.example/">second part</a> done`;
  const out = blocks(`<p>${text}</p>`);
  assert.equal(out.length, 2);
  assert.deepStrictEqual(out[1], { type: 'paragraph', text: 'tail second part done', links: [{ text: 'second part', href: 'https://x.example/' }] });
});

test('linkHref: only absolute http(s) and mailto, normalised', () => {
  assert.equal(linkHref('  https://Acme.Example/a b  '), 'https://acme.example/a%20b');
  assert.equal(linkHref('mailto:jobs@acme.example'), 'mailto:jobs@acme.example');
  for (const bad of [undefined, '', 'javascript:alert(1)', 'vbscript:x', 'data:,x', '//evil.example/', '/a', `https://x.example/${'a'.repeat(2048)}`]) {
    assert.equal(linkHref(bad), undefined, String(bad));
  }
});
