// The Personio adapter against XML fixtures written from the feed's documented shape
// (test/fixtures/feeds/personio/): every mapped field, optional elements present and absent,
// CDATA HTML sections, hostile markup, a truncated document, broken positions, unknown shapes.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { personio } from '../../src/feeds/personio.js';
import { HOSTILE } from '../hostile-strings.js';
import { checkDescriptionsHaveNoTags, checkResult, problemLines } from './feeds-adapter-checks.js';

const load = (name: string) => readFileSync(`test/fixtures/feeds/personio/${name}.xml`, 'utf8');
const org = { organization: { name: 'Unu Motors' } };

test('small feed: every mapped field of a position that has them all; the posting URL from the subdomain', () => {
  const result = personio({ board: 'unu', xml: load('small') });
  checkResult(result);
  // the feed names the company only as a subcompany, and not for every position: without the option, those are refused once
  assert.deepEqual(result.openings.map((o) => o.id), ['office-feelgood-manager-m-w-d-4103']);
  assert.ok(result.problems.some((p) => p.path === '' && p.severity === 'error' && /organization/.test(p.message)));
  assert.deepEqual(result.openings[0], {
    schemaVersion: 1,
    id: 'office-feelgood-manager-m-w-d-4103',
    title: 'Office & Feelgood Manager (m/w/d)',
    language: 'en',
    organization: { name: 'Unu Motors GmbH' },
    department: 'Management',
    employmentType: ['full-time'],
    locations: [{ name: 'Munich' }, { name: 'Berlin' }, { name: 'Hamburg' }],
    posted: '2026-05-31',
    applyUrl: 'https://unu.jobs.personio.de/job/4103',
    description: [
      { type: 'heading', text: 'Your tasks' },
      { type: 'list', items: ['First contact for everyone in the office', 'Organise events & scooter test rides'], links: [{ text: 'scooter', href: 'https://www.unumotors.example/' }] },
      { type: 'heading', text: 'Your profile' },
      { type: 'paragraph', text: 'You like people.' },
      { type: 'paragraph', text: 'You keep calm.' },
    ],
  });
});

test('small feed with an organization: optional elements absent stay absent; intern part-time; freelance; a section without a name', () => {
  const result = personio({ board: 'Unu', xml: load('small') }, { ...org, language: 'de' });
  checkResult(result);
  const [first, student, illustrator] = result.openings;
  assert.equal(first.organization.name, 'Unu Motors'); // the option wins
  assert.equal(first.language, 'de');
  assert.deepEqual(student, {
    schemaVersion: 1,
    id: 'working-student-marketing-4104',
    title: 'Working Student Marketing',
    language: 'de',
    organization: { name: 'Unu Motors' },
    employmentType: ['part-time', 'intern'],
    locations: [{ name: 'Munich' }],
    posted: '2026-06-01',
    applyUrl: 'https://unu.jobs.personio.de/job/4104',
    description: [
      { type: 'heading', text: 'About the role' },
      { type: 'paragraph', text: 'Twenty hours a week with our marketing team.' },
    ],
  });
  assert.deepEqual(illustrator.employmentType, ['contract']);
  assert.equal(illustrator.locations, undefined);
  assert.equal(illustrator.department, undefined);
  assert.equal(illustrator.posted, '2026-06-02');
  assert.deepEqual(illustrator.description, [{ type: 'paragraph', text: 'Drawings for our manuals.' }]);
  assert.equal(result.index.language, 'de');
});

test('hostile feed: CDATA markup reduced to text, entities decoded once, no DTD entities, a truncated last position, broken positions at their elements', () => {
  const result = personio({ board: 'unu', xml: load('hostile') }, org);
  checkResult(result);
  assert.deepEqual(problemLines(result), [
    '- position[2].id error',
    '5001 position[0].office warning',
    '5001 position[5] warning',
    '5002 position[1].name error',
    '5003 position[3].createdAt error',
    '5004 position[4].jobDescriptions error',
    '5005 position[6].createdAt error',
    '5005 position[6].jobDescriptions error',
  ]);
  const [o] = result.openings;
  assert.equal(result.openings.length, 1);
  assert.equal(o.title, 'Engineer <script>alert(1)</script>'); // CDATA in <name> is text
  assert.deepEqual(o.locations, [{ name: 'Munich <script>' }]);
  assert.equal(o.employmentType, undefined); // "sometimes" and "mystery" name no type
  assert.deepEqual(o.description, [
    { type: 'heading', text: '<h1>Tasks</h1>' },
    { type: 'paragraph', text: 'Keep this text' },
    { type: 'paragraph', text: '<b>escaped</b> &boom;' },
    { type: 'list', items: ['open item'] },
  ]);
});

test('unknown shapes: one problem naming Personio, no openings', () => {
  const cases: [unknown, RegExp][] = [
    [load('small'), /^Personio: give \{ board, xml \}/],
    [null, /^Personio: expected \{ board, xml \}/],
    [{ xml: load('small') }, /^Personio: expected \{ board, xml \}/],
    [{ board: 'a/b', xml: load('small') }, /^Personio: expected \{ board, xml \}/],
    [{ board: 'unu', xml: '{"jobs": []}' }, /^Personio: expected XML with one <workzag-jobs> element$/],
    [{ board: 'unu', xml: '<!DOCTYPE html><html><body>Not found</body></html>' }, /^Personio: expected XML with one <workzag-jobs> element, not <html>$/],
    [{ board: 'unu', xml: '' }, /^Personio: expected XML/],
  ];
  for (const [response, message] of cases) {
    const result = personio(response, org);
    assert.deepEqual(result.openings, []);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, message);
  }
});

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('the hostile-strings corpus in every element, and raw in every CDATA section: no throw, valid openings, no tags in descriptions', () => {
  const small = load('small');
  for (const text of HOSTILE) {
    // element texts first (ids and dates kept), then every CDATA section whole
    const xml = small
      .replace(/>([^<>]+)</g, (m, _inner: string, at: number, all: string) => (/<(id|createdAt)>$/.test(all.slice(0, at + 1).slice(-12)) ? m : `>${escapeXml(text)}<`))
      .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, `<![CDATA[${text}]]>`);
    const result = personio({ board: 'unu', xml }, org);
    checkResult(result);
    checkDescriptionsHaveNoTags(result);
  }
});

test('any text as the feed: never throws, only valid openings (fast-check)', () => {
  const small = load('small');
  fc.assert(
    fc.property(fc.string(), fc.nat(small.length), (text, at) => {
      checkResult(personio({ board: 'unu', xml: small.slice(0, at) + text + small.slice(at) }, org));
      checkResult(personio({ board: 'unu', xml: text }, org));
    }),
    { seed: 14, numRuns: 300 },
  );
});
