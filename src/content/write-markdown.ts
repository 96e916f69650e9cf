/// <reference types="node" />
/**
 * A role as Markdown with front matter, in the layout markdown.ts reads (see there): reading the
 * result gives the same role. Text is escaped by mdast-util-to-markdown, so a "*" or "#" in the
 * data stays text.
 */
import type { Heading, ListItem, PhrasingContent, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { defaultHandlers, toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown';
import type { Role } from '../schema/role.js';
import { SECTIONS } from './markdown.js';
import { toYaml } from './yaml.js';

/** Written in the Markdown body, not in the front matter. */
const BODY = new Set<string>(['summary', ...SECTIONS.map((s) => s.key)]);

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (value: string): RootContent => ({ type: 'paragraph', children: [text(value)] });
const heading = (depth: 2 | 3, value: string, keepParen = false): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
  ...(keepParen ? { data: { keepParen: true } } : {}),
});
const item = (children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });
const list = (items: ListItem[]): RootContent => ({ type: 'list', ordered: false, spread: false, children: items });

/** A role (a validated document) as Markdown with YAML front matter. */
export function toMarkdown(role: Role): string {
  const fields = Object.fromEntries(Object.entries(role).filter(([key, value]) => !BODY.has(key) && value !== undefined));
  const body: RootContent[] = [{ type: 'yaml', value: toYaml(fields).trimEnd() }, paragraph(role.summary)];
  for (const { key, title } of SECTIONS) {
    if (role[key] === undefined) continue;
    body.push(heading(2, title), ...section(role, key));
  }
  const markdown = mdastToMarkdown(
    { type: 'root', children: body },
    {
      extensions: [frontmatterToMarkdown(['yaml'])],
      bullet: '-',
      listItemIndent: 'one',
      handlers: {
        // a heading that itself ends in ")" escapes it: unescaped, "(…)" would be read as the qualifier
        heading: (node: Heading, parent, state, info) => {
          const out = defaultHandlers.heading(node, parent, state, info);
          return (node.data as { keepParen?: boolean } | undefined)?.keepParen ? out.replace(/\)$/, '\\)') : out;
        },
      },
    },
  );
  // "[Company]" needs no escape: with no link definitions (markdown.ts refuses them) it is text
  const end = markdown.indexOf('\n---\n') + 5;
  return markdown.slice(0, end) + markdown.slice(end).replace(/(?<!\\)((?:\\\\)*)\\\[([^[\]\\\n]{1,60})\](?![([:])/g, '$1[$2]');
}

function section(role: Role, key: (typeof SECTIONS)[number]['key']): RootContent[] {
  switch (key) {
    case 'duties':
      return [list(role.duties!.map((duty) => item([text(duty)])))];
    case 'overview':
    case 'careerOutlook':
      return role[key]!.map(paragraph);
    case 'qualifications':
      return role.qualifications!.flatMap((group) => [
        group.qualifier === undefined
          ? heading(3, group.heading, group.heading.endsWith(')'))
          : heading(3, `${group.heading} (${group.qualifier})`),
        list(group.items.map((line) => item([text(line)]))),
      ]);
    case 'coverLetter': {
      const letter = role.coverLetter!;
      const signOff = letter.closing === undefined ? letter.signature : `${letter.closing}\n${letter.signature}`;
      return [paragraph(letter.greeting), ...letter.paragraphs.map(paragraph), paragraph(signOff)];
    }
    case 'faq':
      return role.faq!.flatMap((entry) => [heading(3, entry.question), paragraph(entry.answer)]);
    case 'relatedLinks':
      return [list(role.relatedLinks!.map((link) => item([{ type: 'link', url: link.href, children: [text(link.label)] }])))];
  }
}
