// opening.schema.json and opening-index.schema.json (generated from the zod schemas; that they are
// current is checked by json-schema.test.ts's `--check`) agree with parseOpening and
// parseOpeningIndex: on every sample file, the listing, and documents broken in one place.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseOpening, parseOpeningIndex } from '../../src/schema/index.js';
import { mutate } from '../mutate.js';
import { MINIMAL, sampleFiles, sampleJson } from './opening-docs.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validateOpening = ajv.compile(JSON.parse(readFileSync('opening.schema.json', 'utf8')));
const validateIndex = ajv.compile(JSON.parse(readFileSync('opening-index.schema.json', 'utf8')));

function agrees(doc: unknown, label: string): boolean {
  const ours = parseOpening(doc).ok;
  const theirs = validateOpening(doc);
  assert.equal(theirs, ours, `${label}: parseOpening says ${ours}, JSON Schema says ${theirs}: ${ajv.errorsText(validateOpening.errors)}`);
  return ours;
}

test('the JSON Schemas accept every sample opening and the listing', () => {
  for (const { file, json } of sampleFiles()) assert.ok(agrees(json, file), file);
  const listing = JSON.parse(readFileSync('data/openings/index.json', 'utf8'));
  assert.ok(validateIndex(listing), ajv.errorsText(validateIndex.errors));
  assert.ok(parseOpeningIndex(listing).ok);
});

/** [path, value]: each refused by both. */
const BROKEN: [(string | number)[], unknown][] = [
  [['schemaVersion'], 2],
  [['id'], 'Not A Slug'],
  [['title'], ' '],
  [['organization', 'name'], ''],
  [['organization', 'url'], 'javascript:alert(1)'],
  [['organization', 'logo'], 'data:image/png;base64,x'],
  [['employmentType'], []],
  [['employmentType', 0], 'freelance'],
  [['workplace'], 'office'],
  [['locations'], []],
  [['locations', 0, 'country'], 'Germany'],
  [['locations', 0, 'postalCode'], 'x'.repeat(33)],
  [['remoteFrom'], ['']],
  [['salary', 'currency'], 'eu'],
  [['salary', 'min'], -1],
  [['salary', 'max'], '90000'],
  [['salary', 'unit'], 'annum'],
  [['salary'], { currency: 'EUR', unit: 'year' }],
  [['posted'], '2026-13-01'],
  [['validThrough'], '2027-01-31'],
  [['validThrough'], '2027-01-31T23:59:59+0100'],
  [['applyUrl'], 'java\nscript:x'],
  [['directApply'], 'true'],
  [['description'], []],
  [['description', 0], { type: 'quote', text: 'x' }],
  [['description', 0], { text: 'x' }],
  [['description', 0], { type: 'list', items: [] }],
  [['description', 0], { type: 'list', items: ['a'], ordered: 'yes' }],
  [['description', 0, 'text'], 'x'.repeat(5001)],
  [['language'], 'english please'],
];

test('documents broken in one place: both refuse them', () => {
  const doc = sampleJson('product-manager-berlin-amsterdam-lisbon');
  for (const [path, value] of BROKEN) assert.equal(agrees(mutate(doc, path, value), `${path.join('.')} = ${JSON.stringify(value)}`), false);
  for (const key of ['schemaVersion', 'id', 'title', 'organization', 'posted', 'applyUrl', 'description']) {
    const missing: Record<string, unknown> = { ...MINIMAL };
    delete missing[key];
    assert.equal(agrees(missing, `without ${key}`), false);
  }
});

test('what both accept: optional parts absent, a salary with one figure, unknown keys, a remote opening without remoteFrom', () => {
  assert.ok(agrees(MINIMAL, 'minimal'));
  assert.ok(agrees({ ...MINIMAL, workplace: undefined, locations: undefined }, 'no place at all (a warning, not a problem)'));
  assert.ok(agrees({ ...MINIMAL, workplace: 'remote' }, 'remote without remoteFrom'));
  assert.ok(agrees({ ...MINIMAL, salary: { currency: 'GBP', max: 420, unit: 'week' } }, 'max only'));
  assert.ok(agrees({ ...MINIMAL, salary: { currency: 'EUR', min: 0, max: 0, unit: 'hour' } }, 'zero'));
  assert.ok(agrees({ ...MINIMAL, somethingNew: { a: 1 }, $schema: '../../opening.schema.json' }, 'unknown keys'));
});

test('the one rule JSON Schema cannot express: a salary\'s min above its max (parseOpening refuses it; the schema says so in words)', () => {
  const doc = { ...MINIMAL, salary: { currency: 'EUR', min: 80000, max: 65000, unit: 'year' } };
  assert.equal(parseOpening(doc).ok, false);
  assert.equal(validateOpening(doc), true);
  const schema = JSON.parse(readFileSync('opening.schema.json', 'utf8'));
  assert.match(schema.properties.salary.description, /min at most max/);
});

test('the listing\'s JSON Schema refuses what parseOpeningIndex refuses', () => {
  const listing = JSON.parse(readFileSync('data/openings/index.json', 'utf8'));
  const small = { openings: listing.openings.slice(0, 2) };
  const cases: [(string | number)[], unknown][] = [
    [['openings'], 'none'],
    [['openings', 0, 'href'], 'javascript:alert(1)'],
    [['openings', 0, 'workplace'], 'home'],
    [['openings', 1, 'salary'], { currency: 'EUR', unit: 'year' }],
    [['openings', 1, 'posted'], 'yesterday'],
    [['openings', 1, 'id'], undefined],
    [['language'], 'x'],
  ];
  for (const [path, value] of cases) {
    const doc = mutate(small, path, value);
    assert.equal(parseOpeningIndex(doc).ok, false, path.join('.'));
    assert.equal(validateIndex(doc), false, path.join('.'));
  }
});
