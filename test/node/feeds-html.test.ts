// HTML → description blocks (src/feeds/html.ts): what each element becomes, entities decoded exactly
// once, the schema's limits always kept, and — fast-check, fixed seed as in `npm test` — any string,
// any soup of tags and entities, truncated markup and 1 MB descriptions give blocks that validate
// as an opening's, never throw and finish.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { textToBlocks } from '../../src/feeds/description.js';
import { convertHtml, decodeEntities, htmlToBlocks, MAX_BLOCKS } from '../../src/feeds/html.js';
import { cleanText, visible } from '../../src/feeds/normalize.js';
import { LIMITS } from '../../src/schema/constants.js';
import { parseOpening, type DescriptionBlock } from '../../src/schema/index.js';
import { HOSTILE } from '../hostile-strings.js';
import { runs } from '../property.js';

const FILE = 'test/node/feeds-html.test.ts';

const p = (text: string): DescriptionBlock => ({ type: 'paragraph', text });
const h = (text: string): DescriptionBlock => ({ type: 'heading', text });
const ul = (...items: string[]): DescriptionBlock => ({ type: 'list', items });
const ol = (...items: string[]): DescriptionBlock => ({ type: 'list', items, ordered: true });

const OPENING = {
  schemaVersion: 1,
  id: 'x-1',
  title: 'X',
  organization: { name: 'Org' },
  posted: '2026-11-01',
  applyUrl: 'https://jobs.example/x',
};

/** The blocks are valid as an opening's description (or there are none), and hold only text. */
function assertValid(blocks: DescriptionBlock[], label = ''): void {
  assert.ok(blocks.length <= MAX_BLOCKS, `${label}: ${blocks.length} blocks`);
  if (!blocks.length) return;
  const result = parseOpening({ ...OPENING, description: blocks });
  assert.ok(result.ok, `${label}: ${JSON.stringify(!result.ok && result.problems.slice(0, 3))}`);
  for (const block of blocks) {
    const keys = block.type === 'list' ? (block.ordered ? ['items', 'ordered', 'type'] : ['items', 'type']) : ['text', 'type'];
    assert.deepStrictEqual(Object.keys(block).filter((key) => key !== 'links').sort(), keys);
    // links only in paragraphs and lists, only absolute http(s) and mailto (parseOpening placed each in its text)
    for (const link of (block.type !== 'heading' && block.links) || []) assert.match(link.href, /^(?:https?:\/\/|mailto:)[^\s]+$/, `${label}: ${link.href}`);
    for (const text of block.type === 'list' ? block.items : [block.text]) {
      assert.equal(typeof text, 'string');
      assert.equal(text, text.trim(), `${label}: not trimmed: ${JSON.stringify(text)}`);
      assert.doesNotMatch(text, /\s{2}|[\n\t\r]/, `${label}: spaces not collapsed: ${JSON.stringify(text)}`);
    }
  }
}

test('paragraphs, headings and inline text', () => {
  assert.deepStrictEqual(htmlToBlocks('<p>Hello <b>bold</b> <i>it</i> <span>span</span> <a href="https://x.example">link</a>.</p><p>Two</p>'), [
    { type: 'paragraph', text: 'Hello bold it span link.', links: [{ text: 'link', href: 'https://x.example/' }] },
    p('Two'),
  ]);
  assert.deepStrictEqual(htmlToBlocks('<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>'), ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map(h));
  assert.deepStrictEqual(htmlToBlocks('<div>first<div>nested</div>after</div>'), [p('first'), p('nested'), p('after')]);
  assert.deepStrictEqual(htmlToBlocks('plain text, no tags'), [p('plain text, no tags')]);
  assert.deepStrictEqual(htmlToBlocks('<section><blockquote>quote</blockquote><pre>  pre\n   text </pre></section>'), [p('quote'), p('pre text')]);
  assert.deepStrictEqual(htmlToBlocks('<p>a<strong>b</strong>c</p>'), [p('abc')], 'inline tags join their text as a browser does');
});

test('line breaks end a paragraph; in a heading or a list item they are a space', () => {
  assert.deepStrictEqual(htmlToBlocks('one<br>two<br/><br />three'), [p('one'), p('two'), p('three')]);
  assert.deepStrictEqual(htmlToBlocks('<h3>Title<br>subtitle</h3>'), [h('Title subtitle')]);
  assert.deepStrictEqual(htmlToBlocks('<ul><li>line<br>two</li></ul>'), [ul('line two')]);
  assert.deepStrictEqual(htmlToBlocks('a<hr>b'), [p('a'), p('b')]);
});

test('lists: bullets and numbers, nested lists flattened, blocks in items joined, bare items listed', () => {
  assert.deepStrictEqual(htmlToBlocks('<ul><li>a</li><li>b</li></ul>'), [ul('a', 'b')]);
  assert.deepStrictEqual(htmlToBlocks('<ol><li>one<li>two</ol>'), [ol('one', 'two')]);
  assert.deepStrictEqual(
    htmlToBlocks('<ul><li>Languages<ul><li>TypeScript</li><li>Go<ol><li>deep</li></ol></li></ul></li><li>Other</li></ul>'),
    [ul('Languages', 'TypeScript', 'Go', 'deep', 'Other')],
  );
  assert.deepStrictEqual(htmlToBlocks('<ul><li><p>para</p><p>graph</p></li><li><h4>heading</h4> in item</li></ul>'), [ul('para graph', 'heading in item')]);
  assert.deepStrictEqual(htmlToBlocks('before<ul><li>x</li></ul>after'), [p('before'), ul('x'), p('after')]);
  // Lever's lists[].content: bare <li> items
  assert.deepStrictEqual(htmlToBlocks('<li>x</li><li>y</li>'), [ul('x', 'y')]);
  assert.deepStrictEqual(htmlToBlocks('<li>x</li><li>y</li><p>para</p><li>z</li>'), [ul('x', 'y'), p('para'), ul('z')]);
  assert.deepStrictEqual(htmlToBlocks('<div><li>x</li> <li>y</li></div>tail'), [ul('x', 'y'), p('tail')]);
  assert.deepStrictEqual(htmlToBlocks('<ul>stray<li>x</li><li>  </li><li>&nbsp;</li></ul>'), [ul('stray', 'x')], 'stray text is an item; empty items go');
  assert.deepStrictEqual(htmlToBlocks('<menu><li>m</li></menu>'), [ul('m')]);
});

test('a list over 60 items continues in the next list block; ordered stays ordered', () => {
  const items = Array.from({ length: 130 }, (_, i) => `item ${i}`);
  const blocks = htmlToBlocks(`<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`);
  assert.deepStrictEqual(blocks, [ol(...items.slice(0, 60)), ol(...items.slice(60, 120)), ol(...items.slice(120))]);
  assertValid(blocks);
});

test('tables: a row is a paragraph, its cells separated by spaces', () => {
  assert.deepStrictEqual(htmlToBlocks('<table><tr><th>Salary</th><td>$1</td></tr><tr><td>c</td></tr></table>'), [p('Salary $1'), p('c')]);
});

test('scripts, styles, iframes, forms, images, comments: gone; their text only where it is text', () => {
  const html = [
    '<script>alert(1)</script><style>p{color:red}</style><noscript>enable JS</noscript><template><p>tpl</p></template>',
    '<iframe src="https://evil.example">fallback</iframe><object data="x">obj</object><embed src="x">',
    '<svg><text>svg text</text><script>x</script></svg><math><mi>x</mi></math>',
    '<video>no video</video><audio>no audio</audio><canvas>no canvas</canvas>',
    '<form action="https://evil.example"><label>Name</label><input value="v"><select><option>opt</option></select><textarea>ta</textarea><button>Send</button></form>',
    '<img src=x onerror="alert(1)" alt="alt text"><!-- a comment --><![CDATA[cdata]]>',
    '<p onclick="alert(1)" style="display:none">kept <a href="javascript:alert(1)" onmouseover="x">link text</a></p>',
    '<custom-tag>unknown keeps its text</custom-tag><blink>blink</blink><title>doc title</title>',
  ].join('');
  assert.deepStrictEqual(htmlToBlocks(html), [p('Name'), p('kept link text'), p('unknown keeps its textblink')]);
});

test('entities: decoded once by the parser; Greenhouse content decoded once before, never twice', () => {
  assert.deepStrictEqual(htmlToBlocks('<p>Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#x1F600; &#128512; &nbsp;&copy; &notanentity; &amp</p>'), [p('Tom & Jerry <3 été 😀 😀 © ¬anentity; &')], 'legacy entities without ";" decode as in a browser');
  // Greenhouse: HTML whose tags are entity-escaped, and whose own escaped text is escaped again
  const content = '&lt;p&gt;Write &amp;lt;script&amp;gt; tags &amp;amp; more&lt;/p&gt;&lt;ul&gt;&lt;li&gt;one&lt;/li&gt;&lt;/ul&gt;';
  const once = decodeEntities(content);
  assert.equal(once, '<p>Write &lt;script&gt; tags &amp; more</p><ul><li>one</li></ul>');
  assert.deepStrictEqual(htmlToBlocks(once), [p('Write <script> tags & more'), ul('one')], 'the escaped text is visible text, not markup');
  // decoding twice would have made it markup: a script element that swallows the rest
  assert.deepStrictEqual(htmlToBlocks(decodeEntities(once)), [p('Write')]);
  assert.deepStrictEqual(htmlToBlocks(decodeEntities('&amp;lt;script&amp;gt;')), [p('<script>')]);
  assert.equal(decodeEntities('&amp;amp;'), '&amp;');
});

test('whitespace collapsed, control characters dropped, blocks that show nothing dropped', () => {
  assert.deepStrictEqual(htmlToBlocks('<p>  a \n\t b\u00a0\u00a0c\u3000d\u2003e  </p>'), [p('a b c d e')]);
  assert.deepStrictEqual(htmlToBlocks('<p>&nbsp;</p><p>\u200b</p><p> </p><p><b></b></p><div>\ufeff\u00ad</div><h2> </h2><ul><li></li></ul>'), []);
  assert.deepStrictEqual(htmlToBlocks('<p>a\u0000b\u0007c\u009fd</p>'), [p('abcd')]);
  assert.deepStrictEqual(htmlToBlocks(''), []);
});

test('every text fits the schema: long paragraphs continue, long headings and items are cut with "…"', () => {
  const word = 'word ';
  const long = word.repeat(3000).trim(); // 14,999 characters
  const blocks = htmlToBlocks(`<p>${long}</p>`);
  assert.ok(blocks.length === 3 && blocks.every((b) => b.type === 'paragraph' && b.text.length <= LIMITS.paragraph));
  assert.equal(blocks.map((b) => (b as { text: string }).text).join(' '), long, 'nothing lost: cut at spaces');
  const heading = htmlToBlocks(`<h2>${'H'.repeat(500)}</h2>`)[0] as { text: string };
  assert.equal(heading.text.length, LIMITS.shortText);
  assert.ok(heading.text.endsWith('…'));
  const item = (htmlToBlocks(`<ul><li>${'i'.repeat(5000)}</li></ul>`)[0] as { items: string[] }).items[0];
  assert.equal(item.length, LIMITS.listItem);
  // a cut never splits a surrogate pair
  const emoji = htmlToBlocks(`<h2>${'😀'.repeat(300)}</h2>`)[0] as { text: string };
  assert.ok(emoji.text.length <= LIMITS.shortText);
  assert.doesNotMatch(emoji.text, /[\ud800-\udbff](?![\udc00-\udfff])/);
  const unbroken = htmlToBlocks(`<p>${'😀'.repeat(6000)}</p>`);
  for (const b of unbroken) assert.doesNotMatch((b as { text: string }).text, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  assertValid([...blocks, heading as DescriptionBlock, ...unbroken]);
});

test('at most 200 blocks (or maxBlocks), and clipped says text was left out', () => {
  const many = Array.from({ length: 500 }, (_, i) => `<p>p${i}</p>`).join('');
  const all = convertHtml(many);
  assert.equal(all.blocks.length, 200);
  assert.equal(all.clipped, true);
  assert.deepStrictEqual(all.blocks[199], p('p199'));
  assert.equal(htmlToBlocks(many, { maxBlocks: 3 }).length, 3);
  assert.equal(htmlToBlocks(many, { maxBlocks: 1000 }).length, 200, 'never more than the schema allows');
  assert.equal(convertHtml('<p>a</p><p>b</p>').clipped, false);
  // a huge list past the budget: its items are not all kept either
  const items = convertHtml(`<p>x</p><ul>${'<li>i</li>'.repeat(20000)}</ul>`, { maxBlocks: 5 });
  assert.equal(items.blocks.length, 5);
  assert.equal(items.clipped, true);
  assertValid(all.blocks);
});

test('malformed and truncated markup: unclosed tags, stray closers, cut in the middle of a tag or an entity', () => {
  assert.deepStrictEqual(htmlToBlocks('<p>unclosed <b>bold <i>italic'), [p('unclosed bold italic')]);
  assert.deepStrictEqual(htmlToBlocks('</p></div></ul>text</li></h2>'), [p('text')]);
  assert.deepStrictEqual(htmlToBlocks('<ul><li>one<li>two'), [ul('one', 'two')]);
  assert.deepStrictEqual(htmlToBlocks('<h2>open heading<p>para<p>more'), [h('open heading'), p('para'), p('more')], 'an unclosed heading is one heading, not the rest of the text');
  assert.deepStrictEqual(htmlToBlocks('<h2><p>wrapped</p></h2><p>para</p>'), [h('wrapped'), p('para')]);
  assert.deepStrictEqual(htmlToBlocks('<h2>a<br>b<div>c</div>d</h2>e'), [h('a b'), p('c'), p('d'), p('e')]);
  assert.deepStrictEqual(htmlToBlocks('<p>before</p><p class="x'), [p('before')]);
  assert.deepStrictEqual(htmlToBlocks('<p>cut &am'), [p('cut &am')]);
  assert.deepStrictEqual(htmlToBlocks('<p>a < b and c > d</p>'), [p('a < b and c > d')]);
  assert.deepStrictEqual(htmlToBlocks('<p>text<script>never closed <p>swallowed'), [p('text')], 'an unclosed script swallows the rest, as in a browser');
  assert.deepStrictEqual(htmlToBlocks('<!-- unclosed comment <p>hidden'), []);
  assert.deepStrictEqual(htmlToBlocks('<<p>>x<</p>'), [p('<'), p('>x<')]);
  assertValid(htmlToBlocks('<div>'.repeat(50_000) + 'deep' + '</div>'.repeat(10)));
  assert.deepStrictEqual(htmlToBlocks('<ul>'.repeat(10_000) + '<li>deep item'), [ul('deep item')]);
});

test('a 1 MB description converts in well under a second, within the limits', () => {
  const chunk = '<h3>Heading &amp; more</h3><p>Paragraph <b>bold</b> text &lt;escaped&gt;.</p><ul><li>one</li><li>two</li></ul><script>x()</script>';
  const html = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
  const started = performance.now();
  const { blocks, clipped } = convertHtml(html);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 5000, `${elapsed} ms`); // about 0.3 s alone; generous for a loaded machine
  assert.equal(blocks.length, 200);
  assert.ok(clipped);
  assertValid(blocks);
  const oneParagraph = htmlToBlocks(`<p>${'x'.repeat(1_000_000)}</p>`);
  assert.equal(oneParagraph.length, 200);
  assertValid(oneParagraph);
});

test('the hostile strings, alone and inside markup, give valid text-only blocks', () => {
  for (const hostile of HOSTILE) {
    for (const html of [hostile, `<p>${hostile}</p>`, `<ul><li>${hostile}</li></ul>`, `<h2>${hostile}</h2>`, decodeEntities(hostile)]) {
      assertValid(htmlToBlocks(html), html.slice(0, 60));
    }
  }
  // the scripts and handlers in the corpus leave no trace of their code
  const all = HOSTILE.map((s) => JSON.stringify(htmlToBlocks(s))).join('\n');
  assert.doesNotMatch(all, /<script|onerror|<img|<iframe|<svg/i);
});

test('textToBlocks: plain text, one paragraph per line, nothing read as markup', () => {
  assert.deepStrictEqual(textToBlocks('First line\n\nSecond  line\r\n<b>not markup</b> &amp;\n   \n'), [p('First line'), p('Second line'), p('<b>not markup</b> &amp;')]);
  assert.equal(textToBlocks('x\n'.repeat(500)).length, 200);
  assertValid(textToBlocks('y'.repeat(20000)));
});

// ---- properties (fixed seed in `npm test`; `npm run fuzz` for random seeds) ----

const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'br', 'hr', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h6', 'table', 'tr', 'td', 'script', 'style', 'iframe', 'img', 'svg', 'math', 'template', 'noscript', 'form', 'select', 'textarea', 'pre', 'blockquote', 'x-unknown', 'plaintext', 'title', 'xmp'];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&nbsp;', '&quot;', '&#39;', '&#x3c;', '&#0;', '&#xD800;', '&#1114112;', '&amp;lt;', '&amp;amp;lt;', '&', '&#', '&#x', '&lt', '&notin', '&CounterClockwiseContourIntegral;'];
const piece = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom(...TAGS).map((t) => `<${t} onclick="x()" href='javascript:alert(1)' style=x>`),
  fc.constantFrom('https://ok.example/x', 'mailto:a@b.example', 'HTTP://X.EXAMPLE/a b', ' javascript:alert(1)', 'data:text/html,x', '/relative', 'https://', '&#106;avascript:x').map((href) => `<a href="${href}">`),
  fc.constantFrom(...ENTITIES),
  fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<', '>', '</', '/>', '"', "'", '=', '\u0000', '\u200b', '\u00a0', '\n', ' '),
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const soup = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

test('property: any string gives valid blocks, without throwing', (t) => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => assertValid(htmlToBlocks(s))), runs(500, { file: FILE, name: t.name }));
});

test('property: any soup of tags, attributes, entities and hostile strings gives valid blocks', (t) => {
  fc.assert(fc.property(soup, (s) => assertValid(htmlToBlocks(s))), runs(1500, { file: FILE, name: t.name }));
});

test('property: Greenhouse-style escaped soup, decoded once, gives valid blocks', (t) => {
  fc.assert(
    fc.property(soup, (s) => {
      const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      assert.equal(decodeEntities(escaped), s, 'decoding once undoes escaping once');
      assertValid(htmlToBlocks(decodeEntities(escaped)));
    }),
    runs(500, { file: FILE, name: t.name }),
  );
});

test('property: every prefix of a document (truncated markup) gives valid blocks', (t) => {
  fc.assert(
    fc.property(soup, fc.nat(), (s, at) => assertValid(htmlToBlocks(s.slice(0, s.length ? at % (s.length + 1) : 0)))),
    runs(500, { file: FILE, name: t.name }),
  );
});

test('property: text with no markup comes through whole, as one paragraph of its words', (t) => {
  const words = fc.array(fc.stringMatching(/^[A-Za-z0-9.,;:!?'"()-]{1,12}$/), { minLength: 1, maxLength: 30 });
  fc.assert(
    fc.property(words, (ws) => {
      const text = ws.join(' ');
      assert.deepStrictEqual(htmlToBlocks(text), [p(text.replace(/&/g, '&'))]);
    }),
    runs(300, { file: FILE, name: t.name }),
  );
});

test('property: a list of escaped items keeps every item as its text', (t) => {
  const item = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => visible(cleanText(s)));
  fc.assert(
    fc.property(fc.array(item, { minLength: 1, maxLength: 70 }), fc.boolean(), (items, ordered) => {
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const tag = ordered ? 'ol' : 'ul';
      const blocks = htmlToBlocks(`<${tag}>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</${tag}>`);
      const got = blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
      assert.deepStrictEqual(got, items.map(cleanText));
      assert.ok(blocks.every((b) => b.type === 'list' && (b.ordered === true) === ordered));
      assertValid(blocks);
    }),
    runs(300, { file: FILE, name: t.name }),
  );
});
