/**
 * `npm run data:index`: writes data/index.json — the listing index — from the role files
 * (data/python-web-developer.json and data/roles/*.json), and data/openings/index.json from the
 * opening files (scripts/openings-index.ts). `--check` fails when either has drifted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatProblem, isExpired, parseRole, parseRoleIndex } from '../src/schema/index.js';
import type { OpeningIndex, RoleIndex } from '../src/schema/index.js';
import { buildOpeningsIndex, OPENINGS_OUT } from './openings-index.js';

export const ROLE_FILES = ['data/python-web-developer.json', ...readdirSync('data/roles').sort().map((f) => `data/roles/${f}`)].filter(
  (f) => f.endsWith('.json'),
);
const OUT = 'data/index.json';

/** Where each role's page lives on the demo site; sites with other URLs use `href-template`. */
export const roleHref = (slug: string): string => `/roles/${slug}/`;

/**
 * Open positions per role slug in a listing of openings: those not expired on the day the newest
 * of them was posted (the listing's own date, so the count does not change as the clock moves
 * and the drift check stays true; a site's build counts against its own clock).
 */
export function openingsPerRole(openings: OpeningIndex, now?: Date): Map<string, number> {
  const asOf = now ?? new Date(`${openings.openings.reduce((newest, o) => (o.posted > newest ? o.posted : newest), '0000-01-01')}T00:00:00Z`);
  const counts = new Map<string, number>();
  for (const opening of openings.openings) if (opening.role && !isExpired(opening, asOf)) counts.set(opening.role, (counts.get(opening.role) ?? 0) + 1);
  return counts;
}

export function buildIndex(files = ROLE_FILES, openings: OpeningIndex = buildOpeningsIndex()): RoleIndex {
  const counts = openingsPerRole(openings);
  const roles = files.map((file) => {
    const result = parseRole(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.ok) throw new Error(`${file}: ${result.problems.map(formatProblem).join('; ')}`);
    const role = result.value;
    if (!role.category || !role.updated) throw new Error(`${file}: a listed role needs a category and an updated date`);
    return { slug: role.slug, title: role.title, category: role.category.name, summary: role.summary, href: roleHref(role.slug), updated: role.updated, openings: counts.get(role.slug) ?? 0 };
  });
  roles.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const index = { roles };
  const checked = parseRoleIndex(index);
  if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('; '));
  return index;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const listings: [string, string, () => unknown, string][] = [
    [OUT, 'role files', buildIndex, 'roles'],
    [OPENINGS_OUT, 'opening files', buildOpeningsIndex, 'openings'],
  ];
  for (const [out, from, build, key] of listings) {
    const text = `${JSON.stringify(build(), null, 2)}\n`;
    if (process.argv.includes('--check')) {
      if (readFileSync(out, 'utf8') !== text) {
        console.error(`${out} has drifted from the ${from}: run \`npm run data:index\`.`);
        process.exit(1);
      }
      console.log(`${out} matches the ${from}.`);
    } else {
      writeFileSync(out, text);
      console.log(`wrote ${out} (${JSON.parse(text)[key].length} ${key})`);
    }
  }
}
