/**
 * Writes role.schema.json — the JSON Schema generated from the zod schema — so editors and other
 * languages can validate role files, and src/schema/shapes.ts, the schemas' compiled form the
 * run-time validator uses. `--check` fails instead when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { DEFAULT_LANGUAGE, RoleSchema } from '../src/schema/role.js';
import { openingShapesSource, shapesSource } from './shapes.js';

const OUT = new URL('../role.schema.json', import.meta.url);
const SHAPES = new URL('../src/schema/shapes.ts', import.meta.url);
const OPENING_SHAPES = new URL('../src/schema/opening-shapes.ts', import.meta.url);

export function roleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RoleSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  // parseRole fills in the default language (see DEFAULT_LANGUAGE); say so to editors too
  (schema.properties as Record<string, Record<string, unknown>>).language.default = DEFAULT_LANGUAGE;
  return {
    $schema: schema.$schema,
    $id: 'https://cdn.jsdelivr.net/npm/rolekit/role.schema.json',
    title: 'rolekit role document',
    description:
      'A job-role page as data: summary, at a glance, duties, overview, qualifications, career outlook, sample cover letter, FAQ. All text is plain text. Unknown keys are ignored.',
    ...schema,
    properties: { $schema: { type: 'string', description: 'The JSON Schema this file follows.' }, ...(schema.properties as object) },
  };
}

const outputs: [URL, string][] = [
  [OUT, `${JSON.stringify(roleJsonSchema(), null, 2)}\n`],
  [SHAPES, shapesSource()],
  [OPENING_SHAPES, openingShapesSource()],
];
for (const [url, text] of outputs) {
  const name = url.pathname.replace(/.*\/(src\/)?/, '$1');
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(url, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`${name} is out of date with the zod schemas in src/schema/: run \`npm run build:schema\` and commit it.`);
      process.exit(1);
    }
    console.log(`${name} matches the zod schemas.`);
  } else {
    writeFileSync(url, text);
    console.log(`wrote ${name}`);
  }
}
