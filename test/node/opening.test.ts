// parseOpening, parseOpeningText, parseOpeningIndex and isExpired: the sample openings all parse,
// problems name their exact path, warnings say why an opening gets no JobPosting, and the
// listing data/openings/index.json is exactly what the opening files generate.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildOpeningsIndex, OPENING_FILES } from '../../scripts/openings-index.js';
import {
  COUNTRY_PATTERN,
  isExpired,
  parseOpening,
  parseOpeningIndex,
  parseOpeningText,
  type Opening,
  type OpeningResult,
  type Problem,
} from '../../src/schema/index.js';
import { placeLinks, runsOf } from '../../src/schema/links.js';
import { MINIMAL } from './opening-docs.js';

/** The clock the sample's expiry is judged at: the two 2020 openings have closed, the rest not. */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const samples = OPENING_FILES.map((file) => {
  const result = parseOpening(read(file));
  assert.ok(result.ok, `${file}: ${JSON.stringify(!result.ok && result.problems)}`);
  return { file, opening: result.value, warnings: result.warnings };
});
const openings = samples.map((s) => s.opening);
const roleSlugs = new Set(['python-web-developer', ...readdirSync('data/roles').map((f) => f.replace(/\.json$/, ''))]);

const problemsOf = (result: OpeningResult | { ok: boolean; problems?: Problem[] }): Problem[] => (result.ok ? [] : result.problems!);
const warningsOf = (input: unknown): Problem[] => {
  const result = parseOpening(input);
  assert.ok(result.ok, JSON.stringify(problemsOf(result)));
  return result.warnings;
};

test('every sample opening parses with no problems; only the remote one without remoteFrom has a warning', () => {
  assert.ok(samples.length >= 30, `${samples.length} openings`);
  const warned = samples.filter((s) => s.warnings.length);
  assert.deepEqual(warned.map((s) => s.file), ['data/openings/site-reliability-engineer-remote.json']);
  assert.deepEqual(warned[0].warnings, [{ path: 'remoteFrom', message: 'a remote opening needs the countries or regions applicants may work from' }]);
  for (const { file, opening } of samples) {
    assert.equal(file, `data/openings/${opening.id}.json`);
    assert.ok(opening.role && roleSlugs.has(opening.role), `${file}: role ${opening.role} is a sample role`);
    assert.match(opening.posted, /^(2026-1[01]|2020-)/, file);
    assert.equal((read(file) as { $schema: string }).$schema, '../../opening.schema.json', file);
  }
});

test('the sample covers what the elements and the JobPosting need to show', () => {
  const countries = new Set(openings.flatMap((o) => [...(o.locations ?? []).map((l) => l.country), ...(o.remoteFrom ?? [])]).filter((c) => c && COUNTRY_PATTERN.test(c) && c !== 'EU'));
  assert.ok(countries.size >= 4, [...countries].join());
  assert.ok(new Set(openings.map((o) => o.organization.name)).size >= 2);
  assert.deepEqual(new Set(openings.map((o) => o.workplace)), new Set(['onsite', 'hybrid', 'remote']));
  assert.ok(openings.filter((o) => o.workplace === 'remote' && o.remoteFrom).length >= 3);
  assert.equal(openings.filter((o) => o.workplace === 'remote' && !o.remoteFrom).length, 1);
  const salaries = openings.flatMap((o) => (o.salary ? [o.salary] : []));
  assert.ok(salaries.length >= 10 && salaries.length < openings.length, 'with and without salary');
  assert.ok(new Set(salaries.map((s) => s.currency)).size >= 3);
  assert.deepEqual(new Set(salaries.map((s) => s.unit)), new Set(['hour', 'day', 'week', 'month', 'year']));
  assert.ok(salaries.some((s) => s.max === undefined), 'a salary with one figure');
  assert.ok(openings.some((o) => !o.employmentType) && new Set(openings.flatMap((o) => o.employmentType ?? [])).size >= 6);
  assert.ok(openings.some((o) => (o.locations?.length ?? 0) >= 2), 'one opening in several places');
  assert.ok(new Set(openings.map((o) => o.department)).size >= 5 && openings.some((o) => o.team));
  const blocks = openings.flatMap((o) => o.description);
  assert.ok(['heading', 'paragraph', 'list'].every((type) => blocks.some((b) => b.type === type)));
  assert.ok(blocks.some((b) => b.type === 'list' && b.ordered));
});

test('two sample openings closed in 2020 and stay closed; the others are open at the test clock', () => {
  const expired = openings.filter((o) => isExpired(o, NOW)).map((o) => o.id);
  assert.deepEqual(expired.sort(), ['data-engineer-boston-2020', 'python-web-developer-berlin-2020']);
  for (const id of expired) assert.ok(isExpired(openings.find((o) => o.id === id)!), 'expired at the real clock too');
});

test('language defaults to "en"; a given one is kept; unknown keys are dropped', () => {
  const result = parseOpening({ ...MINIMAL, extra: 1 });
  assert.ok(result.ok);
  assert.equal(result.value.language, 'en');
  assert.ok(!('extra' in result.value));
  assert.deepEqual(result.warnings, []);
  const british = parseOpening({ ...MINIMAL, language: 'en-GB' });
  assert.equal(british.ok && british.value.language, 'en-GB');
});

test('each problem names its exact path, in the validator\'s words', () => {
  const cases: [Record<string, unknown>, Problem[]][] = [
    [{ schemaVersion: 2 }, [{ path: 'schemaVersion', message: 'unsupported schemaVersion 2: this version of rolekit reads 1' }]],
    [{ id: 'Python Berlin' }, [{ path: 'id', message: 'must be kebab-case, like "python-web-developer-berlin"' }]],
    [{ title: '  ' }, [{ path: 'title', message: 'must not be empty' }]],
    [{ organization: {} }, [{ path: 'organization.name', message: 'is required' }]],
    [{ organization: { name: 'X', logo: 'javascript:alert(1)' } }, [{ path: 'organization.logo', message: 'must be an http(s), mailto or relative link' }]],
    [{ employmentType: ['full-time', 'freelance'] }, [{ path: 'employmentType[1]', message: 'expected one of "full-time", "part-time", "contract", "temporary", "intern", "volunteer", "per-diem", "other", got "freelance"' }]],
    [{ employmentType: [] }, [{ path: 'employmentType', message: 'must have at least 1 item' }]],
    [{ workplace: 'office' }, [{ path: 'workplace', message: 'expected one of "onsite", "hybrid", "remote", got "office"' }]],
    [{ locations: [{ city: 'Berlin', country: 'de' }] }, [{ path: 'locations[0].country', message: 'must be an ISO 3166-1 country code, like "DE"' }]],
    [{ salary: { currency: 'EUR', min: '65000', unit: 'year' } }, [{ path: 'salary.min', message: 'expected a number, got text' }]],
    [{ salary: { currency: 'EUR', min: -1, unit: 'year' } }, [{ path: 'salary.min', message: 'must be at least 0' }]],
    [{ salary: { currency: 'euro', max: 1, unit: 'annum' } }, [{ path: 'salary.currency', message: 'must be an ISO 4217 currency code, like "EUR"' }, { path: 'salary.unit', message: 'expected one of "hour", "day", "week", "month", "year", got "annum"' }]],
    [{ salary: { currency: 'EUR', min: 80000, max: 65000, unit: 'year' } }, [{ path: 'salary.min', message: 'is more than max (80000 > 65000)' }]],
    [{ salary: { currency: 'EUR', unit: 'year' } }, [{ path: 'salary', message: 'needs a min or a max (or both)' }]],
    [{ posted: '2026-02-30' }, [{ path: 'posted', message: 'must be an ISO date, like "2026-11-24"' }]],
    [{ validThrough: '2027-01-31' }, [{ path: 'validThrough', message: 'must be an ISO date-time, like "2027-01-31T23:59:59Z"' }]],
    [{ applyUrl: undefined }, [{ path: 'applyUrl', message: 'is required' }]],
    [{ directApply: 'yes' }, [{ path: 'directApply', message: 'expected true/false, got text' }]],
    [{ description: [] }, [{ path: 'description', message: 'must have at least 1 item' }]],
    [{ description: [{ type: 'quote', text: 'x' }] }, [{ path: 'description[0].type', message: 'expected one of "heading", "paragraph", "list", got "quote"' }]],
    [{ description: [{ text: 'x' }] }, [{ path: 'description[0].type', message: 'is required' }]],
    [{ description: ['x'] }, [{ path: 'description[0]', message: 'expected an object, got text' }]],
    [{ description: [{ type: 'list', items: ['a', ''], ordered: 1 }] }, [{ path: 'description[0].items[1]', message: 'must not be empty' }, { path: 'description[0].ordered', message: 'expected true/false, got a number' }]],
    [{ description: [{ type: 'heading', text: 'x'.repeat(201) }] }, [{ path: 'description[0].text', message: 'is too long (at most 200 characters, got 201)' }]],
    [{ description: [{ type: 'paragraph', text: 'See our site.', links: [{ text: 'site', href: 'javascript:alert(1)' }] }] }, [{ path: 'description[0].links[0].href', message: 'must be an http(s), mailto or relative link' }]],
    [{ description: [{ type: 'paragraph', text: 'See our site.', links: [{ text: 'blog', href: '/blog' }] }] }, [{ path: 'description[0].links[0].text', message: "does not occur in the paragraph: a link is a run of its block's own text" }]],
    [{ description: [{ type: 'list', items: ['a site', 'a blog'], links: [{ text: 'blog', href: '/b' }, { text: 'site', href: '/s' }] }] }, [{ path: 'description[0].links[1].text', message: "does not occur in the list after the previous link: a link is a run of its block's own text" }]],
  ];
  for (const [change, expected] of cases) {
    assert.deepEqual(problemsOf(parseOpening({ ...MINIMAL, ...change })), expected, JSON.stringify(change));
  }
  assert.deepEqual(problemsOf(parseOpening(null)), [{ path: '', message: 'expected an object, got null' }]);
});

test('description links: runs of their block\'s text, placed in order; a heading keeps none', () => {
  const description = [
    { type: 'heading', text: 'Why us', links: [{ text: 'us', href: '/about' }] },
    { type: 'paragraph', text: 'Read here, then here.', links: [{ text: 'here', href: '/a' }, { text: 'here', href: '/b' }] },
    { type: 'list', items: ['Benefits', 'Mail jobs@acme.example'], links: [{ text: 'jobs@acme.example', href: 'mailto:jobs@acme.example' }] },
  ];
  const result = parseOpening({ ...MINIMAL, description });
  assert.ok(result.ok);
  assert.deepEqual(result.value.description[0], { type: 'heading', text: 'Why us' }, 'unknown keys dropped');
  assert.deepEqual(placeLinks([description[1].text!], description[1].links), [
    { index: 0, start: 5, end: 9, href: '/a' },
    { index: 0, start: 16, end: 20, href: '/b' },
  ]);
  assert.deepEqual(runsOf('Read here, then here.', 0, placeLinks(['Read here, then here.'], description[1].links)), ['Read ', { text: 'here', href: '/a' }, ', then ', { text: 'here', href: '/b' }, '.']);
});

test('warnings: what an opening lacks for a JobPosting, without making it invalid', () => {
  const unplaced = { ...MINIMAL, locations: undefined };
  const noCountry = 'no country anywhere: Google requires addressCountry for a JobPosting';
  assert.deepEqual(warningsOf({ ...MINIMAL, locations: [{ city: 'Berlin' }, { name: 'Head office' }] }), [{ path: 'locations', message: noCountry }]);
  assert.deepEqual(warningsOf({ ...MINIMAL, workplace: 'hybrid', locations: [{ city: 'Berlin' }] }), [{ path: 'locations', message: noCountry }]);
  assert.deepEqual(warningsOf({ ...MINIMAL, locations: [{ city: 'Berlin' }, { city: 'Lisbon', country: 'PT' }] }), [], 'a country somewhere');
  assert.match(warningsOf(unplaced)[0].message, /^no location: Google requires a jobLocation/);
  assert.deepEqual(warningsOf({ ...unplaced, workplace: undefined }).map((w) => w.path), ['locations'], 'workplace unsaid: a located job');
  assert.deepEqual(warningsOf({ ...unplaced, workplace: 'remote' }), [{ path: 'remoteFrom', message: 'a remote opening needs the countries or regions applicants may work from' }]);
  assert.deepEqual(warningsOf({ ...unplaced, workplace: 'remote', remoteFrom: ['DE', 'EU'] }), []);
});

test('isExpired: validThrough in the past, judged to the second and across time zones', () => {
  assert.equal(isExpired({}), false);
  assert.equal(isExpired({ validThrough: '2020-12-31T23:59:59Z' }), true);
  assert.equal(isExpired({ validThrough: '2999-12-31T23:59:59Z' }), false);
  const at = new Date('2027-01-31T23:00:00Z');
  assert.equal(isExpired({ validThrough: '2027-01-31T23:59:59+01:00' }, at), true, 'that is 22:59:59 UTC');
  assert.equal(isExpired({ validThrough: '2027-01-31T23:59:59-01:00' }, at), false);
  assert.equal(isExpired({ validThrough: '2027-01-31T23:00:00Z' }, at), false, 'open through its last instant');
  assert.equal(isExpired({ validThrough: '2027-01-31T23:00:00Z' }, new Date(at.getTime() + 1)), true);
});

test('parseOpeningText: JSON text in, the same result; text that is not JSON is one problem', () => {
  assert.deepEqual(parseOpeningText(JSON.stringify(MINIMAL)), parseOpening(MINIMAL));
  const broken = parseOpeningText('{"id": ');
  assert.equal(broken.ok, false);
  assert.equal(problemsOf(broken).length, 1);
  assert.match(problemsOf(broken)[0].message, /^not valid JSON \(/);
});

test('data/openings/index.json is exactly what the opening files generate (run `npm run data:index` if not)', () => {
  const listing = read('data/openings/index.json');
  assert.deepEqual(listing, buildOpeningsIndex());
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-index.ts', '--check'], { stdio: 'pipe' });
  const parsed = parseOpeningIndex(listing);
  assert.ok(parsed.ok);
  assert.equal(parsed.value.openings.length, samples.length);
  for (const entry of parsed.value.openings) {
    const opening: Opening = openings.find((o) => o.id === entry.id)!;
    assert.equal(entry.href, `/jobs/${opening.id}/`);
    assert.equal(entry.organization, opening.organization.name);
    assert.deepEqual(entry.salary, opening.salary);
    assert.deepEqual(entry.locations, opening.locations);
  }
  const posted = parsed.value.openings.map((o) => o.posted);
  assert.deepEqual(posted, [...posted].sort().reverse(), 'newest first');
});

test('the drift check fails when an opening changes and its listing does not', () => {
  const [first, ...rest] = OPENING_FILES;
  assert.notDeepEqual(buildOpeningsIndex(rest), read('data/openings/index.json'), 'an opening file added');
  const changed = buildOpeningsIndex([first, ...rest]);
  changed.openings[0].title += ' (changed)';
  assert.notDeepEqual(changed, read('data/openings/index.json'));
  assert.throws(() => buildOpeningsIndex(['data/python-web-developer.json']), /data\/python-web-developer\.json: /, 'a file that is not an opening');
});

test('parseOpeningIndex: entries checked like openings, salaries included, with their index in the path', () => {
  const entry = { id: 'a', title: 'A', posted: '2026-11-01', href: '/jobs/a/' };
  assert.ok(parseOpeningIndex({ openings: [] }).ok);
  assert.deepEqual(problemsOf(parseOpeningIndex({ openings: [entry, { ...entry, workplace: 'home' }] })), [
    { path: 'openings[1].workplace', message: 'expected one of "onsite", "hybrid", "remote", got "home"' },
  ]);
  assert.deepEqual(problemsOf(parseOpeningIndex({ openings: [entry, { ...entry, salary: { currency: 'USD', min: 9, max: 1, unit: 'hour' } }] })), [
    { path: 'openings[1].salary.min', message: 'is more than max (9 > 1)' },
  ]);
  assert.deepEqual(problemsOf(parseOpeningIndex({ openings: Array.from({ length: 100_001 }, () => entry) })), [{ path: 'openings', message: 'too large: 100001 items, at most 100000' }]);
});
