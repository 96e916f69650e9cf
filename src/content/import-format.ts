/**
 * The formats `rolekit import` writes a role in: JSON as the sample documents are written, or
 * YAML / Markdown with front matter through the source formats' own serializers.
 */
import type { RoleInput } from '../schema/role.js';

export const FORMATS = ['json', 'yaml', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export async function serialize(role: RoleInput, format: Format): Promise<string> {
  if (format === 'json') return `${JSON.stringify(role, null, 2)}\n`;
  // TODO(C1's serializers): toYaml / toMarkdown once src/content lands them
  throw new Error(`--format ${format} is not available yet`);
}
