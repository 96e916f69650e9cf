/**
 * Writes role.schema.json, opening.schema.json and opening-index.schema.json — the JSON Schemas
 * generated from the zod schemas — so editors and other languages can validate rolekit's files,
 * and src/schema/shapes.ts and opening-shapes.ts, the schemas' compiled form the run-time
 * validator uses. `--check` fails instead when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { OpeningIndexSchema, OpeningSchema } from '../src/schema/opening.js';
import { DEFAULT_LANGUAGE, RoleSchema } from '../src/schema/role.js';
import { openingShapesSource, shapesSource } from './shapes.js';

const OUT = new URL('../role.schema.json', import.meta.url);
const SHAPES = new URL('../src/schema/shapes.ts', import.meta.url);
const OPENING_SHAPES = new URL('../src/schema/opening-shapes.ts', import.meta.url);
const OPENING = new URL('../opening.schema.json', import.meta.url);
const OPENING_INDEX = new URL('../opening-index.schema.json', import.meta.url);
const CDN = 'https://cdn.jsdelivr.net/npm/rolekit/';

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

type JsonSchema = Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };

/**
 * A salary needs a min or a max, as parseOpening says; that its min is at most its max, JSON
 * Schema cannot say (the one rule only parseOpening checks), so the description does.
 */
function salaryRules(salary: Record<string, unknown>): Record<string, unknown> {
  return {
    ...salary,
    description: 'A min, a max or both, per unit; min at most max (checked by parseOpening, not expressible in JSON Schema).',
    anyOf: [{ required: ['min'] }, { required: ['max'] }],
  };
}

/** Where a description block's links go, in words: JSON Schema cannot check that a link's text is in its block. */
const LINKS =
  "Links inside the block's text: each link's text is the first occurrence, after the previous link's, of a run of the block's text (a list's items read in order); checked by parseOpening, not expressible in JSON Schema.";

function linkRules(description: Record<string, unknown>): void {
  const options = ((description.items as Record<string, unknown>).oneOf ?? (description.items as Record<string, unknown>).anyOf) as JsonSchema[];
  for (const option of options) if (option.properties.links) option.properties.links.description = LINKS;
}

/** The JSON Schema of an opening document (opening.schema.json). */
export function openingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(OpeningSchema, { io: 'input', target: 'draft-2020-12' }) as JsonSchema;
  schema.properties.language.default = DEFAULT_LANGUAGE;
  schema.properties.salary = salaryRules(schema.properties.salary);
  linkRules(schema.properties.description);
  return {
    $schema: schema.$schema,
    $id: `${CDN}opening.schema.json`,
    title: 'rolekit opening document',
    description:
      'One position a company is hiring for: title, organization, workplace, locations, salary, dates, apply link and a description in plain-text blocks. All text is plain text. Unknown keys are ignored.',
    ...schema,
    properties: { $schema: { type: 'string', description: 'The JSON Schema this file follows.' }, ...schema.properties },
  };
}

/** The JSON Schema of a listing of openings (opening-index.schema.json). */
export function openingIndexJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(OpeningIndexSchema, { io: 'input', target: 'draft-2020-12' }) as JsonSchema;
  const entry = (schema.properties.openings as { items: JsonSchema }).items;
  entry.properties.salary = salaryRules(entry.properties.salary);
  return {
    $schema: schema.$schema,
    $id: `${CDN}opening-index.schema.json`,
    title: 'rolekit openings listing',
    description: 'Many openings, with what a list shows and filters on, and where each opening lives (href). Generated from the opening files.',
    ...schema,
    properties: { $schema: { type: 'string', description: 'The JSON Schema this file follows.' }, ...schema.properties },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const outputs: [URL, string][] = [
  [OUT, json(roleJsonSchema())],
  [OPENING, json(openingJsonSchema())],
  [OPENING_INDEX, json(openingIndexJsonSchema())],
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
