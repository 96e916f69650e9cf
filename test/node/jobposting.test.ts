// toJobPosting and toOpeningsItemList: every property checked against the opening document, the
// cases Google treats differently (remote, hybrid, several places, expired, a missing country),
// nothing invented, and no text that can escape its HTML or its script element.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { descriptionHtml, isExpired, jsonLdText, parseOpening, parseOpeningIndex, toJobPosting, toOpeningsItemList, type DescriptionBlock, type Opening } from '../../src/schema/index.js';
import { runs } from '../property.js';
import { MINIMAL, sampleFiles, sampleJson } from './opening-docs.js';

const FILE = 'test/node/jobposting.test.ts';
const NOW = new Date('2026-12-01T12:00:00Z');
const PAGE = 'https://careers.example.com/jobs/x/';

function opening(input: unknown): Opening {
  const result = parseOpening(input);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return result.value;
}
const sample = (id: string) => opening(sampleJson(id));
/** The posting for `o` at PAGE (null: with no page URL). */
const posting = (o: Opening, url: string | null = PAGE) => {
  const result = toJobPosting(o, { url: url ?? undefined, now: NOW });
  assert.ok(result, `${o.id}: no JobPosting`);
  return result as Record<string, unknown>;
};

test('an onsite-or-hybrid opening with everything: every property, each from the document', () => {
  const o = sample('python-web-developer-berlin');
  const [berlin] = o.locations!;
  assert.deepEqual(posting(o, `${PAGE}#apply`), {
    '@type': 'JobPosting',
    '@id': `${PAGE}#jobposting`,
    url: PAGE,
    title: o.title,
    description: descriptionHtml(o.description),
    datePosted: o.posted,
    validThrough: o.validThrough,
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: o.organization.name, sameAs: o.organization.url, url: o.organization.url, logo: o.organization.logo },
    identifier: { '@type': 'PropertyValue', name: o.organization.name, value: o.id },
    jobLocation: {
      '@type': 'Place',
      name: berlin.name,
      address: { '@type': 'PostalAddress', streetAddress: berlin.streetAddress, addressLocality: berlin.city, addressRegion: berlin.region, postalCode: berlin.postalCode, addressCountry: berlin.country },
    },
    baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 65000, maxValue: 80000, unitText: 'YEAR' } },
    directApply: true,
  });
  assert.equal(o.workplace, 'hybrid');
});

test('several locations: one Place each, with only the address parts the location has', () => {
  const o = sample('product-manager-berlin-amsterdam-lisbon');
  const places = posting(o).jobLocation as { address: Record<string, string> }[];
  assert.equal(places.length, 3);
  places.forEach((place, i) => {
    const l = o.locations![i];
    assert.deepEqual(place.address, JSON.parse(JSON.stringify({ '@type': 'PostalAddress', streetAddress: l.streetAddress, addressLocality: l.city, addressRegion: l.region, postalCode: l.postalCode, addressCountry: l.country })));
  });
  assert.ok(!('addressRegion' in places[2].address), 'Lisbon has no region in the document');
  assert.equal(posting(o).jobLocationType, undefined);
  const partly = posting(opening({ ...MINIMAL, locations: [{ name: 'Head office' }, { city: 'Lisbon', country: 'PT' }] }));
  assert.deepEqual(partly.jobLocation, [{ '@type': 'Place', name: 'Head office' }, { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Lisbon', addressCountry: 'PT' } }]);
});

test('fully remote: TELECOMMUTE with applicantLocationRequirements, Countries for codes, no jobLocation', () => {
  const o = sample('senior-python-web-developer-remote-europe');
  const p = posting(o);
  assert.equal(p.jobLocationType, 'TELECOMMUTE');
  assert.deepEqual(p.applicantLocationRequirements, o.remoteFrom!.map((name) => ({ '@type': 'Country', name })));
  assert.equal(p.jobLocation, undefined);
  const regions = posting(opening({ ...MINIMAL, workplace: 'remote', remoteFrom: ['EU'] }));
  assert.deepEqual(regions.applicantLocationRequirements, { '@type': 'AdministrativeArea', name: 'EU' }, 'one value as itself; "EU" is not a country');
  assert.deepEqual(posting(opening({ ...MINIMAL, workplace: 'remote', remoteFrom: ['US', 'European Economic Area'] })).applicantLocationRequirements, [
    { '@type': 'Country', name: 'US' },
    { '@type': 'AdministrativeArea', name: 'European Economic Area' },
  ]);
});

test('hybrid keeps its jobLocation and is never TELECOMMUTE, even with remoteFrom', () => {
  const p = posting(opening({ ...MINIMAL, workplace: 'hybrid', remoteFrom: ['DE'] }));
  assert.equal(p.jobLocationType, undefined);
  assert.equal(p.applicantLocationRequirements, undefined);
  assert.deepEqual(p.jobLocation, { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } });
});

test('no JobPosting for an expired opening, nor when the warnings say Google\'s requirements are unmet', () => {
  const old = sample('python-web-developer-berlin-2020');
  assert.equal(toJobPosting(old), undefined, 'expired at the real clock');
  const closing = opening({ ...MINIMAL, validThrough: '2026-12-01T12:00:00Z' });
  assert.ok(toJobPosting(closing, { now: NOW }), 'open through its last instant');
  assert.equal(toJobPosting(closing, { now: new Date(NOW.getTime() + 1000) }), undefined);
  assert.equal(toJobPosting(sample('site-reliability-engineer-remote'), { now: NOW }), undefined, 'remote without remoteFrom');
  assert.equal(toJobPosting(opening({ ...MINIMAL, locations: [{ city: 'Berlin' }] }), { now: NOW }), undefined, 'no country anywhere');
  assert.equal(toJobPosting(opening({ ...MINIMAL, locations: undefined }), { now: NOW }), undefined, 'no location');
});

test('nothing invented: what the opening does not say is not marked up', () => {
  const p = posting(opening(MINIMAL), null);
  assert.deepEqual(Object.keys(p).sort(), ['@type', 'datePosted', 'description', 'hiringOrganization', 'identifier', 'jobLocation', 'title']);
  assert.deepEqual(p.hiringOrganization, { '@type': 'Organization', name: 'Fernhill Labs' });
  const noSalary = sample('machine-learning-engineer-berlin');
  assert.equal(noSalary.salary, undefined);
  assert.ok(!('baseSalary' in posting(noSalary)));
  const unsaid = sample('machine-learning-engineer-toronto');
  assert.equal(unsaid.employmentType, undefined);
  assert.ok(!('employmentType' in posting(unsaid)));
  assert.ok(!('directApply' in posting(sample('it-support-apprentice-manchester'))), 'Skylark does not say');
  assert.equal(posting(sample('python-web-developer-boston')).directApply, false, 'false is said, and kept');
  assert.ok(!('logo' in (posting(sample('ux-designer-london')).hiringOrganization as object)));
});

test('salary: a range as minValue/maxValue, one figure (or min = max) as value, in Google\'s units', () => {
  const value = (o: Opening) => (posting(o).baseSalary as { value: Record<string, unknown> }).value;
  assert.deepEqual(value(sample('it-support-apprentice-manchester')), { '@type': 'QuantitativeValue', value: 420, unitText: 'WEEK' });
  assert.deepEqual(value(sample('technical-program-manager-manchester')), { '@type': 'QuantitativeValue', value: 70000, unitText: 'YEAR' });
  assert.deepEqual(value(sample('data-analyst-intern-amsterdam')), { '@type': 'QuantitativeValue', value: 1200, unitText: 'MONTH' });
  assert.deepEqual(value(opening({ ...MINIMAL, salary: { currency: 'USD', max: 30, unit: 'hour' } })), { '@type': 'QuantitativeValue', value: 30, unitText: 'HOUR' });
  assert.deepEqual(value(opening({ ...MINIMAL, salary: { currency: 'GBP', min: 0, max: 550, unit: 'day' } })), { '@type': 'QuantitativeValue', minValue: 0, maxValue: 550, unitText: 'DAY' });
  assert.equal((posting(sample('mobile-developer-toronto')).baseSalary as { currency: string }).currency, 'CAD');
});

test('employmentType in Google\'s values: one as itself, several as a list', () => {
  const types = (employmentType: string[]) => posting(opening({ ...MINIMAL, employmentType })).employmentType;
  assert.deepEqual(types(['full-time', 'part-time']), ['FULL_TIME', 'PART_TIME']);
  assert.deepEqual(types(['contract', 'temporary', 'intern', 'volunteer', 'per-diem', 'other']), ['CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER']);
  assert.equal(types(['per-diem']), 'PER_DIEM');
});

test('links: relative ones made absolute against the page, dropped without one; mailto is not a web page', () => {
  const o = opening({ ...MINIMAL, organization: { name: 'X', url: '/about/', logo: 'logo.png' } });
  assert.deepEqual(posting(o).hiringOrganization, { '@type': 'Organization', name: 'X', sameAs: 'https://careers.example.com/about/', url: 'https://careers.example.com/about/', logo: 'https://careers.example.com/jobs/x/logo.png' });
  assert.deepEqual(posting(o, null).hiringOrganization, { '@type': 'Organization', name: 'X' });
  assert.deepEqual(posting(opening({ ...MINIMAL, organization: { name: 'X', url: 'mailto:hi@x.example' } })).hiringOrganization, { '@type': 'Organization', name: 'X' });
  assert.throws(() => toJobPosting(opening(MINIMAL), { url: '/jobs/x/' }), TypeError, 'the caller passes its own absolute address');
});

test('every sample with a JobPosting: its facts are the document\'s', () => {
  let count = 0;
  for (const { file, json } of sampleFiles()) {
    const result = parseOpening(json);
    assert.ok(result.ok);
    const o = result.value;
    const p = toJobPosting(o, { url: PAGE, now: NOW });
    assert.equal(p === undefined, isExpired(o, NOW) || result.warnings.length > 0, file);
    if (!p) continue;
    count++;
    assert.equal(p.title, o.title);
    assert.equal(p.datePosted, o.posted);
    assert.equal(p.validThrough, o.validThrough);
    assert.equal(p.description, descriptionHtml(o.description));
    assert.equal((p.identifier as { value: string }).value, o.id);
    assert.equal(p.jobLocationType === 'TELECOMMUTE', o.workplace === 'remote', file);
    assert.equal('baseSalary' in p, o.salary !== undefined, file);
    assert.equal('employmentType' in p, o.employmentType !== undefined, file);
  }
  assert.equal(count, sampleFiles().length - 3, 'all but the two expired and the one warned');
});

test('the description: headings, paragraphs and lists as HTML, every text escaped', () => {
  const blocks: DescriptionBlock[] = [
    { type: 'heading', text: 'What you <b>will</b> do' },
    { type: 'paragraph', text: '</script><script>alert("x")</script> & \'quotes\'' },
    { type: 'list', items: ['<img src=x onerror=alert(1)>', 'a "b"'] },
    { type: 'list', ordered: true, items: ['one', 'two'] },
  ];
  assert.equal(
    descriptionHtml(blocks),
    '<h3>What you &lt;b&gt;will&lt;/b&gt; do</h3>' +
      '<p>&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>' +
      '<ul><li>&lt;img src=x onerror=alert(1)&gt;</li><li>a &quot;b&quot;</li></ul>' +
      '<ol><li>one</li><li>two</li></ol>',
  );
});

test('the description\'s links as <a href>: absolute against the page, mailto kept, text only without a base', () => {
  const blocks: DescriptionBlock[] = [
    { type: 'paragraph', text: 'See "our" handbook & mail us.', links: [{ text: '"our" handbook', href: '/handbook?a=1&b="2"' }, { text: 'mail us', href: 'mailto:jobs@acme.example' }] },
    { type: 'list', items: ['one', 'two <x>'], links: [{ text: 'two <x>', href: 'https://acme.example/two' }] },
  ];
  assert.equal(
    descriptionHtml(blocks, 'https://acme.example/jobs/1/'),
    '<p>See <a href="https://acme.example/handbook?a=1&amp;b=%222%22">&quot;our&quot; handbook</a> &amp; <a href="mailto:jobs@acme.example">mail us</a>.</p>' +
      '<ul><li>one</li><li><a href="https://acme.example/two">two &lt;x&gt;</a></li></ul>',
  );
  assert.equal(descriptionHtml(blocks.slice(0, 1)), '<p>See &quot;our&quot; handbook &amp; <a href="mailto:jobs@acme.example">mail us</a>.</p>');
  const withLinks = opening({ ...sampleJson('customer-support-specialist-dublin'), description: blocks });
  assert.match(String(posting(withLinks).description), /<a href="https:\/\/careers\.example\.com\/handbook\?a=1&amp;b=%222%22">/);
});

test('any text in the blocks parses back from the HTML as that text, inside only h3, p, ul, ol and li', (t) => {
  const text = fc.oneof(fc.string(), fc.constantFrom('<script>', '</p><p>', '&amp;', '"', "'", '<!--', ']]>', '\u2028'));
  const block = fc.oneof(
    fc.record({ type: fc.constantFrom('heading' as const, 'paragraph' as const), text }),
    fc.record({ type: fc.constant('list' as const), items: fc.array(text, { minLength: 1, maxLength: 3 }), ordered: fc.boolean() }),
  );
  type Node = { nodeName: string; value?: string; childNodes?: Node[] };
  fc.assert(
    fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
      const nodes = (parseFragment(descriptionHtml(blocks)) as unknown as Node).childNodes!;
      assert.equal(nodes.length, blocks.length);
      const textOf = (node: Node) => (node.childNodes ?? []).map((child) => { assert.equal(child.nodeName, '#text'); return child.value; }).join('');
      blocks.forEach((b, i) => {
        const node = nodes[i];
        if (b.type !== 'list') return assert.deepEqual([node.nodeName, textOf(node)], [b.type === 'heading' ? 'h3' : 'p', b.text]);
        assert.equal(node.nodeName, b.ordered ? 'ol' : 'ul');
        assert.deepEqual(node.childNodes!.map((li) => (assert.equal(li.nodeName, 'li'), textOf(li))), b.items);
      });
    }),
    runs(1000, { file: FILE, name: t.name }),
  );
});

test('serialized for a script element, no text can close it, and it parses back unchanged', () => {
  const hostile = opening({ ...MINIMAL, title: '</script><script>alert(1)</script>', organization: { name: '<!-- x -->' }, description: [{ type: 'paragraph', text: '</SCRIPT >' }] });
  const graph = { '@context': 'https://schema.org' as const, '@graph': [toJobPosting(hostile, { url: PAGE, now: NOW })!] };
  const text = jsonLdText(graph);
  assert.ok(!/[<>]/.test(text), text);
  assert.deepEqual(JSON.parse(text), graph);
});

test('toOpeningsItemList: the open openings\' pages in the listing\'s order, absolute when a page URL is given', () => {
  const entry = { posted: '2026-11-01' };
  const index = {
    openings: [
      { ...entry, id: 'a', title: 'A', href: '/jobs/a/' },
      { ...entry, id: 'old', title: 'Old', href: '/jobs/old/', validThrough: '2020-12-31T23:59:59Z' },
      { ...entry, id: 'b', title: 'B </script>', href: 'https://other.example/b' },
      { ...entry, id: 'c', title: 'C', href: 'mailto:jobs@example.com' },
    ],
  };
  assert.deepEqual(toOpeningsItemList(index, { url: 'https://careers.example.com/jobs/?q=x#top', now: NOW }), {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'ItemList',
        '@id': 'https://careers.example.com/jobs/?q=x#openings',
        url: 'https://careers.example.com/jobs/?q=x#top',
        numberOfItems: 2,
        itemListElement: [
          { '@type': 'ListItem', position: 1, url: 'https://careers.example.com/jobs/a/', name: 'A' },
          { '@type': 'ListItem', position: 2, url: 'https://other.example/b', name: 'B </script>' },
        ],
      },
    ],
  });
  const relative = toOpeningsItemList(index, { now: NOW })['@graph'][0];
  assert.deepEqual(relative.itemListElement, [
    { '@type': 'ListItem', position: 1, url: '/jobs/a/', name: 'A' },
    { '@type': 'ListItem', position: 2, url: 'https://other.example/b', name: 'B </script>' },
  ]);
  assert.ok(!('@id' in relative) && !('url' in relative));
  assert.ok(!jsonLdText(toOpeningsItemList(index, { now: NOW })).includes('</script>'));
});

test('toOpeningsItemList on the sample listing: every opening but the two expired, never a JobPosting', () => {
  const listing = parseOpeningIndex(JSON.parse(readFileSync('data/openings/index.json', 'utf8')));
  assert.ok(listing.ok);
  const graph = toOpeningsItemList(listing.value, { url: 'https://careers.example.com/jobs/', now: NOW });
  const items = graph['@graph'][0].itemListElement as { url: string }[];
  assert.equal(items.length, listing.value.openings.length - 2);
  assert.ok(items.every((item) => /^https:\/\/careers\.example\.com\/jobs\/[a-z0-9-]+\/$/.test(item.url)));
  assert.ok(!items.some((item) => item.url.includes('-2020')));
  assert.ok(!jsonLdText(graph).includes('JobPosting'));
});
