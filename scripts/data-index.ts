/**
 * `npm run data:index`: writes data/index.json — the listing index — from the role files
 * (data/python-web-developer.json and data/roles/*.json), and data/openings/index.json from the
 * opening files (scripts/openings-index.ts). `--check` fails when either has drifted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatProblem, parseRole, parseRoleIndex } from '../src/schema/index.js';
import type { RoleIndex } from '../src/schema/index.js';
import { buildOpeningsIndex, OPENINGS_OUT } from './openings-index.js';

export const ROLE_FILES = ['data/python-web-developer.json', ...readdirSync('data/roles').sort().map((f) => `data/roles/${f}`)].filter(
  (f) => f.endsWith('.json'),
);
const OUT = 'data/index.json';

/** Where each role's page lives on the demo site; sites with other URLs use `href-template`. */
export const roleHref = (slug: string): string => `/roles/${slug}/`;

export function buildIndex(files = ROLE_FILES): RoleIndex {
  const roles = files.map((file) => {
    const result = parseRole(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.ok) throw new Error(`${file}: ${result.problems.map(formatProblem).join('; ')}`);
    const role = result.value;
    if (!role.category || !role.updated) throw new Error(`${file}: a listed role needs a category and an updated date`);
    return { slug: role.slug, title: role.title, category: role.category.name, summary: role.summary, href: roleHref(role.slug), updated: role.updated };
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
