/**
 * `npm run data:index`: writes data/index.json — the listing index — from the role files
 * (data/python-web-developer.json and data/roles/*.json). `--check` fails when it has drifted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatProblem, parseRole, parseRoleIndex } from '../src/schema/index.js';
import type { RoleIndex } from '../src/schema/index.js';

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
  const text = `${JSON.stringify(buildIndex(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error(`${OUT} has drifted from the role files: run \`npm run data:index\`.`);
      process.exit(1);
    }
    console.log(`${OUT} matches the role files.`);
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT} (${JSON.parse(text).roles.length} roles)`);
  }
}
