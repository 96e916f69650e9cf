/// <reference types="node" />
/**
 * `rolekit import`'s work: an existing job-description page (plain text or HTML) laid out like
 * the seed — site name, category, title, "Last updated", the summary, then the sections "Role at
 * a glance", "Duties and responsibilities", "Overview", "Qualifications", "Career outlook",
 * "Sample cover letter", "Frequently asked questions" and a closing "See all … jobs →" link —
 * becomes a role document. The layout is recognised (section names, bullets, label/value pairs,
 * "Heading (qualifier):" groups, questions), never one role's words. What the page holds that
 * has no place in a role is a warning at its line, never dropped silently; the document is
 * checked by parseRole before it is handed back.
 */
import { parseRole } from '../schema/parse.js';
import { SCHEMA_VERSION, type RoleInput } from '../schema/role.js';
import { clip, htmlBlocks, textBlocks, type Block, type ImportNote } from './import-blocks.js';
import { readSections, type Sections } from './import-sections.js';

export type { ImportNote };

export type ImportResult =
  | { ok: true; role: RoleInput; warnings: ImportNote[] }
  | { ok: false; problems: ImportNote[]; warnings: ImportNote[] };

/** kebab-case, as the sample roles' slugs and category links are: "Software Engineering" → "software-engineering". */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Where the built site lists a category's roles (the sample roles link there). */
export const categoryHref = (name: string): string => `/careers/?category=${slugify(name)}`;

const LAST_UPDATED = /^last updated\b[\s:]*(.*)$/i;
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

/** "2026-11-24", "November 24, 2026", "24 Nov 2026" → "2026-11-24"; undefined when it is not a date. */
function isoDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text)?.[1];
  if (iso) return iso;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Reads `text` (HTML when the file is .html/.htm or the text starts with a tag) into a role document. */
export function importPage(file: string, text: string): ImportResult {
  const page = /\.html?$/i.test(file) || /^\s*</.test(text) ? htmlBlocks(text) : textBlocks(text);
  const result = recognise(page.blocks, page.language);
  result.warnings.sort((a, b) => a.line - b.line);
  return result;
}

function recognise(blocks: Block[], language = 'en'): ImportResult {
  const warnings: ImportNote[] = [];
  const lines = new Map<string, number>();
  const sections = readSections(blocks, warnings, lines);
  const header = blocks.slice(0, sections.start);
  const updatedAt = header.findIndex((b) => LAST_UPDATED.test(b.text));
  let titleAt = header.findIndex((b) => b.kind === 'heading' && b.level === 1);
  if (titleAt < 0) titleAt = updatedAt > 0 ? updatedAt - 1 : -1;
  if (titleAt < 0) {
    const line = header[0]?.line ?? blocks[0]?.line ?? 1;
    return { ok: false, warnings, problems: [{ line, message: 'no role title found: the layout has the title on the line before "Last updated" (in HTML, the <h1>)' }] };
  }
  const title = header[titleAt];
  lines.set('title', title.line).set('slug', title.line);
  // before the title: the site's name, then the category (the line right above the title)
  const above = header.slice(0, titleAt);
  const category = above.pop();
  if (category) lines.set('category', category.line);
  if (above.length) above.pop(); // the site's name: the page's, not the role's
  for (const b of above) warnings.push({ line: b.line, message: `"${clip(b.text)}" above the title is not part of the layout: not imported` });

  let updated: string | undefined;
  const summary: Block[] = [];
  const rest = header.slice(titleAt + 1);
  for (let i = 0; i < rest.length; i++) {
    const b = rest[i];
    const match = LAST_UPDATED.exec(b.text);
    if (!match) {
      summary.push(b);
      continue;
    }
    // the date on the same line, or alone on the next one
    let when = match[1].trim();
    if (!when && rest[i + 1] && isoDate(rest[i + 1].text) && rest[i + 1].text.length <= 40) when = rest[++i].text;
    if (!when) continue;
    updated = isoDate(when);
    if (updated) lines.set('updated', b.line);
    else warnings.push({ line: b.line, message: `"Last updated ${clip(when)}" is not a date rolekit can read: not imported (write updated: YYYY-MM-DD)` });
  }
  for (const b of summary.filter((s) => s.kind !== 'line' && s.kind !== 'definition')) {
    warnings.push({ line: b.line, message: `"${clip(b.text)}" (a ${b.kind}) before the first section: taken into the summary` });
  }
  if (summary.length) lines.set('summary', summary[0].line);

  const role = document(title.text, language, category?.text, summary.map((b) => b.text).join(' '), updated, sections);
  const checked = parseRole(role);
  if (!checked.ok) {
    const problems = checked.problems.map((p) => ({ line: lineFor(lines, p.path) ?? title.line, message: `${p.path ? `${p.path}: ` : ''}${p.message}` }));
    return { ok: false, problems, warnings };
  }
  return { ok: true, role, warnings };
}

/** The role, its keys in the order the sample documents have them; what the page lacks is left out. */
function document(title: string, language: string, category: string | undefined, summary: string, updated: string | undefined, s: Sections): RoleInput {
  const related = s.related.map((name) => ({
    label: `See all ${name} jobs`,
    href: category !== undefined && name.toLowerCase() === category.toLowerCase() ? categoryHref(category) : categoryHref(name),
  }));
  const entries: [string, unknown][] = [
    ['schemaVersion', SCHEMA_VERSION],
    ['slug', slugify(title)],
    ['title', title],
    ['language', language],
    ['category', category === undefined ? undefined : { name: category, href: categoryHref(category) }],
    ['summary', summary],
    ['updated', updated],
    ['atAGlance', s.atAGlance],
    ['duties', s.duties],
    ['overview', s.overview],
    ['qualifications', s.qualifications],
    ['careerOutlook', s.careerOutlook],
    ['coverLetter', s.coverLetter],
    ['faq', s.faq],
    ['relatedLinks', related.length ? related : undefined],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as RoleInput;
}

/** The line of the longest recorded path that `path` starts with ("faq[2].answer" → faq[2]'s line). */
function lineFor(lines: Map<string, number>, path: string): number | undefined {
  let best: string | undefined;
  for (const key of lines.keys()) {
    const next = path.charAt(key.length);
    if (path.startsWith(key) && (next === '' || next === '.' || next === '[') && key.length > (best?.length ?? -1)) best = key;
  }
  return best === undefined ? undefined : lines.get(best);
}
