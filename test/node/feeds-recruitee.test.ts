// The Recruitee adapter against fixtures written from the Careers Site API's documented shape
// (test/fixtures/feeds/recruitee/): every mapped field, optional fields present and absent,
// salary strings, "2026-07-30 19:46:15 UTC" dates, hostile HTML, broken offers, unknown shapes.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { recruitee } from '../../src/feeds/recruitee.js';
import { HOSTILE } from '../hostile-strings.js';
import { checkDescriptionsHaveNoTags, checkResult, problemLines, replaceStrings } from './feeds-adapter-checks.js';

const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/feeds/recruitee/${name}.json`, 'utf8'));

test('small board: every mapped field of an offer that has them all', () => {
  const result = recruitee(load('small'));
  checkResult(result);
  assert.deepEqual(result.openings[0], {
    schemaVersion: 1,
    id: 'delivery-lead-2695896',
    title: 'Delivery Lead',
    language: 'en',
    organization: { name: 'Make Logistics' },
    department: 'Delivery',
    employmentType: ['full-time'],
    workplace: 'hybrid',
    locations: [
      { name: 'Utrecht HQ', city: 'Utrecht', region: 'Utrecht', country: 'NL', postalCode: '3511 AB', streetAddress: 'Oudegracht 1' },
      { name: 'Lisbon', city: 'Lisbon', country: 'PT' },
    ],
    salary: { currency: 'EUR', min: 60000, max: 80000.5, unit: 'year' },
    posted: '2026-07-30',
    validThrough: '2026-12-31T23:59:59Z',
    applyUrl: 'https://make.recruitee.com/o/delivery-lead',
    description: [
      // description, then requirements
      { type: 'paragraph', text: 'Lead the delivery of our warehouse software.' },
      { type: 'heading', text: 'Your day' },
      { type: 'list', items: ['Plan releases', 'Talk to customers'] },
      { type: 'list', items: ['Five years leading teams', 'Fluent English; Dutch is a plus'] },
    ],
  });
});

test('small board: absent and null fields stay absent; a one-figure salary; remote; fixed-term part-time; only published offers', () => {
  const result = recruitee(load('small'));
  assert.deepEqual(result.openings.map((o) => o.id), ['delivery-lead-2695896', 'support-agent-2695897', 'product-designer-2695898']);
  const [, support, designer] = result.openings;
  assert.deepEqual(support, {
    schemaVersion: 1,
    id: 'support-agent-2695897',
    title: 'Support Agent',
    language: 'en',
    organization: { name: 'Make Logistics' }, // the board's company: this offer has no company_name
    posted: '2026-08-01',
    applyUrl: 'https://make.recruitee.com/o/support-agent',
    description: [{ type: 'paragraph', text: "Answer our customers' questions." }],
  });
  assert.equal(designer.workplace, 'remote');
  assert.deepEqual(designer.employmentType, ['part-time', 'temporary']);
  assert.deepEqual(designer.salary, { currency: 'EUR', min: 30, unit: 'hour' }); // "eur" is EUR; max null: absent
  assert.deepEqual(designer.locations, [{ name: 'Remote job', city: 'Remote' }]);
  assert.equal(designer.validThrough, undefined);
  // no location (a warning: no JobPosting); remote, no remoteFrom
  assert.deepEqual(problemLines(result), ['2695897 offers[1].city warning', '2695898 offers[2] warning']);
});

test('translations: the options\' language picks the offer\'s texts in it when there are some', () => {
  const result = recruitee(load('small'), { language: 'nl' });
  checkResult(result);
  const [lead, support] = result.openings;
  assert.equal(lead.title, 'Delivery Lead (NL)');
  assert.equal(lead.language, 'nl');
  assert.deepEqual(lead.description, [
    { type: 'paragraph', text: 'Leid de oplevering.' },
    { type: 'list', items: ['Vijf jaar ervaring'] },
  ]);
  assert.equal(support.title, 'Support Agent'); // no Dutch text: its own
});

test('the listing: newest first with the facts of each offer', () => {
  const { index } = recruitee(load('small'), { hrefTemplate: '/jobs/{id}' });
  assert.deepEqual(index.openings.map((e) => [e.id, e.href, e.organization, e.workplace]), [
    ['product-designer-2695898', '/jobs/product-designer-2695898', 'Make Logistics', 'remote'],
    ['support-agent-2695897', '/jobs/support-agent-2695897', 'Make Logistics', undefined],
    ['delivery-lead-2695896', '/jobs/delivery-lead-2695896', 'Make Logistics', 'hybrid'],
  ]);
  assert.deepEqual(index.openings[2].salary, { currency: 'EUR', min: 60000, max: 80000.5, unit: 'year' });
});

test('hostile board: each broken offer a problem at its Recruitee field, the others come through', () => {
  const result = recruitee(load('hostile'));
  checkResult(result);
  assert.deepEqual(problemLines(result), [
    '- offers[3].id error',
    '- offers[6] error',
    '1 offers[0].city warning',
    '1 offers[0].salary warning',
    '1 offers[5] warning',
    '2 offers[1].published_at error',
    '3 offers[2].published_at error',
    '4 offers[4].careers_url error',
  ]);
  assert.match(result.problems.find((p) => p.path === 'offers[0].salary')!.message, /^Recruitee: "fortnight" is no period of pay .*: no salary shown$/);
  const [o] = result.openings;
  assert.equal(result.openings.length, 1);
  assert.equal(o.title, 'Engineer <script>alert(1)</script>'); // the NUL dropped; the rest is text
  // a "yes" is no true, an unknown code and unreadable figures say nothing
  assert.equal(o.workplace, undefined);
  assert.equal(o.employmentType, undefined);
  assert.equal(o.salary, undefined);
  assert.deepEqual(o.description, [
    { type: 'paragraph', text: '&lt;script&gt; stays text' }, // decoded once
    { type: 'paragraph', text: 'click ok', links: [{ text: 'ok', href: 'https://make.example/ok' }] },
    { type: 'paragraph', text: 'cell' },
    { type: 'paragraph', text: 'unterminated italic' },
    { type: 'list', items: ['nested', 'deeper'] },
    { type: 'heading', text: 'Big heading' },
  ]);
});

test('unknown shapes: one problem naming Recruitee, no openings', () => {
  for (const response of [null, [], '', { offers: null }, { jobs: [] }, { offers: { a: 1 } }]) {
    const result = recruitee(response);
    assert.deepEqual(result.openings, []);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^Recruitee: expected an object with an `offers` list/);
  }
});

test('the hostile-strings corpus in every field of every offer: no throw, valid openings, no tags in descriptions', () => {
  const small = load('small');
  for (const text of HOSTILE) {
    const result = recruitee(replaceStrings(small, text));
    checkResult(result);
    checkDescriptionsHaveNoTags(result);
  }
});

test('any value in any field: never throws, only valid openings (fast-check)', () => {
  const [offer] = load('small').offers;
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(offer)), fc.anything(), (key, value) => {
      checkResult(recruitee({ offers: [{ ...offer, [key]: value }, offer] }, { language: 'nl' }));
    }),
    { seed: 14, numRuns: 300 },
  );
});
