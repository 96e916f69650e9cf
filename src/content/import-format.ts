/**
 * The formats `rolekit import` writes a role in: JSON as the sample documents are written, YAML,
 * or Markdown with front matter — through the source formats' own writers, so `rolekit validate`
 * and `rolekit build` read the result back as the same role.
 */
import { parseRole } from '../schema/parse.js';
import type { RoleInput } from '../schema/role.js';
import { toMarkdown } from './write-markdown.js';
import { toYaml } from './yaml.js';

export const FORMATS = ['json', 'yaml', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** `role` (already checked by parseRole) as the text of a file in `format`. */
export function serialize(role: RoleInput, format: Format): string {
  if (format === 'json') return `${JSON.stringify(role, null, 2)}\n`;
  if (format === 'yaml') return toYaml(role);
  const parsed = parseRole(role);
  if (!parsed.ok) throw new TypeError('serialize: the role was not checked');
  return toMarkdown(parsed.value);
}
