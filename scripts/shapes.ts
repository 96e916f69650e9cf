/**
 * Compiles the zod schemas into plain-data shapes (src/schema/shapes.ts for roles,
 * src/schema/opening-shapes.ts for openings, so a role page carries none of the opening's) that the small validator
 * in src/schema/validate.ts checks documents against. The zod schema stays the one source of
 * truth; the shapes are its compiled form, so the script-tag bundle validates without carrying
 * zod (about 4 KB gzip). `test/node/validator.test.ts` proves both give the same verdicts.
 */
import type * as z from 'zod/mini';
import { OpeningIndexSchema, OpeningSchema } from '../src/schema/opening.js';
import { RoleSchema } from '../src/schema/role.js';
import { RoleIndexSchema } from '../src/schema/role-index.js';

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def => (schema as z.ZodMiniType)._zod.def as unknown as Def;

/** A custom message: a fixed text, or a function of the input, kept as a template with `%` for it. */
function messageOf(def: Record<string, unknown>, values?: unknown[]): string | undefined {
  const error = def.error as ((issue: unknown) => unknown) | undefined;
  if (!error) return undefined;
  const SENTINEL = '\u0001input\u0001';
  const message = error({ code: 'invalid_value', input: SENTINEL, values });
  if (typeof message !== 'string') throw new Error(`custom error that is not text: ${String(message)}`);
  // the validator fills the first '%' with the input: the message may hold no other
  if (message.includes('%')) throw new Error(`shapes: a custom message with '%' cannot be compiled: ${message}`);
  return message.replace(JSON.stringify(SENTINEL), '%');
}

/** Regular expressions, hoisted so each appears once in the output. */
const patterns: RegExp[] = [];
/** Each sub-shape's source, by how often it occurs in one pass. */
let uses = new Map<string, number>();
/** The shared sub-shapes (source → constant name), in an order where each comes after its parts. */
let shared = new Map<string, string>();
/** The helpers beyond the role's (`num`, `bool`, `uni`) the current file uses. */
const used = new Set<string>();

/**
 * The source of a shape, in the compact helpers of the generated file (`str`, `arr`, `opt`,
 * `obj`, `one`): the bundle carries the shapes, so their source is kept short. The helpers
 * build exactly the plain objects `Shape` describes.
 */
function compile(schema: unknown): string {
  const def = defOf(schema);
  const checks = ((def.checks ?? []) as z.core.$ZodCheck[]).map((check) => {
    const c = check._zod.def as unknown as Record<string, unknown>;
    if (c.check === 'max_length') return `{ max: ${c.maximum as number} }`;
    if (c.check === 'min_length') return `{ min: ${c.minimum as number} }`;
    if (c.check === 'greater_than' && c.inclusive) return `{ gte: ${c.value as number} }`;
    if (c.check === 'string_format' && c.format === 'regex') {
      const re = c.pattern as RegExp;
      let i = patterns.findIndex((p) => String(p) === String(re));
      if (i < 0) i = patterns.push(re) - 1;
      return `{ pattern: P${i}, message: ${JSON.stringify(messageOf(c) ?? 'is not in the expected format')} }`;
    }
    throw new Error(`shapes: unsupported check ${JSON.stringify(c.check)}`);
  });
  const list = checks.map((check) => `, ${check}`).join('');
  let source: string;
  switch (def.type) {
    case 'string':
      source = `str(${list.slice(2)})`;
      break;
    case 'array':
      source = `arr(${compile(def.element)}${list})`;
      break;
    case 'number':
      source = `num(${list.slice(2)})`;
      used.add('num');
      break;
    case 'boolean':
      source = 'bool';
      used.add('bool');
      break;
    case 'literal':
      source = `one(${JSON.stringify(def.values)})`;
      break;
    case 'union': {
      // only a discriminated union: objects told apart by one key's literal text
      const key = def.discriminator as string | undefined;
      if (!key) throw new Error('shapes: a union without a discriminator cannot be compiled');
      const options = (def.options as unknown[]).map((option) => {
        const tag = defOf((defOf(option).shape as Record<string, unknown>)[key]);
        const values = tag.values as unknown[];
        if (tag.type !== 'literal' || values.length !== 1 || typeof values[0] !== 'string') throw new Error(`shapes: union option whose ${key} is not one literal text`);
        return `${JSON.stringify(values[0])}: ${compile(option)}`;
      });
      source = `uni(${JSON.stringify(key)}, { ${options.join(', ')} })`;
      used.add('uni');
      break;
    }
    case 'optional':
      source = `opt(${compile(def.innerType)})`;
      break;
    case 'enum': {
      const values = Object.values(def.entries as object);
      const message = messageOf(def, values);
      source = `one(${JSON.stringify(values)}${message ? `, ${JSON.stringify(message)}` : ''})`;
      break;
    }
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const keys = Object.entries(shape).map(([key, value]) => `${/^[a-z]\w*$/i.test(key) ? key : JSON.stringify(key)}: ${compile(value)}`);
      source = `obj({ ${keys.join(', ')} })`;
      break;
    }
    default:
      throw new Error(`shapes: unsupported zod type ${JSON.stringify(def.type)}`);
  }
  const name = shared.get(source);
  if (name) return name;
  uses.set(source, (uses.get(source) ?? 0) + 1);
  return source;
}

/** The helpers the generated files define, by name. */
const HELPERS: Record<string, string> = {
  num: "const num = (...checks: Check[]): Shape => (checks.length ? { type: 'number', checks } : { type: 'number' });",
  bool: "const bool: Shape = { type: 'boolean' };",
  uni: "const uni = (key: string, options: Record<string, Shape>): Shape => ({ type: 'union', key, options });",
};

/** The TypeScript source of a generated shapes file: one exported constant per schema. */
function generate(schemas: Record<string, unknown>, from: string): string {
  // Pass after pass, a sub-shape that occurs twice or more becomes a constant — innermost first,
  // so an outer one is written with the names of its parts — until nothing repeats.
  shared = new Map();
  let sources: string[];
  for (;;) {
    patterns.length = 0;
    uses = new Map();
    used.clear();
    sources = Object.values(schemas).map(compile);
    const repeated = [...uses].filter(([source, n]) => n > 1 && source.length > 12).map(([source]) => source);
    const innermost = repeated.filter((source) => !repeated.some((other) => other !== source && source.includes(other)));
    if (!innermost.length) break;
    for (const source of innermost) shared.set(source, `S${shared.size}`);
  }
  const constants = [...shared].map(([source, name]) => `const ${name} = ${source};`);
  return [
    `// Generated by \`npm run build:schema\` from the zod schemas in ${from}. Do not edit.`,
    '/* eslint-disable no-control-regex -- copied from the zod schema, where refusing control characters is the point */',
    "import type { Check, Shape } from './validate.js';",
    '',
    ...patterns.map((re, i) => `const P${i} = ${String(re)};`),
    '',
    "const str = (...checks: Check[]): Shape => (checks.length ? { type: 'string', checks } : { type: 'string' });",
    "const arr = (item: Shape, ...checks: Check[]): Shape => (checks.length ? { type: 'array', item, checks } : { type: 'array', item });",
    "const opt = (inner: Shape): Shape => ({ type: 'optional', inner });",
    "const obj = (keys: Record<string, Shape>): Shape => ({ type: 'object', keys });",
    "const one = (values: unknown[], message?: string): Shape => (message ? { type: 'enum', values, message } : { type: 'enum', values });",
    ...Object.keys(HELPERS).filter((name) => used.has(name)).map((name) => HELPERS[name]),
    '',
    ...constants,
    ...Object.keys(schemas).flatMap((name, i) => ['', `export const ${name}: Shape = ${sources[i]};`]),
    '',
  ].join('\n');
}

/** The TypeScript source of src/schema/shapes.ts: the role and the role listing. */
export const shapesSource = (): string => generate({ ROLE_SHAPE: RoleSchema, ROLE_INDEX_SHAPE: RoleIndexSchema }, 'role.ts and role-index.ts');

/** The TypeScript source of src/schema/opening-shapes.ts: the opening and the opening listing. */
export const openingShapesSource = (): string =>
  generate({ OPENING_SHAPE: OpeningSchema, OPENING_INDEX_SHAPE: OpeningIndexSchema }, 'opening.ts');
