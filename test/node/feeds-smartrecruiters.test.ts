// The SmartRecruiters adapter against fixtures written from the Posting API's documented shapes
// (test/fixtures/feeds/smartrecruiters/: { postings, details }): every mapped field, optional
// fields present and absent, hostile HTML, missing details, broken postings, unknown shapes.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { smartrecruiters } from '../../src/feeds/smartrecruiters.js';
import { HOSTILE } from '../hostile-strings.js';
import { checkDescriptionsHaveNoTags, checkResult, problemLines, replaceStrings } from './feeds-adapter-checks.js';

const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/feeds/smartrecruiters/${name}.json`, 'utf8'));

test('small board: every mapped field of a posting that has them all, its detail\'s sections as headings and blocks', () => {
  const result = smartrecruiters(load('small'));
  checkResult(result);
  assert.deepEqual(result.openings[0], {
    schemaVersion: 1,
    id: 'director-customer-engagement-744000012345678',
    title: 'Director, Customer Engagement',
    language: 'en',
    organization: { name: 'Northwind Traders' },
    department: 'Marketing',
    employmentType: ['full-time'],
    workplace: 'hybrid',
    locations: [{ name: 'San Francisco, CA, United States', city: 'San Francisco', region: 'CA', country: 'US', postalCode: '94105', streetAddress: '100 Market St' }],
    posted: '2026-10-19',
    applyUrl: 'https://jobs.smartrecruiters.com/NorthwindTraders/744000012345678-director-customer-engagement',
    description: [
      { type: 'heading', text: 'Company Description' },
      { type: 'paragraph', text: 'Northwind Traders ships specialty foods.' },
      { type: 'heading', text: 'Job Description' },
      { type: 'paragraph', text: 'Lead our customer engagement team.' },
      { type: 'list', items: ['Own the roadmap', 'Hire well'] },
      { type: 'heading', text: 'Qualifications' },
      { type: 'list', items: ['Ten years in customer success'] },
      { type: 'heading', text: 'Additional Information' },
      { type: 'paragraph', text: 'Hybrid: two days a week in the office.' },
    ],
  });
});

test('small board: absent fields stay absent; the posting URL built from the company when the detail has none; remote; empty sections left out', () => {
  const result = smartrecruiters(load('small'));
  const [, warehouse, remote] = result.openings;
  assert.deepEqual(warehouse, {
    schemaVersion: 1,
    id: 'warehouse-associate-744000012345679',
    title: 'Warehouse Associate',
    language: 'en',
    organization: { name: 'Northwind Traders' },
    locations: [{ name: 'Reno, US', city: 'Reno', country: 'US' }],
    posted: '2026-11-01',
    applyUrl: 'https://jobs.smartrecruiters.com/NorthwindTraders/744000012345679',
    description: [
      { type: 'heading', text: 'Job Description' },
      { type: 'paragraph', text: 'Pick and pack orders.' },
    ],
  });
  // remote: true without hybrid: remote; a section without a title: no heading; an empty one: nothing
  assert.equal(remote.workplace, 'remote');
  assert.deepEqual(remote.employmentType, ['part-time']);
  assert.deepEqual(remote.locations, [{ name: 'Remote, Germany', country: 'DE' }]);
  assert.equal(remote.posted, '2026-11-05');
  assert.deepEqual(remote.description, [{ type: 'paragraph', text: 'Help our customers, from anywhere in Germany.' }]);
  assert.deepEqual(problemLines(result), ['744000012345680 postings[2] warning']);
});

test('workplace only as the flags say: onsite needs remote and hybrid both false', () => {
  const small = load('small');
  const flags = (location: object) => smartrecruiters({ ...small, postings: [{ ...small.postings[0], location: { ...small.postings[0].location, ...location } }] }).openings[0].workplace;
  assert.equal(flags({ remote: false, hybrid: false }), 'onsite');
  assert.equal(flags({ remote: true, hybrid: false }), 'remote');
  assert.equal(flags({ remote: false, hybrid: undefined }), undefined);
  assert.equal(flags({ remote: 'true', hybrid: 'false' }), undefined);
});

test('hostile board: each broken posting a problem at its field — in the list or in its detail — the others come through', () => {
  const result = smartrecruiters(load('hostile'));
  checkResult(result);
  assert.deepEqual(problemLines(result), [
    '- postings[4].id error',
    '900000000000001 postings[0].location warning',
    '900000000000001 postings[7] warning',
    '900000000000002 details["900000000000002"] error',
    '900000000000003 postings[2].name error',
    '900000000000004 postings[3].releasedDate error',
    '900000000000005 details["900000000000005"].jobAd.sections error',
    '900000000000007 details["900000000000007"].postingUrl error',
  ]);
  const [o] = result.openings;
  assert.equal(result.openings.length, 1);
  assert.equal(o.applyUrl, 'https://jobs.smartrecruiters.com/NorthwindTraders/900000000000001'); // the posting URL, not the unsafe applyUrl
  assert.deepEqual(o.locations, [{ name: 'Lyon', city: 'Lyon' }]); // "fra" is no ISO alpha-2 code
  assert.equal(o.workplace, undefined); // "sometimes" is no boolean
  assert.equal(o.employmentType, undefined);
  assert.deepEqual(o.description, [
    { type: 'heading', text: '<b>Role</b>' }, // a section title is text
    { type: 'paragraph', text: 'Hover' },
    { type: 'paragraph', text: '<script>alert(1)</script>' }, // escaped in the HTML: text
    { type: 'list', items: ['first', 'second'], ordered: true },
    { type: 'paragraph', text: 'data link' },
  ]);
});

test('unknown shapes: one problem naming SmartRecruiters, no openings (a bare list page is not enough)', () => {
  const small = load('small');
  for (const response of [null, [], { content: small.postings }, { postings: small.postings }, { postings: {}, details: {} }, { postings: [], details: [] }]) {
    const result = smartrecruiters(response);
    assert.deepEqual(result.openings, []);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^SmartRecruiters: expected \{ postings, details \}/);
  }
});

test('the hostile-strings corpus in every field of every posting and detail: no throw, valid openings, no tags in descriptions', () => {
  const small = load('small');
  for (const text of HOSTILE) {
    const hostile = replaceStrings(small, text) as typeof small;
    // ids kept, so that each posting still finds its detail
    hostile.postings.forEach((p: { id: string }, i: number) => (p.id = small.postings[i].id));
    const result = smartrecruiters(hostile);
    checkResult(result);
    checkDescriptionsHaveNoTags(result);
    assert.equal(result.problems.filter((p) => /no detail/.test(p.message)).length, 0);
  }
});

test('any value in any field of a posting or its detail: never throws, only valid openings (fast-check)', () => {
  const small = load('small');
  const [posting] = small.postings;
  const detail = small.details[posting.id];
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(posting)), fc.anything(), fc.constantFrom(...Object.keys(detail)), fc.anything(), (pk, pv, dk, dv) => {
      checkResult(smartrecruiters({ postings: [{ ...posting, [pk]: pv }], details: { [posting.id]: { ...detail, [dk]: dv } } }));
    }),
    { seed: 14, numRuns: 300 },
  );
});

test('a description of more than 200 blocks across sections: the first 200, and a warning', () => {
  const small = load('small');
  const [posting] = small.postings;
  const many = '<p>x</p>'.repeat(150);
  const detail = { postingUrl: 'https://jobs.smartrecruiters.com/NorthwindTraders/1', jobAd: { sections: { jobDescription: { title: 'A', text: many }, qualifications: { title: 'B', text: many } } } };
  const result = smartrecruiters({ postings: [posting], details: { [posting.id]: detail } });
  checkResult(result);
  const [o] = result.openings;
  assert.equal(o.description.length, 200);
  assert.deepEqual([o.description[0], o.description[151]], [{ type: 'heading', text: 'A' }, { type: 'heading', text: 'B' }]);
  assert.ok(result.problems.some((p) => p.path === `details["${posting.id}"].jobAd.sections` && p.severity === 'warning' && /longer than 200 blocks/.test(p.message)));
});
