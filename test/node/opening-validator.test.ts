// The compiled validator (validate.ts + opening-shapes.ts) and the zod opening schemas it is
// compiled from agree: same verdict, same output, and every problem the validator reports is one
// zod reports too — on the sample files and on thousands of arbitrary and mutated documents.
// parseOpening is that verdict plus the salary's range, which zod's schema does not hold.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { OPENING_INDEX_SHAPE, OPENING_SHAPE } from '../../src/schema/opening-shapes.js';
import { validate, type Shape } from '../../src/schema/validate.js';
import { OpeningIndexSchema, OpeningSchema, parseOpening, parseOpeningIndex, parseWith, salaryProblems, type ParseResult, type Problem } from '../../src/schema/index.js';
import { DELETE, mutate, pathsOf } from '../mutate.js';
import { runs } from '../property.js';
import { MINIMAL, sampleFiles, sampleJson } from './opening-docs.js';

const FILE = 'test/node/opening-validator.test.ts';

function compiled(shape: Shape, input: unknown): ParseResult<unknown> {
  const problems: Problem[] = [];
  const value = validate(shape, input, problems);
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

function agree(ours: ParseResult<unknown>, zod: ParseResult<unknown>, label: string): void {
  assert.equal(ours.ok, zod.ok, `${label}: compiled says ${ours.ok}, zod says ${zod.ok}\n${JSON.stringify(ours.ok ? [] : ours.problems)}\n${JSON.stringify(zod.ok ? [] : zod.problems)}`);
  if (ours.ok && zod.ok) {
    assert.deepStrictEqual(ours.value, zod.value, label);
  } else if (!ours.ok && !zod.ok) {
    assert.ok(ours.problems.length > 0);
    const known = new Set(zod.problems.map((p) => `${p.path}: ${p.message}`));
    for (const p of ours.problems) assert.ok(known.has(`${p.path}: ${p.message}`), `${label}: zod does not report ${p.path}: ${p.message}\nzod: ${[...known].join('\n')}`);
  }
}

const labelOf = (input: unknown) => JSON.stringify(input)?.slice(0, 200) ?? 'undefined';

function checkOpening(input: unknown, label = labelOf(input)): void {
  const zod = parseWith(OpeningSchema, input);
  agree(compiled(OPENING_SHAPE, input), zod, label);
  // parseOpening: the same verdict, refined only by the salary's range
  const parsed = parseOpening(input);
  if (!zod.ok) return assert.equal(parsed.ok, false, label);
  assert.equal(parsed.ok, !salaryProblems(zod.value.salary).length, `${label}: parseOpening says ${parsed.ok}`);
  if (parsed.ok) assert.deepStrictEqual(parsed.value, { ...zod.value, language: zod.value.language ?? 'en' });
}

function checkIndex(input: unknown, label = labelOf(input)): void {
  const zod = parseWith(OpeningIndexSchema, input);
  agree(compiled(OPENING_INDEX_SHAPE, input), zod, label);
  if (parseOpeningIndex(input).ok) assert.ok(zod.ok, label);
}

/** Values that probe the opening schema's edges: numbers, true/false, blocks, codes, dates. */
const edgy = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '', ' ', 'x'.repeat(201), 'x'.repeat(5001), 'javascript:alert(1)', 'mailto:jobs@a.test', '2026-02-30', '2027-01-31T23:59:59Z', '2027-01-31T23:59:59+0100',
    'DE', 'de', 'EUR', 'eur', 'remote', 'office', 'full-time', 'heading', 'paragraph', 'list', 'quote', '__proto__', 'constructor', 'toString',
    0, -0, -1, 0.5, 1e308, NaN, Infinity, -Infinity, true, false, null, [], {}, ['a'],
    { type: 'heading', text: 'H' }, { type: 'list', items: ['a'], ordered: false }, { type: 'paragraph' }, { type: 'toString', text: 'x' }, { type: ['list'] },
  ),
  fc.double(),
  fc.constant(DELETE),
);

const sample = sampleJson('product-manager-berlin-amsterdam-lisbon');
const richSample = { ...sample, employmentType: ['full-time', 'part-time'], remoteFrom: ['DE', 'EU'], description: [...(sample.description as unknown[]), { type: 'list', ordered: true, items: ['a', 'b'] }] };
const samplePaths = pathsOf(richSample);
const index = JSON.parse(readFileSync('data/openings/index.json', 'utf8'));
const smallIndex = { ...index, openings: index.openings.slice(0, 3) };
const indexPaths = pathsOf(smallIndex);

test('the sample files and the listing: the same verdicts', () => {
  for (const { file, json } of sampleFiles()) checkOpening(json, file);
  checkOpening(MINIMAL, 'minimal');
  checkIndex(index, 'listing');
});

test('arbitrary JSON values: the same verdicts', (t) => {
  fc.assert(fc.property(fc.jsonValue(), (value) => { checkOpening(value); checkIndex(value); }), runs(2000, { file: FILE, name: t.name }));
});

test('arbitrary description blocks: the same verdicts', (t) => {
  const block = fc.record({ type: fc.oneof(fc.constantFrom('heading', 'paragraph', 'list', 'other', 'hasOwnProperty'), fc.jsonValue()), text: edgy, items: edgy, ordered: edgy }, { requiredKeys: [] });
  fc.assert(fc.property(fc.array(fc.oneof(block, edgy), { maxLength: 4 }), (description) => checkOpening({ ...MINIMAL, description })), runs(2000, { file: FILE, name: t.name }));
});

test('valid openings with one or more parts replaced or deleted: the same verdicts', (t) => {
  const mutation = fc.tuple(fc.constantFrom(...samplePaths), edgy);
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      let doc: unknown = richSample;
      for (const [path, value] of mutations) {
        try {
          doc = mutate(doc, path, value);
        } catch {
          // an earlier mutation removed the path: skip this one
        }
      }
      checkOpening(doc);
    }),
    runs(3000, { file: FILE, name: t.name }),
  );
});

test('listings with parts replaced or deleted: the same verdicts', (t) => {
  fc.assert(fc.property(fc.constantFrom(...indexPaths), edgy, (path, value) => checkIndex(mutate(smallIndex, path, value))), runs(2000, { file: FILE, name: t.name }));
});

test('numbers JSON cannot hold (NaN, Infinity, through .data) are refused as zod refuses them', () => {
  for (const min of [NaN, Infinity, -Infinity]) {
    const doc = { ...MINIMAL, salary: { currency: 'EUR', min, unit: 'year' } };
    checkOpening(doc, String(min));
    assert.deepEqual(parseOpening(doc).ok ? [] : (parseOpening(doc) as { problems: Problem[] }).problems, [{ path: 'salary.min', message: `expected a number, got ${min}` }]);
  }
});

test('a block type named like an Object.prototype member is an unknown type, not a crash', () => {
  for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    const doc = { ...MINIMAL, description: [{ type, text: 'x' }] };
    checkOpening(doc, type);
    assert.equal(parseOpening(doc).ok, false);
  }
  const hostile = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(MINIMAL).slice(1)}`);
  const result = parseOpening(hostile);
  assert.ok(result.ok);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.hasOwn(result.value, '__proto__'), false);
});
