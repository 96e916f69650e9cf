// toJsonLd: the schema.org graph of a role page — WebPage → Occupation, BreadcrumbList, FAQPage,
// never JobPosting — and jsonLdText, whose output no role content can break out of.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { jsonLdText, parseRole, toItemList, toJsonLd, type JsonLdNode, type Role } from '../../src/schema/index.js';

const parsed = parseRole(JSON.parse(readFileSync('data/python-web-developer.json', 'utf8')));
assert.ok(parsed.ok);
const seed: Role = parsed.value;
const URL_ = 'https://careers.example.com/roles/python-web-developer/';
const byType = (graph: { '@graph': JsonLdNode[] }, type: string) => graph['@graph'].find((n) => n['@type'] === type)!;

test('a WebPage whose mainEntity is the Occupation, with the role facts', () => {
  const graph = toJsonLd(seed, { url: URL_ });
  assert.equal(graph['@context'], 'https://schema.org');
  const page = byType(graph, 'WebPage');
  const occupation = byType(graph, 'Occupation');
  assert.deepEqual(page, {
    '@type': 'WebPage',
    '@id': URL_,
    url: URL_,
    name: 'Python Web Developer',
    description: seed.summary,
    inLanguage: 'en',
    dateModified: seed.updated,
    mainEntity: { '@id': `${URL_}#occupation` },
    breadcrumb: { '@id': `${URL_}#breadcrumb` },
  });
  assert.equal(occupation['@id'], `${URL_}#occupation`);
  assert.equal(occupation.name, seed.title);
  assert.equal(occupation.occupationalCategory, seed.category!.name);
  assert.deepEqual(occupation.responsibilities, seed.duties);
  assert.equal((occupation.responsibilities as string[]).length, 10);
  assert.equal(occupation.educationRequirements, seed.atAGlance!.education);
  assert.equal(occupation.experienceRequirements, seed.atAGlance!.experience);
  assert.equal(occupation.qualifications, seed.atAGlance!.certifications);
  assert.deepEqual(occupation.skills, seed.qualifications!.flatMap((g) => g.items));
});

test('a BreadcrumbList from the category (relative links made absolute) and a FAQPage from the FAQ', () => {
  const graph = toJsonLd(seed, { url: URL_ });
  assert.deepEqual(byType(graph, 'BreadcrumbList').itemListElement, [
    { '@type': 'ListItem', position: 1, name: seed.category!.name, item: new URL(seed.category!.href!, URL_).href },
    { '@type': 'ListItem', position: 2, name: seed.title, item: URL_ },
  ]);
  const faq = byType(graph, 'FAQPage');
  assert.equal((faq.mainEntity as unknown[]).length, 5);
  assert.deepEqual((faq.mainEntity as unknown[])[0], {
    '@type': 'Question',
    name: seed.faq![0].question,
    acceptedAnswer: { '@type': 'Answer', text: seed.faq![0].answer },
  });
});

test('a role profile is never a JobPosting, and a minimal role marks up only what it has', () => {
  for (const file of ['data/python-web-developer.json', 'data/fixtures/minimal.json', 'data/fixtures/arabic-rtl.json']) {
    const role = parseRole(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(role.ok);
    const text = jsonLdText(toJsonLd(role.value, { url: URL_ }));
    assert.ok(!text.includes('JobPosting'), file);
  }
  const minimal = parseRole({ schemaVersion: 1, slug: 'x', title: 'X', summary: 'S.' });
  assert.ok(minimal.ok);
  assert.deepEqual(toJsonLd(minimal.value, { url: URL_ })['@graph'].map((n) => n['@type']), ['WebPage', 'Occupation']);
  assert.deepEqual(Object.keys(byType(toJsonLd(minimal.value, { url: URL_ }), 'Occupation')), ['@type', '@id', 'name', 'description']);
});

test('jsonLdText parses back to the graph, and no content can close the script element', () => {
  const hostile = { ...seed, title: '</script><script>alert(1)</script>', summary: '<!-- \u2028 & -->', faq: [{ question: '</SCRIPT >?', answer: '<script>' }] };
  const graph = toJsonLd(hostile, { url: URL_ });
  const text = jsonLdText(graph);
  assert.deepEqual(JSON.parse(text), graph);
  assert.ok(!/[<>&\u2028\u2029]/.test(text), text.slice(0, 200));
  assert.ok(text.includes('\\u003c/script\\u003e'));
});

test('an invalid page URL is refused loudly (the caller passes its own page address)', () => {
  assert.throws(() => toJsonLd(seed, { url: '/roles/x/' }), TypeError);
});

test('toItemList: one ListItem per role with a web link, absolute, in the listing\'s order', () => {
  const entry = { category: 'Data', summary: 'S', updated: '2026-11-24' };
  const index = {
    roles: [
      { ...entry, slug: 'a', title: 'A', href: '/roles/a/' },
      { ...entry, slug: 'b', title: 'B', href: 'mailto:jobs@example.com' },
      { ...entry, slug: 'c', title: 'C </script>', href: 'https://other.example/c' },
    ],
  };
  const graph = toItemList(index, { url: 'https://careers.example.com/careers/?q=x#top' });
  assert.deepEqual(graph, {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'ItemList',
        '@id': 'https://careers.example.com/careers/?q=x#roles',
        url: 'https://careers.example.com/careers/?q=x#top',
        numberOfItems: 2,
        itemListElement: [
          { '@type': 'ListItem', position: 1, url: 'https://careers.example.com/roles/a/', name: 'A' },
          { '@type': 'ListItem', position: 2, url: 'https://other.example/c', name: 'C </script>' },
        ],
      },
    ],
  });
  // a template's links, and one that is empty (an unsafe link the board refused) is left out
  const templated = toItemList(index, { url: 'https://x.example/', href: (e) => (e.slug === 'a' ? '' : `/jobs/${e.slug}`) });
  assert.deepEqual((templated['@graph'][0].itemListElement as { url: string }[]).map((item) => item.url), ['https://x.example/jobs/b', 'https://x.example/jobs/c']);
  assert.ok(!jsonLdText(graph).includes('</script>'));
});
