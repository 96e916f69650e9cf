/// <reference types="node" />
/**
 * Roles written as Markdown with YAML front matter (CommonMark, via mdast-util-from-markdown).
 *
 * ```md
 * ---
 * schemaVersion: 1
 * slug: python-web-developer
 * title: Python Web Developer
 * language: en
 * category: { name: Software Engineering, href: /careers/?category=software-engineering }
 * updated: 2026-11-24
 * atAGlance:
 *   education: Bachelor's degree …
 *   aiImpact: { rating: strong-tailwind, horizon: through 2030, text: … }
 * ---
 *
 * The summary: the one paragraph before the first `##` section.
 *
 * ## Duties and responsibilities     duties: one bullet (or numbered) list, an item per duty
 * ## Overview                        overview: paragraphs
 * ## Qualifications                  qualifications: `### Heading (qualifier)` groups, each a bullet list;
 *                                    a trailing "(…)" is the qualifier ("(for Django-focused roles)";
 *                                    parentheses inside it balanced); write `\)` to end a heading
 *                                    itself with a parenthesis
 * ## Career outlook                  careerOutlook: paragraphs
 * ## Sample cover letter             coverLetter: first paragraph the greeting, then the paragraphs; the
 *                                    last paragraph is the sign-off: its last line the signature, the
 *                                    lines before it (if any) the closing
 * ## Frequently asked questions      faq: `### Question` headings, each with a one-paragraph answer
 * ## Related links                   relatedLinks: a bullet list, each item one link `[label](href)`
 * ```
 * Section titles are matched ignoring case; "Duties", "Cover letter" and "FAQ" work too. The
 * front matter may hold any role field (summary too); a field written there and as a section is
 * a problem. Every text is plain text: lines of a paragraph join with a space; bold, emphasis,
 * links outside Related links, images, inline code and HTML are problems at their line (rolekit
 * shows text only, so markup would be lost or shown raw), as are `#` headings, code blocks,
 * quotes, rules and sections rolekit does not know. Placeholders such as `[Company]` are text.
 */
import type { Heading, List, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { joinPath, locator, type Located, type Position, type Source } from './located.js';
import { readYamlPart } from './yaml.js';

/** The `##` sections, in the page's order: the role field, its title, other accepted titles. */
export const SECTIONS = [
  { key: 'duties', title: 'Duties and responsibilities', aliases: ['duties'] },
  { key: 'overview', title: 'Overview', aliases: [] },
  { key: 'qualifications', title: 'Qualifications', aliases: [] },
  { key: 'careerOutlook', title: 'Career outlook', aliases: [] },
  { key: 'coverLetter', title: 'Sample cover letter', aliases: ['cover letter'] },
  { key: 'faq', title: 'Frequently asked questions', aliases: ['faq'] },
  { key: 'relatedLinks', title: 'Related links', aliases: [] },
] as const;
type SectionKey = (typeof SECTIONS)[number]['key'];

/** Inline markup rolekit cannot keep, in words. */
const INLINE: Record<string, string> = {
  strong: 'bold text',
  emphasis: 'emphasis',
  delete: 'struck-through text',
  link: 'a link',
  linkReference: 'a link',
  image: 'an image',
  imageReference: 'an image',
  inlineCode: 'inline code',
  html: 'HTML',
};
const BLOCK: Record<string, string> = {
  code: 'a code block',
  blockquote: 'a quote',
  thematicBreak: 'a horizontal rule',
  html: 'HTML',
  definition: 'a link definition',
  table: 'a table',
};
const PLAIN = 'roles are plain text: write it without markup';

/** A qualification heading's trailing "(…)" (parentheses inside it balanced): [heading, qualifier]. */
function splitQualifier(title: string): [string, string] | undefined {
  if (!title.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = title.length - 1; i >= 0; i--) {
    depth += title[i] === ')' ? 1 : title[i] === '(' ? -1 : 0;
    if (depth === 0) return i > 0 ? [title.slice(0, i).trimEnd(), title.slice(i + 1, -1).trim()] : undefined;
  }
  return undefined;
}

/** Lists and quotes nested deeper than a role needs: the parser's time grows fast with depth (5,000 levels, 10 KB, take seconds). */
const MAX_NESTING = 16;
const CONTAINERS = new RegExp(`^(?:[ \\t]*(?:[-*+]|\\d{1,9}[.)]|>)(?=[ \\t]|$)){${MAX_NESTING + 1}}`);

export function readMarkdown(file: string, text: string): Source | Located[] {
  const at = locator(file, text);
  const lines = text.split(/\r\n|\r|\n/);
  const deep = lines.findIndex((line) => CONTAINERS.test(line) || /^[ \t]{200}/.test(line));
  if (deep >= 0) return [at({ line: deep + 1, column: 1 }, '', `lists or quotes nested more than ${MAX_NESTING} deep: a role has one level`)];
  const tree = fromMarkdown(text, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  const problems: Located[] = [];
  const here = new Map<string, Position>();
  const pos = (node: Nodes): Position => ({ line: node.position!.start.line, column: node.position!.start.column });
  const problem = (node: Nodes, path: string, message: string) => problems.push(at(pos(node), path, message));

  let front: Source | undefined;
  let fields: Record<string, unknown> = {};
  const [yaml] = tree.children;
  const body = yaml?.type === 'yaml' ? tree.children.slice(1) : tree.children;
  if (yaml?.type === 'yaml') {
    const read = readYamlPart(at, yaml.value, yaml.position!.start.line);
    if (Array.isArray(read)) return read;
    if (read.value !== undefined && (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value))) {
      return [at(pos(yaml), '', 'the front matter must be fields (key: value lines), not a single value or a list')];
    }
    front = read;
    fields = { ...(read.value as Record<string, unknown>) }; // spread: a "__proto__" key stays data
    problems.push(...read.problems);
  }

  /** Plain text of inline content; markup is reported and its text kept (no cascade of problems). */
  const plain = (nodes: readonly PhrasingContent[], path: string): string =>
    nodes
      .map((node): string => {
        if (node.type === 'text') return node.value;
        if (node.type === 'break') return '\n';
        // a closing tag belongs to the opening one, already reported
        if (node.type !== 'html' || !node.value.startsWith('</')) problem(node, path, `${INLINE[node.type] ?? node.type} is not kept: ${PLAIN}`);
        return 'children' in node ? plain(node.children, path) : 'value' in node ? node.value : '';
      })
      .join('');
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const put = (path: string, node: Nodes) => here.set(path, pos(node));

  const doc: Record<string, unknown> = {};
  let section: SectionKey | 'summary' | undefined = 'summary';
  let group: Record<string, unknown> | undefined; // the current ### group or question
  const letter: { node: Paragraph; lines: string[] }[] = [];
  const seen = new Set<string>();

  const startSection = (heading: Heading): SectionKey | undefined => {
    const title = oneLine(plain(heading.children, ''));
    const name = title.toLowerCase();
    const found = SECTIONS.find((s) => s.title.toLowerCase() === name || (s.aliases as readonly string[]).includes(name));
    group = undefined;
    if (!found) {
      problem(heading, '', `unknown section "${title}": the sections are ${SECTIONS.map((s) => s.title).join(', ')}`);
      return undefined;
    }
    if (seen.has(found.key) || Object.hasOwn(fields, found.key)) {
      problem(heading, found.key, `${found.key} is written twice (${seen.has(found.key) ? 'two sections' : 'in the front matter and as a section'}): keep one`);
      return undefined;
    }
    seen.add(found.key);
    put(found.key, heading);
    doc[found.key] = found.key === 'coverLetter' ? {} : [];
    return found.key;
  };

  const list = (path: string, node: List, item: (p: Paragraph, path: string) => unknown) =>
    node.children.map((li, i) => {
      const itemPath = `${path}[${i}]`;
      put(itemPath, li);
      const [first, ...rest] = li.children;
      for (const extra of rest) problem(extra, itemPath, 'a list item is one paragraph: nested lists and further paragraphs are not kept');
      if (first?.type !== 'paragraph') {
        if (first) problem(first, itemPath, 'a list item is one paragraph of text');
        return '';
      }
      put(itemPath, first);
      return item(first, itemPath);
    });
  const para = (p: Paragraph, path: string) => oneLine(plain(p.children, path));
  const link = (p: Paragraph, path: string) => {
    const links = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    const [only] = links;
    if (links.length !== 1 || only.type !== 'link') {
      problem(p, path, 'a related link is one link, written [label](href)');
      return { label: para(p, path) };
    }
    return { label: oneLine(plain(only.children, `${path}.label`)), href: only.url };
  };

  const blocks: RootContent[] = body;
  for (const node of blocks) {
    if (node.type === 'heading') {
      if (node.depth === 2) {
        section = startSection(node);
        continue;
      }
      if (node.depth === 3 && (section === 'qualifications' || section === 'faq')) {
        const index = (doc[section] as unknown[]).length;
        const path = `${section}[${index}]`;
        put(path, node);
        const title = oneLine(plain(node.children, path));
        if (section === 'faq') {
          group = { question: title };
          put(`${path}.question`, node.children[0] ?? node);
        } else {
          const raw = text.slice(node.position!.start.offset, node.position!.end.offset).replace(/\s+#+\s*$/, '').trimEnd();
          const parts = raw.endsWith('\\)') ? undefined : splitQualifier(title);
          group = parts ? { heading: parts[0], qualifier: parts[1], items: [] } : { heading: title, items: [] };
          put(`${path}.heading`, node.children[0] ?? node);
          if (parts) put(`${path}.qualifier`, node.children[0] ?? node);
        }
        (doc[section] as unknown[]).push(group);
        continue;
      }
      problem(
        node,
        '',
        node.depth === 1
          ? 'the title goes in the front matter (title: …), not in a # heading'
          : node.depth === 3
            ? '### headings are for Qualifications groups and FAQ questions only'
            : `a heading of level ${node.depth} has no place in a role: sections are ##, groups and questions ###`,
      );
      continue;
    }
    if (section === undefined) continue; // inside an unknown section: reported once, at its heading
    if (node.type !== 'paragraph' && node.type !== 'list') {
      problem(node, '', `${BLOCK[node.type] ?? node.type} is not kept: ${PLAIN}`);
      continue;
    }
    if (section === 'summary') {
      if (node.type === 'list' || doc.summary !== undefined || Object.hasOwn(fields, 'summary')) {
        problem(node, 'summary', 'before the first ## section comes one paragraph, the summary');
        continue;
      }
      put('summary', node);
      doc.summary = para(node, 'summary');
      continue;
    }
    if (section === 'overview' || section === 'careerOutlook') {
      const items = doc[section] as unknown[];
      if (node.type === 'list') {
        problem(node, section, `${section === 'overview' ? 'the overview' : 'the career outlook'} is paragraphs, not a list`);
        continue;
      }
      put(`${section}[${items.length}]`, node);
      items.push(para(node, `${section}[${items.length}]`));
      continue;
    }
    if (section === 'coverLetter') {
      if (node.type === 'list') problem(node, section, 'the cover letter is paragraphs, not a list');
      else letter.push({ node, lines: plain(node.children, section).split('\n') });
      continue;
    }
    if (section === 'duties' || section === 'relatedLinks') {
      if (node.type !== 'list' || (doc[section] as unknown[]).length) {
        problem(node, section, `${section === 'duties' ? 'the duties are' : 'related links are'} one bullet list`);
        continue;
      }
      (doc[section] as unknown[]).push(...list(section, node, section === 'duties' ? para : link));
      continue;
    }
    // qualifications and faq: content belongs to the ### above it
    const path = `${section}[${(doc[section] as unknown[]).length - 1}]`;
    if (!group) {
      problem(node, section, section === 'faq' ? 'each answer follows its question, a ### heading' : 'each list follows its group\'s ### heading');
    } else if (section === 'faq') {
      if (node.type === 'list' || group.answer !== undefined) problem(node, `${path}.answer`, 'an answer is one paragraph of text');
      else {
        put(`${path}.answer`, node);
        group.answer = para(node, `${path}.answer`);
      }
    } else if (node.type !== 'list' || (group.items as unknown[]).length) {
      problem(node, `${path}.items`, 'a qualifications group is one bullet list under its ### heading');
    } else {
      put(`${path}.items`, node);
      const items = list(`${path}.items`, node, para);
      (group.items as unknown[]).push(...items);
    }
  }
  if (seen.has('coverLetter')) doc.coverLetter = coverLetter(letter, put, oneLine);
  const value = { ...fields, ...doc };
  return {
    value,
    problems,
    locate(path) {
      for (let n = path.length; n > 0; n--) {
        const found = here.get(joinPath(path.slice(0, n)));
        if (found) return found;
      }
      return front ? front.locate(path) : { line: 1, column: 1 };
    },
  };
}

/** Greeting, paragraphs, and the sign-off: its last line the signature, the lines before the closing. */
function coverLetter(
  letter: { node: Paragraph; lines: string[] }[],
  put: (path: string, node: Nodes) => void,
  oneLine: (s: string) => string,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const [greeting, ...rest] = letter;
  if (!greeting) return result;
  put('coverLetter.greeting', greeting.node);
  result.greeting = oneLine(greeting.lines.join(' '));
  const signOff = rest.pop();
  result.paragraphs = rest.map((p, i) => {
    put(`coverLetter.paragraphs[${i}]`, p.node);
    return oneLine(p.lines.join(' '));
  });
  if (signOff) {
    const lines = signOff.lines.map(oneLine).filter(Boolean);
    const signature = lines.pop();
    put('coverLetter.signature', signOff.node);
    if (lines.length) {
      put('coverLetter.closing', signOff.node);
      result.closing = lines.join(' ');
    }
    if (signature !== undefined) result.signature = signature;
  }
  return result;
}
