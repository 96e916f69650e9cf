// The openings' words and the list's index, DOM-free: salaries, "Posted 3 days ago", places,
// and the facet counts of <rk-openings> — the same on a server as in the browser.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { en } from '../../src/i18n/en.js';
import { FACETS, prepare, select, view } from '../../src/elements/openings/listing.js';
import { ago, dateText, employmentText, locationText, placeName, salaryText } from '../../src/internal/opening-text.js';
import { LISTED, LISTING, syntheticOpenings } from '../opening-fixtures.js';
import type { Salary } from '../../src/schema/opening.js';

const DAY = 86_400_000;

test('salaries: ranges with the currency once, from, up to, per unit, in the language', () => {
  const salary = (s: Partial<Salary>, language = 'en') => salaryText({ currency: 'EUR', unit: 'year', ...s }, language, en);
  assert.equal(salary({ min: 65000, max: 80000 }), '€65,000–80,000 a year');
  assert.equal(salary({ min: 80000, max: 65000 }), '€65,000–80,000 a year', 'ends in either order');
  assert.equal(salary({ min: 65000 }), 'From €65,000 a year');
  assert.equal(salary({ max: 80000 }), 'Up to €80,000 a year');
  assert.equal(salary({ min: 70000, max: 70000 }), '€70,000 a year');
  assert.equal(salary({ currency: 'USD', min: 30.5, max: 42, unit: 'hour' }), '$30.50–42.00 an hour');
  assert.equal(salary({ currency: 'CHF', min: 9000, max: 11000, unit: 'month' }), 'CHF\u00a09,000–11,000 a month');
  assert.equal(salary({ min: 65000, max: 80000 }, 'de'), '65.000–80.000\u00a0€ a year', 'German numbers (the words come from the catalogue)');
  assert.equal(salary({ currency: 'JPY', min: 5_000_000, max: 7_000_000 }, 'ja'), '￥5,000,000～7,000,000 a year');
  assert.equal(salary({}), '', 'no amount: nothing to show');
  assert.equal(salary({ min: 1000, unit: 'week' }, 'zz-invalid-'), 'From €1,000 a week', 'a tag Intl refuses: English');
});

test('"Posted …": days, then weeks, months and years, in words; never in the future', () => {
  const now = Date.parse('2026-12-01T15:00:00Z');
  const posted = (daysBefore: number) => ago(new Date(now - daysBefore * DAY).toISOString().slice(0, 10), 'en', now);
  assert.deepEqual([0, 1, 3, 6, 7, 13, 14, 29, 30, 200, 364, 365, 800].map(posted), [
    'today',
    'yesterday',
    '3 days ago',
    '6 days ago',
    'last week',
    'last week',
    '2 weeks ago',
    '4 weeks ago',
    'last month',
    '6 months ago',
    '12 months ago',
    'last year',
    '2 years ago',
  ]);
  assert.equal(posted(-5), 'today', 'a date ahead of the clock');
  assert.equal(ago('2026-11-28', 'de', now), 'vor 3 Tagen');
});

test('dates: the day as written, whatever the time zone', () => {
  assert.equal(dateText('2027-01-31T23:59:59-08:00', 'en'), 'January 31, 2027');
  assert.equal(dateText('2027-01-31', 'de'), '31. Januar 2027');
  assert.equal(dateText('not a date', 'en'), 'not a date');
});

test('places: the source’s name first, else city, region and country by name', () => {
  assert.equal(locationText({ name: 'Remote - Europe', country: 'DE' }, 'en'), 'Remote - Europe');
  assert.equal(locationText({ city: 'New York', region: 'NY', country: 'US' }, 'en'), 'New York, NY, United States');
  assert.equal(locationText({ city: 'München', country: 'DE' }, 'de'), 'München, Deutschland');
  assert.equal(placeName('EU', 'en'), 'European Union');
  assert.equal(placeName('Europe', 'en'), 'Europe');
  assert.equal(employmentText(['full-time', 'part-time', 'intern'], en, 'en'), 'Full time, Part time, Internship');
});

test('the list leaves out expired openings and sorts newest first, or by title', () => {
  const list = prepare(LISTING, en);
  const ids = (order: Int32Array) => [...order].map((i) => list.entries[i].id);
  assert.equal(list.entries.length, LISTING.openings.length - 1);
  assert.deepEqual(ids(view(list, '', 'newest')), LISTED.map((o) => o.id));
  assert.deepEqual([...view(list, '', 'title')].map((i) => list.entries[i].title), LISTED.map((o) => o.title).sort());
  assert.deepEqual(ids(view(list, 'python-web-developer', 'newest')), ['python-web-developer-amsterdam', 'python-web-developer-berlin']);
  assert.equal(view(list, '', 'newest'), view(list, '', 'newest'), 'made once per order');
  assert.equal(prepare(LISTING, en), list, 'indexed once per listing');
});

test('facet counts come from the search and the other facets', () => {
  const list = prepare(LISTING, en);
  const items = view(list, '', 'newest');
  const counts = (terms: string[], chosen: string[]) => {
    const { results, counts, totals } = select(list, items, terms, chosen);
    const named = FACETS.map((_, f) =>
      Object.fromEntries(list.facets[f].flatMap((value, i) => (counts[f][i] ? [[value.key, counts[f][i]]] : []))),
    );
    return { results: [...results].map((i) => list.entries[i].id), named, totals };
  };
  const all = counts([], ['', '', '', '']);
  assert.equal(all.results.length, 8);
  assert.deepEqual(all.named[0], { de: 2, 'de-berlin': 1, 'de-munich': 1, 'de-hamburg': 1, nl: 1, 'nl-amsterdam': 1, us: 2, 'us-new-york': 2, at: 1, 'at-vienna': 1 });
  assert.deepEqual(all.named[1], { hybrid: 3, onsite: 3, remote: 2 });
  assert.deepEqual(all.totals, [8, 8, 8, 8]);
  const remote = counts([], ['', 'remote', '', '']);
  assert.deepEqual(remote.results, ['product-manager-remote-us', 'data-engineer-remote']);
  assert.deepEqual(remote.named[1], { hybrid: 3, onsite: 3, remote: 2 }, 'its own facet counts as if nothing were chosen there');
  assert.deepEqual(remote.named[2], { data: 1, product: 1 });
  assert.deepEqual(remote.totals, [2, 8, 2, 2]);
  const both = counts(['data'], ['de', 'hybrid', '', '']);
  assert.deepEqual(both.results, ['data-analyst-munich-hamburg']);
  assert.deepEqual(counts([], ['', '', 'no-such-department', '']).results, [], 'an unknown value (an old link) matches nothing');
});

test('50,000 openings: indexed once, then a keystroke is one pass', () => {
  const big = syntheticOpenings(50_000);
  let start = performance.now();
  const list = prepare(big, en);
  const items = view(list, '', 'newest');
  const indexing = performance.now() - start;
  start = performance.now();
  const { results } = select(list, items, ['cafe', 'cloud'], ['', 'onsite', '', '']);
  const keystroke = performance.now() - start;
  assert.equal(results.length, big.openings.filter((o) => /Café/.test(o.title) && /Cloud/.test(o.title) && o.workplace === 'onsite').length);
  assert.ok(results.length > 0);
  console.log(`# 50,000 openings: index and sort ${indexing.toFixed(0)} ms, a keystroke's filter and counts ${keystroke.toFixed(1)} ms`);
});
