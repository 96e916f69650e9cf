// The Workable adapter against fixtures written from the widget API's documented shape
// (test/fixtures/feeds/workable/): every mapped field, every optional field present and absent,
// hostile HTML and strings, broken jobs and unknown shapes.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { workable } from '../../src/feeds/workable.js';
import { HOSTILE } from '../hostile-strings.js';
import { checkDescriptionsHaveNoTags, checkResult, problemLines, replaceStrings } from './feeds-adapter-checks.js';

const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/feeds/workable/${name}.json`, 'utf8'));

test('small board: every mapped field of a job that has them all', () => {
  const result = workable(load('small'));
  checkResult(result);
  assert.deepEqual(result.problems.filter((p) => p.severity === 'error'), []);
  assert.deepEqual(result.openings[0], {
    schemaVersion: 1,
    id: 'senior-frontend-engineer-6a1b2c3d4e',
    title: 'Senior Frontend Engineer',
    language: 'en',
    organization: { name: 'Harbor Analytics' },
    department: 'Engineering',
    employmentType: ['full-time'],
    workplace: 'remote',
    locations: [
      { name: 'Rotterdam, South Holland, Netherlands', city: 'Rotterdam', region: 'South Holland', country: 'NL' },
      { name: 'Hamburg, Hamburg, Germany', city: 'Hamburg', region: 'Hamburg', country: 'DE' },
    ],
    posted: '2026-11-02',
    applyUrl: 'https://apply.workable.com/harbor-analytics/j/6A1B2C3D4E/',
    description: [
      { type: 'paragraph', text: 'You will build the charts our harbour masters read at dawn.' },
      { type: 'heading', text: 'What you will do' },
      { type: 'list', items: ['Ship Lit components', 'Review code & mentor'] },
      { type: 'heading', text: 'How we hire' },
      { type: 'list', items: ['A call', 'A pairing session'], ordered: true },
      { type: 'paragraph', text: 'Questions? Write to us.', links: [{ text: 'Write to us', href: 'mailto:jobs@harbor-analytics.example' }] },
    ],
  });
  // remote without remoteFrom: shown, said as a warning (Workable does not say where from)
  assert.deepEqual(problemLines(result), ['6A1B2C3D4E jobs[0] warning', '7F8E9D0C1B jobs[1].city warning']);
});

test('small board: optional fields absent stay absent; created_at when there is no published_on; own city/country without locations[]', () => {
  const [, bare, intern] = workable(load('small')).openings;
  assert.deepEqual(bare, {
    schemaVersion: 1,
    id: 'office-coordinator-7f8e9d0c1b',
    title: 'Office Coordinator',
    language: 'en',
    organization: { name: 'Harbor Analytics' },
    posted: '2026-09-15',
    applyUrl: 'https://apply.workable.com/harbor-analytics/j/7F8E9D0C1B/',
    description: [{ type: 'paragraph', text: 'Keep our Rotterdam office running.' }],
  });
  // telecommuting: false says "not remote", not onsite or hybrid: no workplace; an empty department is none
  assert.equal(intern.workplace, undefined);
  assert.equal(intern.department, undefined);
  assert.deepEqual(intern.employmentType, ['intern']);
  assert.deepEqual(intern.locations, [{ name: 'Hamburg, Germany', city: 'Hamburg', country: 'DE' }]);
  assert.deepEqual(intern.description, [
    { type: 'paragraph', text: 'Six months with our data team.' },
    { type: 'paragraph', text: 'Paid, in Hamburg.' },
  ]);
});

test('the listing: newest first, href from the template; options win over the feed', () => {
  const result = workable(load('small'), { organization: { name: 'Harbor B.V.' }, language: 'nl', hrefTemplate: '/vacatures/{id}.html' });
  checkResult(result);
  assert.deepEqual(result.index.openings.map((e) => [e.posted, e.href]), [
    ['2026-11-20', '/vacatures/data-engineering-intern-2b3c4d5e6f.html'],
    ['2026-11-02', '/vacatures/senior-frontend-engineer-6a1b2c3d4e.html'],
    ['2026-09-15', '/vacatures/office-coordinator-7f8e9d0c1b.html'],
  ]);
  assert.equal(result.index.language, 'nl');
  for (const o of result.openings) {
    assert.equal(o.organization.name, 'Harbor B.V.');
    assert.equal(o.language, 'nl');
  }
});

test('hostile board: each broken job a problem at its Workable field, the others come through, HTML reduced to text', () => {
  const result = workable(load('hostile'));
  checkResult(result);
  assert.deepEqual(problemLines(result), [
    '- jobs[1].shortcode error',
    '- jobs[7] error',
    '- jobs[8].shortcode error',
    'BADDATE003 jobs[3].published_on error',
    'H0ST1LE001 jobs[0].city warning',
    'H0ST1LE001 jobs[6] warning',
    'N0DESC0004 jobs[4].description error',
    'N0T1TLE002 jobs[2].title error',
    'UNSAFE0005 jobs[5].url error',
  ]);
  for (const p of result.problems.filter((p) => p.severity === 'error' && p.job === undefined)) assert.match(p.message, /^Workable: /);
  assert.equal(result.openings.length, 1);
  const [o] = result.openings;
  assert.equal(o.title, 'Platform Engineer <img src=x onerror=alert(1)>'); // a title is text: kept as written, rendered as text
  assert.deepEqual(o.employmentType, ['contract']);
  assert.deepEqual(o.locations, [{ name: 'Poseidonia, Atlantis', city: 'Poseidonia' }]); // no such country: no code
  assert.deepEqual(o.description, [
    { type: 'paragraph', text: 'Build things <script>alert(2)</script>' }, // escaped in the HTML: text
    { type: 'paragraph', text: 'Kept text' },
    { type: 'paragraph', text: 'inner text' },
    { type: 'list', items: ['one', 'two'] },
    { type: 'paragraph', text: 'unclosed bold' },
  ]);
});

test('unknown shapes: one problem naming Workable, no openings', () => {
  for (const response of [null, [], 'jobs', 42, {}, { jobs: 'none' }, { name: 'x', jobs: {} }]) {
    const result = workable(response);
    assert.deepEqual(result.openings, []);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^Workable: expected an object with a `jobs` list/);
    assert.equal(result.problems[0].severity, 'error');
  }
});

test('the hostile-strings corpus in every field of every job: no throw, valid openings, no tags in descriptions', () => {
  const small = load('small');
  for (const text of HOSTILE) {
    const result = workable(replaceStrings(small, text));
    checkResult(result);
    checkDescriptionsHaveNoTags(result);
  }
});

test('any value in any field: never throws, only valid openings (fast-check)', () => {
  const [job] = load('small').jobs;
  const keys = Object.keys(job);
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.anything(), fc.option(fc.anything()), (key, value, name) => {
      const result = workable({ name, jobs: [{ ...job, [key]: value }, job] });
      checkResult(result);
    }),
    { seed: 14, numRuns: 300 },
  );
});
