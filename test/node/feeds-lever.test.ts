// The Lever adapter against fixtures written for the project from the Postings API's documented
// shape (test/fixtures/feeds/lever/): every mapped field, optional fields present and absent,
// description + lists + salary description + additional, plain twins, grouped responses, broken
// postings, duplicates, unknown shapes, a 500-posting board, a 1 MB description, and the
// hostile-strings corpus in every field.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { ADAPTERS } from '../../src/feeds/index.js';
import { lever } from '../../src/feeds/lever.js';
import { HOSTILE } from '../hostile-strings.js';
import { runs } from '../property.js';
import { checkDescriptionsHaveNoTags, checkResult, problemLines, replaceStrings } from './feeds-adapter-checks.js';
import { pathText, setAt, stringPaths } from './feeds-paths.js';

const FILE = 'test/node/feeds-lever.test.ts';
const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/feeds/lever/${name}.json`, 'utf8'));
const ORG = { organization: { name: 'Lumen Freight' } };

test('small board: every mapped field of a posting that has them all', () => {
  const result = lever(load('small'), ORG);
  checkResult(result);
  assert.equal(ADAPTERS.lever, lever);
  assert.deepStrictEqual(result.openings[0], {
    schemaVersion: 1,
    id: 'logistics-platform-engineer-3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f601',
    title: 'Logistics Platform Engineer', // text
    organization: { name: 'Lumen Freight' },
    department: 'Engineering', // categories.department
    team: 'Platform', // categories.team
    employmentType: ['full-time'], // categories.commitment
    workplace: 'hybrid', // workplaceType
    // categories.allLocations; country goes with the posting's own location (categories.location)
    locations: [{ name: 'Berlin', country: 'DE' }, { name: 'Hamburg' }],
    salary: { currency: 'EUR', min: 70000, max: 85000, unit: 'year' }, // salaryRange, per-year-salary
    posted: '2025-11-07', // createdAt, epoch ms, UTC
    applyUrl: 'https://jobs.lever.co/lumenfreight/3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f601/apply', // applyUrl over hostedUrl
    description: [
      // description (not opening + descriptionBody again)
      { type: 'paragraph', text: 'Lumen Freight moves pallets across Europe.' },
      { type: 'paragraph', text: 'You will own the routing service.' },
      // each list: its text as a heading, its <li> content as a list
      { type: 'heading', text: 'What you will do' },
      { type: 'list', items: ['Design the routing API', 'Run it in production & on call'] },
      { type: 'heading', text: 'What you bring' },
      { type: 'list', items: ['Go or TypeScript', 'PostgreSQL'] },
      { type: 'paragraph', text: 'Plus a yearly bonus.' }, // salaryDescription
      { type: 'paragraph', text: 'We answer every application within two weeks.' }, // additional
    ],
    language: 'en',
  });
  assert.deepStrictEqual(problemLines(result), [
    '3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f602 [1].categories.location warning', // no location: no JobPosting
    '3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f603 [2] warning', // remote without remoteFrom
    '3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f604 [3].salaryRange warning', // a one-time amount is no salary
  ]);
});

test('small board: optional fields absent stay absent; hostedUrl without applyUrl; plain twins when the HTML is empty', () => {
  const [, bare, remote, intern] = lever(load('small'), ORG).openings;
  assert.deepStrictEqual(bare, {
    schemaVersion: 1,
    id: 'dispatcher-3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f602',
    title: 'Dispatcher',
    organization: { name: 'Lumen Freight' },
    posted: '2025-10-31',
    applyUrl: 'https://jobs.lever.co/lumenfreight/3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f602',
    description: [{ type: 'paragraph', text: "Plan the day's trucks." }],
    language: 'en',
  });
  assert.equal(bare.workplace, undefined, '"unspecified" says nothing');
  assert.equal(remote.workplace, 'remote');
  assert.deepStrictEqual(remote.employmentType, ['part-time']);
  assert.deepStrictEqual(remote.locations, [{ name: 'Remote (US)', country: 'US' }]);
  assert.deepStrictEqual(remote.salary, { currency: 'USD', min: 22, max: 26, unit: 'hour' }, 'per-hour-wage');
  assert.equal(remote.remoteFrom, undefined, "Lever's country is the posting's, not where applicants may work from");
  assert.deepStrictEqual(remote.description.slice(1), [{ type: 'heading', text: 'Schedule' }, { type: 'list', items: ['20 hours a week', 'Weekday mornings'] }], 'a list content that is a whole <ul> too');
  assert.equal(intern.workplace, 'onsite');
  assert.deepStrictEqual(intern.employmentType, ['intern'], '"Internship"');
  assert.equal(intern.salary, undefined);
  assert.deepStrictEqual(intern.description, [
    { type: 'paragraph', text: 'Six months in our Lisbon hub.' }, // descriptionPlain: the HTML was empty
    { type: 'paragraph', text: 'A mentor from day one.' },
    { type: 'heading', text: 'You will learn' },
    { type: 'list', items: ['Warehouse planning'] },
    { type: 'paragraph', text: 'Paid, with lunch.' }, // additionalPlain
  ]);
});

test('grouped responses (group=team): the postings of every group, each at its path', () => {
  const [a, b, c] = load('small');
  const result = lever([{ title: 'Platform', postings: [a, b] }, { title: 'Support', postings: [c, null] }], ORG);
  checkResult(result);
  assert.deepStrictEqual(result.openings.map((o) => o.title), ['Logistics Platform Engineer', 'Dispatcher', 'Customer Support Agent']);
  assert.ok(problemLines(result).includes('- [1].postings[1] error'));
  assert.ok(problemLines(result).includes('3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f603 [1].postings[0] warning'));
});

test('the listing: newest first, href from the template', () => {
  const result = lever(load('small'), { ...ORG, hrefTemplate: 'https://lumen.example/jobs/{id}' });
  assert.deepStrictEqual(result.index.openings.map((e) => e.posted), ['2025-11-13', '2025-11-11', '2025-11-07', '2025-10-31']);
  assert.equal(result.index.openings[0].href, 'https://lumen.example/jobs/customer-support-agent-3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f603');
  assert.deepStrictEqual(result.index.openings[0].salary, { currency: 'USD', min: 22, max: 26, unit: 'hour' });
  assert.equal(result.index.openings[0].team, 'Support');
});

test('hostile board: each broken posting a problem at its Lever field, the others come through, HTML reduced to text', () => {
  const result = lever(load('hostile'), ORG);
  checkResult(result);
  assert.deepStrictEqual(problemLines(result), [
    '- [3] error', // null
    '- [8].id error', // a number: Lever's ids are text
    'h-1 [0].categories.location warning',
    'h-1 [0].salaryRange warning', // min above max: no salary
    'h-1 [2] warning', // listed twice
    'h-2 [1].text error',
    'h-4 [4].createdAt error',
    'h-5 [5].hostedUrl error', // javascript: refused
    'h-6 [6].hostedUrl error',
    'h-7 [7].description error', // only a script: no text
    'h-9 [9].categories.location warning',
    'h-9 [9].salaryRange warning', // "euro" is no currency code
  ]);
  for (const p of result.problems.filter((p) => p.severity === 'error' && !p.message.startsWith('applyUrl'))) assert.match(p.message, /^Lever: /);
  assert.deepStrictEqual(result.openings.map((o) => o.id), ['hostile-posting-h-1', 'bad-salary-h-9']);
  const [o] = result.openings;
  assert.equal(o.workplace, undefined, '"sometimes" is no workplace');
  assert.equal(o.employmentType, undefined, '"Full-time or part-time" is no one type');
  assert.deepStrictEqual(o.locations, [{ name: 'Atlanta, Georgia' }]);
  assert.equal(o.salary, undefined);
  assert.deepStrictEqual(o.description, [
    { type: 'paragraph', text: 'Intro click' },
    { type: 'paragraph', text: '&lt;script&gt; stays text: <script>' },
    { type: 'paragraph', text: 'Unclosed bold' },
    { type: 'heading', text: '<b>Requirements</b>' }, // a list's text is text
    { type: 'list', items: ['one', 'two'] },
    { type: 'paragraph', text: 'after the list' }, // the content closed our <ul> early: what follows is a paragraph
    { type: 'heading', text: 'Delta' }, // content null, deltaContent unknown: the heading alone
    { type: 'paragraph', text: 'Additional' },
  ]);
});

test('unknown shapes: one problem naming Lever, no openings', () => {
  for (const response of [null, undefined, {}, 'postings', 42, { postings: [] }, { ok: false, error: 'Document not found' }]) {
    const result = lever(response, ORG);
    assert.deepStrictEqual(result.openings, []);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^Lever: expected the Postings API's list of postings/);
    assert.equal(result.problems[0].severity, 'error');
  }
  assert.match(lever({ ok: false, error: 'Document not found' }).problems[0].message, /it says: Document not found/);
  assert.deepStrictEqual(lever([], ORG), { openings: [], index: { openings: [] }, problems: [] });
});

test('a large board: 500 postings, all through', () => {
  const [posting] = load('small');
  const postings = Array.from({ length: 500 }, (_, i) => ({ ...posting, id: `p-${i}`, text: `Engineer ${i}`, createdAt: 1762506000000 - i * 3_600_000 }));
  const result = lever(postings, ORG);
  checkResult(result);
  assert.equal(result.openings.length, 500);
  assert.deepStrictEqual(result.problems, []);
});

test('a 1 MB description: 200 blocks within one budget for description, lists and additional; a warning', () => {
  const [posting] = load('small');
  const description = '<div>A sentence in a very long description.</div>'.repeat(22_000);
  assert.ok(description.length >= 1_000_000);
  const result = lever([{ ...posting, description }], ORG);
  checkResult(result);
  assert.equal(result.openings[0].description.length, 200);
  assert.deepStrictEqual(problemLines(result), ['3f1c9a2e-5b7d-4e8f-9a01-b2c3d4e5f601 [0].description warning']);
  const longLists = lever([{ ...posting, description: '<p>x</p>'.repeat(150), lists: [{ text: 'L', content: '<li>i</li>'.repeat(6000) }] }], ORG);
  assert.equal(longLists.openings[0].description.length, 200);
});

test('the hostile-strings corpus in every field, one at a time and all at once: no throw, valid openings, text kept as text', () => {
  const small = load('small');
  const paths = stringPaths(small);
  for (const text of HOSTILE) {
    const all = lever(replaceStrings(small, text), ORG);
    checkResult(all);
    checkDescriptionsHaveNoTags(all);
    for (const path of paths) {
      const result = lever(setAt(small, path, text), ORG);
      checkResult(result);
      const field = String(path[path.length - 1]);
      if (['description', 'content', 'additional', 'salaryDescription'].includes(field)) {
        checkDescriptionsHaveNoTags({ ...result, openings: result.openings.filter((o) => o.id.endsWith(small[path[0] as number].id)) });
      }
      // a text field takes any text: the posting still comes through
      if (['text', 'location', 'commitment', 'team', 'department', 'country', 'workplaceType', 'currency', 'interval'].includes(field) || path.includes('allLocations')) {
        assert.equal(result.openings.length, 4, `${pathText(path)} = ${JSON.stringify(text.slice(0, 40))}: ${JSON.stringify(result.problems.filter((p) => p.severity === 'error'))}`);
      }
    }
  }
});

test('property: any value in any field of a posting never throws and gives only valid openings', (t) => {
  const [posting] = load('small');
  const keys = [...Object.keys(posting), 'categories.location', 'categories.allLocations', 'lists.0', 'lists.0.content', 'salaryRange.min', 'salaryRange.interval'];
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
      const path = key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      const result = lever([setAt(posting, path, value), { ...posting, id: 'good' }], ORG);
      checkResult(result);
      assert.ok(result.openings.some((o) => o.id.endsWith('-good')), 'the good posting always comes through');
    }),
    runs(500, { file: FILE, name: t.name }),
  );
});
