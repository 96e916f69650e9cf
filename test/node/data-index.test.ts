// data/index.json is generated from the role files (npm run data:index) and must not drift from them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildIndex, openingsPerRole, ROLE_FILES } from '../../scripts/data-index.js';
import { syntheticIndex } from '../../scripts/synthetic.js';
import { parseRole, parseRoleIndex } from '../../src/schema/index.js';

test('data/index.json is exactly what the role files generate (run `npm run data:index` if not)', () => {
  assert.deepEqual(JSON.parse(readFileSync('data/index.json', 'utf8')), buildIndex());
});

test('the listing has the seed and at least 12 more roles across at least 4 categories, all valid', () => {
  const index = buildIndex();
  assert.ok(parseRoleIndex(index).ok);
  assert.ok(index.roles.length >= 13);
  assert.ok(index.roles.some((r) => r.slug === 'python-web-developer'));
  assert.ok(new Set(index.roles.map((r) => r.category)).size >= 4);
  for (const file of ROLE_FILES) assert.ok(parseRole(JSON.parse(readFileSync(file, 'utf8'))).ok, file);
});

test('the synthetic index is seeded, valid, and clearly synthetic', () => {
  const a = syntheticIndex(1000, 7);
  assert.deepEqual(a, syntheticIndex(1000, 7));
  assert.notDeepEqual(a, syntheticIndex(1000, 8));
  assert.ok(parseRoleIndex(syntheticIndex(10_000)).ok);
  assert.ok(a.roles.every((r) => r.title.startsWith('Synthetic: ') && r.summary.startsWith('Synthetic entry')));
  assert.equal(new Set(a.roles.map((r) => r.slug)).size, 1000);
});

test("each listed role counts its open positions: expired ones and other roles' not, as of the listing's newest posting", () => {
  const entry = (id: string, role: string | undefined, posted: string, validThrough?: string) => ({ id, title: id, role, organization: 'N', posted, validThrough, href: `/jobs/${id}/` });
  const listing = {
    openings: [
      entry('a', 'pwd', '2026-11-01'),
      entry('b', 'pwd', '2026-11-20', '2026-12-31T23:59:59Z'),
      entry('c', 'pwd', '2020-01-01', '2020-01-31T23:59:59Z'),
      entry('d', 'ux', '2026-10-01', '2026-11-10T00:00:00Z'), // closed before the newest posting (Nov 20)
      entry('e', undefined, '2026-11-02'),
    ],
  };
  assert.deepEqual(Object.fromEntries(openingsPerRole(listing)), { pwd: 2 });
  assert.deepEqual(Object.fromEntries(openingsPerRole(listing, new Date('2026-11-05T00:00:00Z'))), { pwd: 2, ux: 1 });
  const index = buildIndex();
  assert.ok(index.roles.some((role) => role.openings! > 0), 'the sample roles have open positions');
  assert.ok(index.roles.every((role) => Number.isInteger(role.openings)), 'every listed role has a count');
});
