// The Ashby adapter against fixtures written for the project from the posting API's documented
// shape (test/fixtures/feeds/ashby/): every mapped field, optional fields present and absent,
// postal addresses, compensation tiers, unlisted jobs, broken jobs, duplicates, unknown shapes, a
// 500-job board, a 1 MB description, and the hostile-strings corpus in every field.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { ashby } from '../../src/feeds/ashby.js';
import { ADAPTERS } from '../../src/feeds/index.js';
import { HOSTILE } from '../hostile-strings.js';
import { runs } from '../property.js';
import { checkDescriptionsHaveNoTags, checkResult, problemLines, replaceStrings } from './feeds-adapter-checks.js';
import { pathText, setAt, stringPaths } from './feeds-paths.js';

const FILE = 'test/node/feeds-ashby.test.ts';
const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/feeds/ashby/${name}.json`, 'utf8'));
const ORG = { organization: { name: 'Quill' } };
const JOB = '9b2f6c1e-0d4a-4c7e-8f3b-5a6d7e8f9a0';

test('small board: every mapped field of a job that has them all', () => {
  const result = ashby(load('small'), ORG);
  checkResult(result);
  assert.equal(ADAPTERS.ashby, ashby);
  assert.deepStrictEqual(result.openings[0], {
    schemaVersion: 1,
    id: `senior-product-designer-${JOB}1`,
    title: 'Senior Product Designer',
    organization: { name: 'Quill' },
    department: 'Design',
    team: 'Editor',
    employmentType: ['full-time'], // FullTime
    workplace: 'hybrid', // workplaceType, though isRemote is true
    locations: [
      // location + address.postalAddress ("Germany" looked up)
      { name: 'Berlin', city: 'Berlin', region: 'Berlin', country: 'DE', postalCode: '10115', streetAddress: 'Invalidenstraße 1' },
      // secondaryLocations: a postalAddress with a code, an address given bare with an alpha-3 code
      { name: 'Munich', city: 'Munich', region: 'Bavaria', country: 'DE' },
      { name: 'Vienna', city: 'Vienna', country: 'AT' },
    ],
    // the Salary components of both tiers (one currency, one period): lowest minimum to highest maximum; equity left out
    salary: { currency: 'EUR', min: 75000, max: 95000, unit: 'year' },
    posted: '2026-11-12', // publishedAt
    applyUrl: `https://jobs.ashbyhq.com/quill/${JOB}1/application`, // applyUrl over jobUrl
    description: [
      { type: 'paragraph', text: 'Quill makes the editor 40,000 newsrooms write in.' },
      { type: 'heading', text: 'You will' },
      { type: 'list', items: ['Lead the design of comments', 'Test with editors every week'] },
    ],
    language: 'en',
  });
  assert.deepStrictEqual(problemLines(result), [
    `${JOB}2 jobs[1].location warning`, // no location
    `${JOB}3 jobs[2] warning`, // remote without remoteFrom
    `${JOB}5 jobs[4].isListed warning`, // unlisted: left out
  ]);
  assert.deepStrictEqual(result.openings.map((o) => o.title), ['Senior Product Designer', 'Copy Editor', 'Support Engineer', 'Data Journalist']);
});

test('small board: optional fields absent stay absent; summaryComponents, plain twins, hidden compensation', () => {
  const [, bare, remote, onsite] = ashby(load('small'), ORG).openings;
  assert.deepStrictEqual(bare, {
    schemaVersion: 1,
    id: `copy-editor-${JOB}2`,
    title: 'Copy Editor',
    organization: { name: 'Quill' },
    posted: '2026-10-05',
    applyUrl: `https://jobs.ashbyhq.com/quill/${JOB}2`, // jobUrl: no applyUrl
    description: [{ type: 'paragraph', text: 'Make every sentence clear.' }],
    language: 'en',
  });
  assert.equal(remote.workplace, 'remote');
  assert.deepStrictEqual(remote.employmentType, ['contract']);
  assert.deepStrictEqual(remote.locations, [{ name: 'Remote - US', country: 'US' }], '"USA"');
  assert.deepStrictEqual(remote.salary, { currency: 'USD', min: 45, max: 55, unit: 'hour' }, 'summaryComponents when there are no tiers');
  assert.deepStrictEqual(remote.description, [
    { type: 'paragraph', text: 'Help newsrooms when the editor misbehaves.' },
    { type: 'paragraph', text: 'On-call one week a month.' },
  ]);
  assert.equal(onsite.workplace, 'onsite');
  assert.deepStrictEqual(onsite.employmentType, ['part-time']);
  assert.deepStrictEqual(onsite.locations, [{ name: 'Lisbon', city: 'Lisbon', country: 'PT' }]);
  assert.equal(onsite.salary, undefined, 'shouldDisplayCompensationOnJobPostings: false');
});

test('without includeCompensation, or isRemote alone: nothing said, nothing shown', () => {
  const [job] = load('small').jobs;
  const rest = { ...job };
  delete rest.compensation;
  delete rest.workplaceType;
  const [o] = ashby({ apiVersion: '1', jobs: [rest] }, ORG).openings;
  assert.equal(o.salary, undefined);
  assert.equal(o.workplace, undefined, 'isRemote is true for hybrid jobs too: not read');
});

test('the listing: newest first, href from the template', () => {
  const result = ashby(load('small'), { ...ORG, hrefTemplate: '/jobs/{id}.html' });
  assert.deepStrictEqual(result.index.openings.map((e) => e.posted), ['2026-11-15', '2026-11-12', '2026-11-01', '2026-10-05']);
  assert.equal(result.index.openings[1].href, `/jobs/senior-product-designer-${JOB}1.html`);
  assert.deepStrictEqual(result.index.openings[1].locations, result.openings[0].locations);
});

test('hostile board: each broken job a problem at its Ashby field, the others come through, HTML reduced to text', () => {
  const result = ashby(load('hostile'), ORG);
  checkResult(result);
  assert.deepStrictEqual(problemLines(result), [
    ' jobs[7].id error', // a blank id
    '- jobs[3] error', // a list
    'a-1 jobs[0].compensation warning', // USD and EUR tiers: no one range
    'a-1 jobs[0].location warning',
    'a-1 jobs[2] warning', // listed twice
    'a-2 jobs[1].publishedAt error',
    'a-4 jobs[4].jobUrl error',
    'a-5 jobs[5].applyUrl error', // data: refused
    'a-6 jobs[6].descriptionHtml error',
    'a-8 jobs[8].title error', // not text
    'a-9 jobs[9].compensation warning', // "usd!" is no currency
    'a-9 jobs[9].location warning',
  ]);
  for (const p of result.problems.filter((p) => p.severity === 'error' && !p.message.startsWith('applyUrl'))) assert.match(p.message, /^Ashby: /);
  const [o] = result.openings;
  assert.equal(o.workplace, undefined);
  assert.equal(o.employmentType, undefined);
  assert.deepStrictEqual(o.locations, [{ name: 'Atlanta, Georgia', city: 'Atlanta', region: 'Georgia' }], '"Georgia, USA" is not a whole country name');
  assert.equal(o.salary, undefined);
  assert.deepStrictEqual(o.description, [
    { type: 'paragraph', text: 'Intro link' },
    { type: 'paragraph', text: 'Nested: &lt;img src=x onerror=alert(5)&gt; &amp;amp;' }, // escaped in the HTML: text, once decoded
    { type: 'list', items: ['open', 'nested'] },
  ]);
});

test('unknown shapes: one problem naming Ashby, no openings', () => {
  for (const response of [null, undefined, [], 'jobs', 42, {}, { apiVersion: '1' }, { jobs: {} }, { success: false, error: 'not found' }]) {
    const result = ashby(response, ORG);
    assert.deepStrictEqual(result.openings, []);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^Ashby: expected the posting API's \{ apiVersion, jobs: \[\.\.\.\] \}/);
    assert.equal(result.problems[0].severity, 'error');
  }
  assert.deepStrictEqual(ashby({ apiVersion: '1', jobs: [] }, ORG), { openings: [], index: { openings: [] }, problems: [] });
});

test('a large board: 500 jobs, all through', () => {
  const [job] = load('small').jobs;
  const jobs = Array.from({ length: 500 }, (_, i) => ({ ...job, id: `job-${i}`, title: `Designer ${i}` }));
  const result = ashby({ apiVersion: '1', jobs }, ORG);
  checkResult(result);
  assert.equal(result.openings.length, 500);
  assert.deepStrictEqual(result.problems, []);
});

test('a 1 MB description: 200 blocks and a warning, the job through', () => {
  const [job] = load('small').jobs;
  const descriptionHtml = '<p>A sentence in a very long description.</p>'.repeat(24_000);
  assert.ok(descriptionHtml.length >= 1_000_000);
  const result = ashby({ apiVersion: '1', jobs: [{ ...job, descriptionHtml }] }, ORG);
  checkResult(result);
  assert.equal(result.openings[0].description.length, 200);
  assert.deepStrictEqual(problemLines(result), [`${JOB}1 jobs[0].descriptionHtml warning`]);
});

test('the hostile-strings corpus in every field, one at a time and all at once: no throw, valid openings, text kept as text', () => {
  const small = load('small');
  const paths = stringPaths(small);
  for (const text of HOSTILE) {
    const all = ashby(replaceStrings(small, text), ORG);
    checkResult(all);
    checkDescriptionsHaveNoTags(all);
    for (const path of paths) {
      const result = ashby(setAt(small, path, text), ORG);
      checkResult(result);
      const field = String(path[path.length - 1]);
      if (field === 'descriptionHtml') checkDescriptionsHaveNoTags({ ...result, openings: result.openings.filter((o) => o.id.endsWith(small.jobs[path[1] as number].id)) });
      // a text field takes any text: the job still comes through
      if (['title', 'department', 'team', 'location', 'employmentType', 'workplaceType', 'addressLocality', 'addressRegion', 'addressCountry', 'streetAddress', 'postalCode', 'currencyCode', 'interval', 'compensationType'].includes(field)) {
        assert.equal(result.openings.length, 4, `${pathText(path)} = ${JSON.stringify(text.slice(0, 40))}: ${JSON.stringify(result.problems.filter((p) => p.severity === 'error'))}`);
      }
    }
  }
});

test('property: any value in any field of a job never throws and gives only valid openings', (t) => {
  const [job] = load('small').jobs;
  const keys = [...Object.keys(job), 'address.postalAddress', 'address.postalAddress.addressCountry', 'secondaryLocations.0', 'compensation.compensationTiers.0.components.0.minValue', 'compensation.compensationTiers.1.components'];
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
      const path = key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      const result = ashby({ apiVersion: '1', jobs: [setAt(job, path, value), { ...job, id: 'good' }] }, ORG);
      checkResult(result);
      assert.ok(result.openings.some((o) => o.id.endsWith('-good')), 'the good job always comes through');
    }),
    runs(500, { file: FILE, name: t.name }),
  );
});
