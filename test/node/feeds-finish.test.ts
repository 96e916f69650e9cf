// The feeds' shared last step and helpers (src/feeds/finish.ts, normalize.ts, countries.ts,
// listing.ts): drafts checked with parseOpening, problems at the ATS's own paths, duplicates,
// warnings, the listing as `npm run data:index` builds it; dates, ids, the mapping tables, countries.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { countryCode } from '../../src/feeds/countries.js';
import { finish, hrefFor, type Draft } from '../../src/feeds/finish.js';
import { newestFirst, openingIndexEntry } from '../../src/feeds/listing.js';
import { amount, asciiSlug, currency, employmentType, employmentTypes, openingId, plain, salaryUnit, toIsoDate, toIsoDateTime, workplace } from '../../src/feeds/normalize.js';
import { ISO_DATE_PATTERN, ISO_DATE_TIME_PATTERN, parseOpeningIndex, SLUG_PATTERN } from '../../src/schema/index.js';
import { runs } from '../property.js';

const FILE = 'test/node/feeds-finish.test.ts';

const draft = (id: string, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id,
  title: `Title ${id}`,
  posted: '2026-11-01',
  applyUrl: `https://jobs.example/${id}`,
  description: [{ type: 'paragraph', text: 'Text' }],
  locations: [{ name: 'Berlin', country: 'DE' }],
  ...extra,
});
const ORG = { organization: { name: 'Acme' } };

test('finish: valid drafts become openings in the feed order, the listing newest first with hrefs', () => {
  const drafts: Draft[] = [
    { job: '1', path: 'jobs[0]', draft: draft('a-1', { posted: '2026-10-01' }) },
    { job: '2', path: 'jobs[1]', draft: draft('b-2', { posted: '2026-11-05', department: undefined }) },
    { job: '3', path: 'jobs[2]', draft: draft('c-3', { posted: '2026-10-01' }) },
  ];
  const result = finish(drafts, [], ORG);
  assert.deepStrictEqual(result.problems, []);
  assert.deepStrictEqual(result.openings.map((o) => o.id), ['a-1', 'b-2', 'c-3']);
  assert.ok(!('department' in result.openings[1]), 'undefined fields are dropped, not kept as keys');
  assert.equal(result.openings[0].language, 'en');
  assert.equal(result.openings[0].organization.name, 'Acme');
  assert.deepStrictEqual(result.index.openings.map((e) => e.id), ['b-2', 'a-1', 'c-3']);
  assert.deepStrictEqual(result.index.openings[0], openingIndexEntry(result.openings[1], '/jobs/b-2/'));
  assert.ok(parseOpeningIndex(result.index).ok);
  assert.ok(!('language' in result.index));
  const custom = finish(drafts, [], { ...ORG, hrefTemplate: 'https://careers.example/jobs/{id}.html?ref={id}', language: 'de' });
  assert.equal(custom.index.openings[0].href, 'https://careers.example/jobs/b-2.html?ref=b-2');
  assert.equal(custom.index.language, 'de');
  assert.equal(custom.openings[0].language, 'de');
});

test('finish: a bad draft is left out with its problems at the ATS field, the others come through', () => {
  const drafts: Draft[] = [
    { job: '10', path: 'jobs[0]', draft: draft('a-10', { title: ' ', applyUrl: 'javascript:alert(1)' }), fields: { title: 'text', applyUrl: 'hostedUrl' } },
    { job: '11', path: 'jobs[1]', draft: draft('b-11') },
    { job: '12', path: 'jobs[2]', draft: draft('c-12', { posted: 'yesterday' }) },
  ];
  const result = finish(drafts, [{ job: '9', path: 'jobs[9].id', message: 'adapter said', severity: 'error' }], ORG);
  assert.deepStrictEqual(result.openings.map((o) => o.id), ['b-11']);
  assert.deepStrictEqual(result.problems, [
    { job: '9', path: 'jobs[9].id', message: 'adapter said', severity: 'error' },
    { job: '10', path: 'jobs[0].text', message: 'title: must not be empty', severity: 'error' },
    { job: '10', path: 'jobs[0].hostedUrl', message: 'applyUrl: must be an http(s), mailto or relative link', severity: 'error' },
    { job: '12', path: 'jobs[2]', message: 'posted: must be an ISO date, like "2026-11-24"', severity: 'error' },
  ]);
});

test('finish: duplicates — the same job twice is a warning, two jobs with one id an error; the first is kept', () => {
  const result = finish(
    [
      { job: '1', path: 'jobs[0]', draft: draft('x-1') },
      { job: '1', path: 'jobs[1]', draft: draft('x-1') },
      { job: 'X', path: 'jobs[2]', draft: draft('x-1') },
    ],
    [],
    ORG,
  );
  assert.equal(result.openings.length, 1);
  assert.equal(result.index.openings.length, 1);
  assert.deepStrictEqual(result.problems, [
    { job: '1', path: 'jobs[1]', message: 'job 1 is listed twice (also at jobs[0]): left out here', severity: 'warning' },
    { job: 'X', path: 'jobs[2]', message: 'its opening id "x-1" is the same as that of jobs[0] (job 1): left out', severity: 'error' },
  ]);
});

test("finish: parseOpening's warnings become warning problems; the opening comes through", () => {
  const result = finish([{ job: '1', path: 'jobs[0]', draft: draft('r-1', { workplace: 'remote' }), fields: { remoteFrom: 'location' } }, { job: '2', path: 'jobs[1]', draft: draft('n-2', { locations: [{ name: 'Somewhere' }] }) }], [], ORG);
  assert.equal(result.openings.length, 2);
  assert.deepStrictEqual(result.problems.map((p) => [p.job, p.path, p.severity]), [['1', 'jobs[0].location', 'warning'], ['2', 'jobs[1]', 'warning']]);
  assert.match(result.problems[0].message, /^remoteFrom: a remote opening needs/);
  assert.match(result.problems[1].message, /no country anywhere/);
});

test('finish: organization and language from the options win; no organization anywhere is one problem', () => {
  const withOwn = finish([{ path: 'jobs[0]', draft: draft('a-1', { organization: { name: 'Feed Co' }, language: 'fr' }) }]);
  assert.equal(withOwn.openings[0].organization.name, 'Feed Co');
  assert.equal(withOwn.openings[0].language, 'fr');
  assert.equal(withOwn.index.language, 'fr');
  const overridden = finish([{ path: 'jobs[0]', draft: draft('a-1', { organization: { name: 'Feed Co' } }) }], [], { organization: { name: 'Given', url: 'https://given.example/' } });
  assert.deepStrictEqual(overridden.openings[0].organization, { name: 'Given', url: 'https://given.example/' });
  const none = finish([{ path: 'jobs[0]', draft: draft('a-1') }, { path: 'jobs[1]', draft: draft('b-2') }]);
  assert.deepStrictEqual(none.openings, []);
  assert.deepStrictEqual(none.problems, [{ path: '', message: 'the feed names no hiring organization: pass `organization` in the options', severity: 'error' }]);
});

test('finish: an href template that makes unsafe links leaves the openings out with a problem, never an invalid listing', () => {
  const result = finish([{ job: '1', path: 'jobs[0]', draft: draft('a-1') }], [], { ...ORG, hrefTemplate: 'javascript:go("{id}")' });
  assert.deepStrictEqual(result.openings, []);
  assert.deepStrictEqual(result.index, { openings: [] });
  assert.equal(result.problems.length, 1);
  assert.match(result.problems[0].message, /^its listing entry\.href: must be an http\(s\), mailto or relative link: left out$/);
  assert.ok(parseOpeningIndex(result.index).ok);
  assert.equal(hrefFor('a-1'), '/jobs/a-1/');
});

test('finish: drafts that are not objects are problems, not exceptions', () => {
  const result = finish([{ job: '1', path: 'jobs[0]', draft: null }, { job: '2', path: 'jobs[1]', draft: 'text' }, { path: 'jobs[2]', draft: [] }], [], ORG);
  assert.equal(result.openings.length, 0);
  assert.ok(result.problems.length >= 3 && result.problems.every((p) => p.severity === 'error'));
});

test('newestFirst is the order data/openings/index.json is in', () => {
  const list = [{ posted: '2026-01-01', id: 'b' }, { posted: '2026-02-01', id: 'z' }, { posted: '2026-01-01', id: 'a' }];
  assert.deepStrictEqual([...list].sort(newestFirst).map((e) => e.id), ['z', 'a', 'b']);
});

test('dates: epoch ms, ISO with an offset, Recruitee "… UTC", Personio "+0200", date only', () => {
  assert.equal(toIsoDate(1712764800000), '2024-04-10');
  assert.equal(toIsoDateTime(1712764800000), '2024-04-10T16:00:00.000Z');
  assert.equal(toIsoDate('2016-01-14T10:55:28-05:00'), '2016-01-14');
  assert.equal(toIsoDate('2016-01-14T23:55:28-05:00'), '2016-01-14', 'the date as written, in its own zone');
  assert.equal(toIsoDateTime('2016-01-14T10:55:28-05:00'), '2016-01-14T10:55:28-05:00');
  assert.equal(toIsoDate('2026-07-30 19:46:15 UTC'), '2026-07-30');
  assert.equal(toIsoDateTime('2026-07-30 19:46:15 UTC'), '2026-07-30T19:46:15Z');
  assert.equal(toIsoDateTime('2026-07-30T10:00:00+0200'), '2026-07-30T10:00:00+02:00');
  assert.equal(toIsoDateTime('2021-04-30T16:21:55.393+00:00'), '2021-04-30T16:21:55.393Z');
  assert.equal(toIsoDateTime('2026-07-30T10:00'), undefined, 'no zone: which moment is not said');
  assert.equal(toIsoDate('2026-07-30T10:00'), '2026-07-30');
  assert.equal(toIsoDate('2026-07-30'), '2026-07-30');
  assert.equal(toIsoDateTime('2026-07-30'), undefined);
  assert.equal(toIsoDateTime('2026-07-30 10:00:00 GMT+2'), '2026-07-30T10:00:00+02:00');
  for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-07-30T24:00:00Z', '2026-07-30T10:00:00+25:00', 'yesterday', '', '30/07/2026', NaN, Infinity, -1, null, {}, '2026-07-30T10:00:00Zjunk']) {
    assert.equal(toIsoDate(bad), undefined, String(bad));
    assert.equal(toIsoDateTime(bad), undefined, String(bad));
  }
  assert.equal(toIsoDate('2024-02-29'), '2024-02-29');
});

test('property: every date the helpers give matches the schema patterns', (t) => {
  const text = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.constantFrom('Z', ' UTC', '+0200', '-05:00', '+14:00', '', '+2', ' GMT-3'))
    .map(([y, m, d, h, z]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:30:00${z}`);
  fc.assert(
    fc.property(fc.oneof(text, fc.integer({ min: -1e13, max: 3e14 }), fc.string()), (value) => {
      const date = toIsoDate(value);
      const time = toIsoDateTime(value);
      if (date !== undefined) assert.match(date, ISO_DATE_PATTERN);
      if (time !== undefined) {
        assert.match(time, ISO_DATE_TIME_PATTERN);
        assert.ok(!Number.isNaN(Date.parse(time)), time);
      }
    }),
    runs(1000, { file: FILE, name: t.name }),
  );
});

test('ids: stable and URL-safe from the ATS id and the title', () => {
  assert.equal(openingId(127817, 'Vault Designer'), 'vault-designer-127817');
  assert.equal(openingId('5ac21346-8e0c-4494-8e7a-3eb92ff77902', 'Senior Engineer (m/w/d)'), 'senior-engineer-m-w-d-5ac21346-8e0c-4494-8e7a-3eb92ff77902');
  assert.equal(openingId('A1', 'Développeur·euse Straße'), 'developpeur-euse-strasse-a1');
  assert.equal(openingId('42', 'エンジニア'), '42', 'no Latin letters in the title: the ATS id alone');
  assert.equal(openingId('', 'x'), undefined);
  assert.equal(openingId(NaN, 'x'), undefined);
  assert.equal(openingId({}, 'x'), undefined);
  assert.equal(openingId(7, 'x'.repeat(500))?.length, 80 + 2);
  assert.equal(asciiSlug('--A  b--'), 'a-b');
});

test('property: ids always match the schema id pattern and length', (t) => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.integer(), fc.uuid()), fc.string({ unit: 'grapheme', maxLength: 300 }), (id, title) => {
      const made = openingId(id, title);
      if (made === undefined) return;
      assert.match(made, SLUG_PATTERN);
      assert.ok(made.length <= 200);
      assert.equal(openingId(id, title), made, 'stable');
    }),
    runs(1000, { file: FILE, name: t.name }),
  );
});

test('tables: employment type, workplace and salary period only where the feed says so', () => {
  assert.deepStrictEqual(['FullTime', 'PartTime', 'Intern', 'Contract', 'Temporary', 'Full-time', 'full time', 'Internship', 'freelance', 'Per diem', 'Volunteer'].map(employmentType), ['full-time', 'part-time', 'intern', 'contract', 'temporary', 'full-time', 'full-time', 'intern', 'contract', 'per-diem', 'volunteer']);
  for (const unsaid of ['Full-time or part-time', 'Permanent', '', 'fulltime!!x', 42, null]) assert.equal(employmentType(unsaid), undefined, String(unsaid));
  assert.deepStrictEqual(employmentTypes(['Full-time', 'Part-time', 'Full-time', 'weird']), ['full-time', 'part-time']);
  assert.equal(employmentTypes(['weird']), undefined);
  assert.deepStrictEqual(['on-site', 'OnSite', 'on_site', 'remote', 'Remote', 'hybrid', 'Hybrid'].map(workplace), ['onsite', 'onsite', 'onsite', 'remote', 'remote', 'hybrid', 'hybrid']);
  assert.equal(workplace('unspecified'), undefined);
  assert.equal(workplace('Remote - US'), undefined, 'free text is not guessed at');
  assert.deepStrictEqual(['per-year-salary', 'per-month-salary', 'per-hour-wage', '1 YEAR', '1 HOUR', 'weekly', 'daily'].map(salaryUnit), ['year', 'month', 'hour', 'year', 'hour', 'week', 'day']);
  assert.equal(salaryUnit('one-time'), undefined);
  assert.equal(salaryUnit('NONE'), undefined);
  assert.deepStrictEqual([85000, '85000', ' 85000.5 ', '85k', '', -1, NaN, '1e5', null].map(amount), [85000, 85000, 85000.5, undefined, undefined, undefined, undefined, undefined, undefined]);
  assert.deepStrictEqual(['usd', 'EUR', 'US$', '', 5].map(currency), ['USD', 'EUR', undefined, undefined, undefined]);
  assert.equal(plain('  a \n b  '), 'a b');
  assert.equal(plain(' \u200b '), undefined);
  assert.equal(plain('x'.repeat(300))!.length, 200);
  assert.equal(plain(5), undefined);
});

test('countries: whole values only — codes, English (CLDR) names, the document language, aliases', () => {
  const cases: [string, string | undefined][] = [
    ['DE', 'DE'], ['DEU', 'DE'], ['USA', 'US'], ['United States', 'US'], ['united states of america', 'US'], ['Germany', 'DE'],
    ['UK', 'GB'], ['United Kingdom', 'GB'], ['The Netherlands', 'NL'], ['Côte d’Ivoire', 'CI'], ['Bosnia & Herzegovina', 'BA'],
    ['Czechia', 'CZ'], ['Czech Republic', 'CZ'], ['Türkiye', 'TR'], ['Hong Kong', 'HK'],
    ['Atlanta, Georgia', undefined], ['Berlin, Germany', undefined], ['Remote', undefined], ['EU', undefined], ['de', undefined], ['Deutschland', undefined], ['', undefined],
  ];
  for (const [value, code] of cases) assert.equal(countryCode(value), code, value);
  assert.equal(countryCode('Deutschland', 'de-AT'), 'DE');
  assert.equal(countryCode('Allemagne', 'fr'), 'DE');
  assert.equal(countryCode(42), undefined);
  assert.equal(countryCode('Germany', 'not a language!'), 'DE');
});
