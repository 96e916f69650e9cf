// rolekit/ssr and the CLI: every element renders on a server to declarative shadow DOM holding
// ALL of its content (FAQ answers included, collapsed), with its data as inline JSON for the
// browser; --page makes a complete document with title, description, canonical URL and JSON-LD.
// Run after `npm run build` (the CLI test runs the built dist/cli.js).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { parseRole, toItemList, toJsonLd, type Role } from '../../src/schema/index.js';
import { InvalidDocumentError, renderElement, renderPage, TAG_NAMES } from '../../src/ssr/ssr.js';

type Node = DefaultTreeAdapterMap['node'];
const seedJson = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8'));
const seed = (parseRole(seedJson) as { ok: true; value: Role }).value;
const index = JSON.parse(readFileSync('data/index.json', 'utf8'));
const opening = JSON.parse(readFileSync('test/fixtures/openings/opening.json', 'utf8'));
const openings = JSON.parse(readFileSync('test/fixtures/openings/openings.json', 'utf8'));
/** The document each element takes: a role, unless it takes a listing or an opening. */
const docFor = (tag: string): unknown => ({ 'rk-role-board': index, 'rk-opening': opening, 'rk-openings': openings, 'rk-role-openings': openings })[tag] ?? seedJson;

/** All text in parsed HTML, declarative shadow roots (template contents) included; scripts left out. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as { value: string }).value;
  if (node.nodeName === 'script' || node.nodeName === 'style') return '';
  const own = 'childNodes' in node ? node.childNodes.map(textOf).join(' ') : '';
  const content = node.nodeName === 'template' ? textOf((node as unknown as { content: Node }).content) : '';
  return `${own} ${content}`;
}
const normalise = (s: string) => s.replace(/\s+/g, ' ');
const visibleText = (markup: string) => normalise(textOf(parseFragment(markup) as unknown as Node));
const find = (node: Node, name: string, out: Node[] = []): Node[] => {
  if (node.nodeName === name) out.push(node);
  if ('childNodes' in node) node.childNodes.forEach((c) => find(c, name, out));
  return out;
};
const attr = (node: Node, name: string) => (node as unknown as { attrs: { name: string; value: string }[] }).attrs.find((a) => a.name === name)?.value;
/** The elements named `name` under `node`, declarative shadow roots (template contents) included. */
const findDeep = (node: Node, name: string, out: Node[] = []): Node[] => {
  if (node.nodeName === name) out.push(node);
  if ('childNodes' in node) node.childNodes.forEach((c) => findDeep(c, name, out));
  if (node.nodeName === 'template') findDeep((node as unknown as { content: Node }).content, name, out);
  return out;
};
/** Element children (no text, no comments). */
const children = (node: Node): Node[] => ('childNodes' in node ? node.childNodes.filter((c) => 'tagName' in c) : []);

/** Every line of the seed role: the texts a role page must hold. */
const SEED_LINES = [
  seed.title,
  seed.summary,
  ...Object.values(seed.atAGlance!).filter((v): v is string => typeof v === 'string'),
  seed.atAGlance!.aiImpact!.text!,
  ...seed.duties!,
  ...seed.overview!,
  ...seed.qualifications!.flatMap((g) => [g.heading, ...(g.qualifier ? [g.qualifier] : []), ...g.items]),
  ...seed.careerOutlook!,
  ...seed.faq!.flatMap((f) => [f.question, f.answer]),
];

test('the role page, rendered on the server, holds every line of the seed', () => {
  const markup = renderElement('rk-role-page', seedJson, { headingLevel: 1 });
  const text = visibleText(markup);
  assert.ok(SEED_LINES.length > 50);
  for (const line of SEED_LINES) assert.ok(text.includes(normalise(line)), `missing: ${line.slice(0, 80)}`);
  // the cover letter's texts are split around their [placeholders]: check the words between
  const letter = seed.coverLetter!;
  for (const paragraph of [letter.greeting, ...letter.paragraphs, letter.closing ?? '', letter.signature]) {
    for (const piece of paragraph.split(/\[[^\]]*\]/)) assert.ok(text.includes(normalise(piece).trim()), piece.slice(0, 60));
  }
  assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(markup, /<h1[ >]/);
});

test('FAQ: one closed <details> per question, its <summary> holding the question in a heading, the answer after it', () => {
  const markup = renderElement('rk-faq', seedJson);
  const root = parseFragment(markup) as unknown as Node;
  const items = findDeep(root, 'details');
  assert.equal(items.length, seed.faq!.length);
  for (const [i, details] of items.entries()) {
    const { question, answer } = seed.faq![i];
    assert.equal(attr(details, 'part'), 'item');
    assert.equal(attr(details, 'open'), undefined, 'closed, as the first client render has it: nothing moves at hydration');
    const [summary, ...rest] = children(details);
    assert.equal(summary.nodeName, 'summary', 'the summary comes first: the browser toggles with it, no script needed');
    assert.equal(attr(summary, 'part'), 'question');
    const headings = children(summary);
    assert.deepEqual(headings.map((h) => [h.nodeName, attr(h, 'part')]), [['h3', 'question-heading']]);
    assert.equal(normalise(textOf(headings[0])).trim(), normalise(question));
    assert.deepEqual(rest.map((n) => [n.nodeName, attr(n, 'part')]), [['div', 'answer']]);
    assert.equal(normalise(textOf(rest[0])).trim(), normalise(answer));
  }
  assert.doesNotMatch(markup, /aria-expanded|aria-controls|hidden="/, 'no ARIA state or hidden answers to fix up: the browser keeps the state');
  assert.equal(markup.match(/<button/g)?.length, 1, 'the one button is Expand all');
  // Expand all needs the script: marked so (hidden where scripting is off, its space kept while it loads)
  assert.match(markup, /<div class="tools needs-script">\s*(<!--[^>]*-->\s*)*<button part="toggle-all"/);
  assert.match(markup, /@media \(scripting: ?none\)/);
});

test('the cover letter: its inputs and Copy button are marked as needing the script, the letter is not', () => {
  const markup = renderElement('rk-cover-letter', seedJson);
  assert.match(markup, /<fieldset part="fields" class="needs-script">/);
  assert.match(markup, /<p class="needs-script">\s*(<!--[^>]*-->\s*)*<button part="copy"/);
  assert.match(markup, /<div part="letter" class="letter">/);
});

test('every element renders on the server, with its data as inline JSON for hydration', () => {
  for (const tag of TAG_NAMES) {
    const markup = renderElement(tag, docFor(tag), { href: '/roles/python-web-developer/' });
    assert.ok(markup.includes(`<${tag}`), tag);
    assert.ok(markup.includes('shadowrootmode="open"'), tag);
    const json = markup.match(/<script type="application\/json">(.*?)<\/script><\/rk-[a-z-]+>\s*(<!--\/lit-part-->)?$/s);
    assert.ok(json, `${tag}: inline JSON before the closing tag`);
    assert.equal(JSON.parse(json[1]).schemaVersion ?? 'listing', ['rk-role-board', 'rk-openings', 'rk-role-openings'].includes(tag) ? 'listing' : 1);
    assert.ok(visibleText(markup).length > 100, `${tag} renders its content`);
  }
  const board = visibleText(renderElement('rk-role-board', index, { hrefTemplate: '/roles/{slug}/' }));
  for (const role of index.roles.slice(0, 13)) assert.ok(board.includes(normalise(role.title)), role.title);
});

test('role content cannot close the inline JSON script', () => {
  const hostile = { ...seedJson, title: '</script><script>alert(1)</script>', summary: '<!--' };
  const markup = renderElement('rk-duties', hostile);
  const scripts: Node[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === 'script') scripts.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if (node.nodeName === 'template') walk((node as unknown as { content: Node }).content);
  };
  walk(parse(`<!doctype html><body>${markup}`) as unknown as Node);
  assert.equal(scripts.length, 1, 'one script element: the data');
  const text = (scripts[0] as unknown as { childNodes: { value: string }[] }).childNodes[0].value;
  assert.equal(JSON.parse(text).title, hostile.title);
});

test('an invalid document is refused with its problems, not rendered', () => {
  assert.throws(() => renderElement('rk-role-page', { ...seedJson, faq: 'no' }), (error: unknown) => {
    assert.ok(error instanceof InvalidDocumentError);
    assert.deepEqual(error.problems, [{ path: 'faq', message: 'expected a list, got text' }]);
    return true;
  });
});

/** The `content` of each <meta> of a page, by its name or property. */
const metaOf = (page: string): Record<string, string> =>
  Object.fromEntries(find(parse(page) as unknown as Node, 'meta').map((m) => [attr(m, 'name') ?? attr(m, 'property') ?? attr(m, 'charset'), attr(m, 'content') ?? '']));
const ldOf = (page: string): unknown => {
  const ld = find(parse(page) as unknown as Node, 'script').filter((s) => attr(s, 'type') === 'application/ld+json');
  assert.ok(ld.length <= 1, 'at most one JSON-LD script');
  return ld[0] && JSON.parse((ld[0] as unknown as { childNodes: { value: string }[] }).childNodes[0].value);
};

test('renderPage: a complete document with title, description, canonical URL and JSON-LD', () => {
  const url = 'https://careers.example.com/roles/python-web-developer/';
  const page = renderPage(seedJson, { canonicalUrl: url, scriptSrc: '/rolekit.js' });
  const doc = parse(page);
  assert.equal(visibleText(page.match(/<title>.*<\/title>/)![0]).trim(), seed.title);
  assert.equal(attr(find(doc as unknown as Node, 'meta').find((m) => attr(m, 'name') === 'description')!, 'content'), seed.summary);
  assert.equal(attr(find(doc as unknown as Node, 'link').find((l) => attr(l, 'rel') === 'canonical')!, 'href'), url);
  const ld = find(doc as unknown as Node, 'script').find((s) => attr(s, 'type') === 'application/ld+json')!;
  assert.deepEqual(JSON.parse(((ld as unknown as { childNodes: { value: string }[] }).childNodes[0]).value), toJsonLd(seed, { url }));
  assert.equal(find(doc as unknown as Node, 'html').map((h) => attr(h, 'lang'))[0], 'en');
  assert.ok(page.includes('<script src="/rolekit.js" defer></script>'));
});

test('renderPage: site name, title and description options, Open Graph tags, and the site chrome around <main>', () => {
  const url = 'https://careers.example.com/roles/python-web-developer/';
  const page = renderPage(seedJson, {
    canonicalUrl: url,
    siteName: 'Northwind <Careers>',
    header: '<header id="site">H</header>',
    before: '<p id="back">B</p>',
    footer: '<footer id="foot">F</footer>',
  });
  assert.ok(page.includes('<title>Python Web Developer — Northwind &#60;Careers&#62;</title>'), 'the site name is appended, escaped');
  const meta = metaOf(page);
  assert.equal(meta['og:title'], seed.title);
  assert.equal(meta['og:description'], seed.summary);
  assert.equal(meta['og:url'], url);
  assert.equal(meta['og:site_name'], 'Northwind <Careers>');
  assert.equal(meta['og:type'], 'website');
  assert.equal(meta['twitter:card'], 'summary');
  // header before <main>, `before` first inside it, then the element, footer after it
  const lit = '(?:<!--[^>]*-->)*'; // Lit's part markers around the element
  assert.match(page, new RegExp(`<header id="site">H</header><main>\\n<p id="back">B</p>${lit}<rk-role-page[\\s\\S]*</rk-role-page>${lit}\\n</main>\\n<footer id="foot">F</footer></body>`));
  const custom = renderPage(seedJson, { title: 'Python jobs', description: 'All about it' });
  assert.equal(visibleText(custom.match(/<title>.*<\/title>/)![0]).trim(), 'Python jobs');
  assert.equal(metaOf(custom).description, 'All about it');
  assert.equal(metaOf(custom)['og:url'], undefined, 'no og:url without a canonical URL');
  assert.equal(ldOf(custom), undefined, 'no JSON-LD without a canonical URL: its ids need one');
  assert.match(custom, /<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/rolekit(@[^/]+)?\/dist\/cdn\/rolekit\.js" defer><\/script>/);
});

test('renderPage of the board: a careers page whose JSON-LD is the ItemList of the card links', () => {
  const url = 'https://careers.example.com/careers/';
  const page = renderPage(index, { element: 'rk-role-board', canonicalUrl: url, hrefTemplate: '/jobs/{slug}' });
  assert.ok(page.includes('<title>Roles</title>'));
  assert.equal(metaOf(page).description, `${index.roles.length} roles`);
  assert.deepEqual(ldOf(page), toItemList(index, { url, href: (entry) => `/jobs/${entry.slug}` }));
  // the cards are the same links, as real anchors in the HTML
  const hrefs = [...page.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, index.roles.map((r: { slug: string }) => `/jobs/${r.slug}`));
});

test('the CLI prints an element, a page, or the problems of an invalid file', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  const element = cli('render', 'data/python-web-developer.json', '--element', 'rk-role-page');
  assert.equal(element.status, 0, element.stderr);
  assert.match(element.stdout, /<rk-role-page[^>]*><template shadowroot="open" shadowrootmode="open">/);
  const page = cli('render', 'data/python-web-developer.json', '--page', '--canonical-url', 'https://example.com/roles/pwd/', '--site-name', 'Northwind');
  assert.equal(page.status, 0, page.stderr);
  assert.ok(page.stdout.includes('<title>Python Web Developer — Northwind</title>'));
  assert.match(page.stdout, /^<!doctype html>/);
  assert.ok(page.stdout.includes('<link rel="canonical" href="https://example.com/roles/pwd/">'));
  assert.ok(page.stdout.includes('application/ld+json'));
  const invalid = cli('render', 'data/fixtures/invalid/wrong-type.json');
  assert.equal(invalid.status, 1);
  assert.match(invalid.stderr, /the document is invalid/);
  assert.equal(invalid.stdout, '');
  const unknown = cli('render', 'data/python-web-developer.json', '--element', 'rk-nope');
  assert.equal(unknown.status, 2);
});

test('a German or Arabic role renders with its own UI words and direction (every built-in catalogue is registered on the server)', () => {
  const german = JSON.parse(readFileSync('data/locales/de/roles/python-web-developer.json', 'utf8'));
  const arabic = JSON.parse(readFileSync('data/locales/ar/roles/python-web-developer.json', 'utf8'));
  const de = renderPage(german);
  assert.match(de, /<html lang="de" dir="ltr">/);
  assert.ok(de.includes('Häufige Fragen') && !de.includes('Frequently asked questions'), 'German FAQ heading');
  const ar = renderPage(arabic);
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  assert.ok(ar.includes('الأسئلة الشائعة') && !ar.includes('Frequently asked questions'), 'Arabic FAQ heading');
  assert.match(renderPage(seedJson), /<html lang="en" dir="ltr">/);
});
