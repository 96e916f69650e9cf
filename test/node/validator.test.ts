// The compiled validator (src/schema/validate.ts + shapes.ts) and the zod schema it is compiled
// from agree: same verdict, same output, and every problem the validator reports is one zod
// reports too — on the data files, and on thousands of arbitrary and mutated documents.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  parseRole,
  parseRoleIndex,
  parseWith,
  RoleIndexSchema,
  RoleSchema,
  type ParseResult,
} from '../../src/schema/index.js';
import { DELETE, mutate, pathsOf } from '../mutate.js';
import { runs } from '../property.js';

const FILE = 'test/node/validator.test.ts';

const seed = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8'));
const index = JSON.parse(readFileSync('data/index.json', 'utf8'));

function agree(compiled: ParseResult<unknown>, zod: ParseResult<unknown>, label: string): void {
  assert.equal(compiled.ok, zod.ok, `${label}: compiled says ${compiled.ok}, zod says ${zod.ok}\n${JSON.stringify(compiled.ok ? [] : compiled.problems)}\n${JSON.stringify(zod.ok ? [] : zod.problems)}`);
  if (compiled.ok && zod.ok) {
    assert.deepStrictEqual(compiled.value, zod.value, label);
  } else if (!compiled.ok && !zod.ok) {
    assert.ok(compiled.problems.length > 0);
    const known = new Set(zod.problems.map((p) => `${p.path}: ${p.message}`));
    for (const p of compiled.problems) assert.ok(known.has(`${p.path}: ${p.message}`), `${label}: zod does not report ${p.path}: ${p.message}\nzod: ${[...known].join('\n')}`);
  }
}

function checkRole(input: unknown, label = JSON.stringify(input)?.slice(0, 200) ?? 'undefined'): void {
  const zod = parseWith(RoleSchema, input);
  if (zod.ok) (zod.value as { language?: string }).language ??= 'en';
  agree(parseRole(input), zod, label);
}

function checkIndex(input: unknown): void {
  agree(parseRoleIndex(input), parseWith(RoleIndexSchema, input), JSON.stringify(input)?.slice(0, 200) ?? 'undefined');
}

/** Values that probe the schema's edges: blank and long text, hostile links, wrong kinds. */
const edgy = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', ' ', '\t\n', 'x'.repeat(201), 'x'.repeat(5001), 'javascript:alert(1)', ' https://a.test', 'data:text/html,x', 'mailto:a@b.test', '2026-02-30', '2024-02-29', 'pt-BR', 'Python Web', 'python-web', 0, 1, 2, '1', null, [], {}),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constant(DELETE),
);

const seedPaths = pathsOf(seed);
const indexPaths = pathsOf({ ...index, roles: index.roles.slice(0, 3) });

test('the data files: the same verdicts', () => {
  checkRole(seed, 'seed');
  checkIndex(index);
  for (const name of ['minimal', 'long-german', 'japanese', 'arabic-rtl']) checkRole(JSON.parse(readFileSync(`data/fixtures/${name}.json`, 'utf8')), name);
});

test('arbitrary JSON values: the same verdicts', (t) => {
  fc.assert(fc.property(fc.jsonValue(), (value) => { checkRole(value); checkIndex(value); }), runs(2000, { file: FILE, name: t.name }));
});

test('valid roles with one or more parts replaced or deleted: the same verdicts', (t) => {
  const mutation = fc.tuple(fc.constantFrom(...seedPaths), edgy);
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      let doc: unknown = seed;
      for (const [path, value] of mutations) {
        try {
          doc = mutate(doc, path, value);
        } catch {
          // an earlier mutation removed the path: skip this one
        }
      }
      checkRole(doc);
    }),
    runs(3000, { file: FILE, name: t.name }),
  );
});

test('listings with parts replaced or deleted: the same verdicts', (t) => {
  const small = { ...index, roles: index.roles.slice(0, 3) };
  fc.assert(fc.property(fc.constantFrom(...indexPaths), edgy, (path, value) => checkIndex(mutate(small, path, value))), runs(2000, { file: FILE, name: t.name }));
});

test('replacement patterns in the data stay literal in messages ($$, $&, $`, $\')', () => {
  // found by the differential test on a fresh clone: `replace('%', text)` read "$$" as a pattern
  const counterexample: [string[], unknown][] = [
    [['schemaVersion'], { $$: 0 }],
    [['category', 'name'], ''],
  ];
  let doc: unknown = seed;
  for (const [path, value] of counterexample) doc = mutate(doc, path, value);
  checkRole(doc, 'counterexample');
  for (const input of [{ $$: 0 }, '$&', '$`', "$'", '$1', '$<x>']) {
    const result = parseRole({ ...seed, schemaVersion: input });
    assert.deepEqual(result.ok ? [] : result.problems, [
      { path: 'schemaVersion', message: `unsupported schemaVersion ${JSON.stringify(input)}: this version of rolekit reads 1` },
    ]);
  }
});

test('a too-long list is refused at once, with the problem zod reports too', () => {
  const faq = Array.from({ length: 100_000 }, () => ({ question: 'Q?', answer: 'A.' }));
  const result = parseRole({ ...seed, faq });
  assert.deepEqual(result.ok ? [] : result.problems, [{ path: 'faq', message: 'too large: 100000 items, at most 100' }]);
  checkRole({ ...seed, faq }, 'faq of 100,000');
});

test('a sparse array (possible through .data): its holes are missing items, as zod says', () => {
  const duties = ['Build things'];
  duties[3] = 'Ship things';
  checkRole({ ...seed, duties }, 'sparse duties');
  assert.deepEqual(parseRole({ ...seed, duties }).ok ? [] : (parseRole({ ...seed, duties }) as { problems: unknown[] }).problems, [
    { path: 'duties[1]', message: 'is required' },
    { path: 'duties[2]', message: 'is required' },
  ]);
});

test('keys named __proto__ or constructor are data: dropped, and nothing global changes', () => {
  const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(seed).slice(1)}`);
  const result = parseRole(hostile);
  assert.ok(result.ok);
  assert.equal(Object.getPrototypeOf(result.value), Object.prototype);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.hasOwn(result.value, '__proto__'), false);
  checkRole(hostile, 'proto keys');
});
