// loadDocument: JSON and YAML problems at the exact line and column of the key (or element)
// their path names, syntax errors at their position, the kind told from the fields, openings
// validated as openings, and no input that throws.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadDocument, type LoadResult } from '../../src/content/load.js';
import { toYaml } from '../../src/content/yaml.js';

const seed = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8')) as Record<string, unknown>;
const places = (result: LoadResult) => {
  assert.equal(result.ok, false, 'expected problems');
  return result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message}`);
};
const broken = () => {
  const doc = structuredClone(seed) as { faq: { answer: unknown }[]; title: unknown; coverLetter: Record<string, unknown> };
  doc.faq[2].answer = 42;
  doc.title = '';
  delete doc.coverLetter.signature;
  return doc;
};

test('JSON: each problem at the line and column of the key its path names', () => {
  const text = JSON.stringify(broken(), null, 2);
  const lines = text.split('\n');
  const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
  const faq2 = lineOf('"answer": 42');
  assert.deepStrictEqual(places(loadDocument('role.json', text)), [
    `role.json:${lineOf('"title"')}:3 error title: must not be empty`,
    `role.json:${lineOf('"coverLetter"')}:3 error coverLetter.signature: is required`,
    `role.json:${faq2}:7 error faq[2].answer: expected text, got a number`,
  ]);
  assert.ok(faq2 > 0 && lines[faq2 - 1].indexOf('"answer"') === 6);
});

test('JSON: a syntax error is one problem at its position, with the line as excerpt', () => {
  const result = loadDocument('bad.json', '{\n  "slug": "x",\n  "title": "y",,\n}');
  assert.deepStrictEqual(places(result), ['bad.json:3:16 error : not valid JSON: Unexpected token Comma found.']);
  assert.equal(!result.ok && result.problems[0].excerpt, '  "title": "y",,');
  assert.match(places(loadDocument('empty.json', ''))[0], /^empty\.json:1:1 error : not valid JSON/);
});

test('YAML: each problem at the line and column of its key; block sequences and flow maps alike', () => {
  const text = toYaml(broken());
  const lines = text.split('\n');
  const answer = lines.findIndex((l) => l.includes('answer: 42')) + 1;
  assert.deepStrictEqual(places(loadDocument('role.yaml', text)), [
    `role.yaml:${lines.indexOf('title: ""') + 1}:1 error title: must not be empty`,
    `role.yaml:${lines.indexOf('coverLetter:') + 1}:1 error coverLetter.signature: is required`,
    `role.yaml:${answer}:5 error faq[2].answer: expected text, got a number`,
  ]);
  const flow = 'schemaVersion: 1\nslug: x\ntitle: X\nsummary: S\nduties: [ok, 7, ok]\natAGlance: { aiImpact: { rating: sideways } }\n';
  assert.deepStrictEqual(places(loadDocument('flow.yml', flow)), [
    'flow.yml:5:14 error duties[1]: expected text, got a number',
    'flow.yml:6:26 error atAGlance.aiImpact.rating: expected one of "strong-headwind", "headwind", "neutral", "tailwind", "strong-tailwind", got "sideways"',
  ]);
});

test('YAML: syntax errors at their position; dates stay text; an empty or scalar file is one problem', () => {
  assert.deepStrictEqual(places(loadDocument('bad.yaml', 'slug: x\ntitle: "open\n')), ['bad.yaml:3:1 error : not valid YAML: Missing closing "quote']);
  assert.match(places(loadDocument('dup.yaml', 'slug: x\nslug: y\n'))[0], /^dup\.yaml:2:1 error : not valid YAML: Map keys must be unique/);
  assert.deepStrictEqual(places(loadDocument('empty.yaml', '')), ['empty.yaml:1:1 error : expected a role or an opening (fields such as title: …), got an empty file']);
  assert.deepStrictEqual(places(loadDocument('list.yaml', '- a\n')), ['list.yaml:1:1 error : expected a role or an opening (fields such as title: …), got a list']);
  const ok = loadDocument('seed.yaml', toYaml(seed));
  assert.ok(ok.ok);
  assert.equal((ok.value as { updated: string }).updated, '2026-11-24');
});

test('YAML: a document of too many aliases is refused, not expanded', () => {
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [*${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}]`)].join('\n');
  assert.match(places(loadDocument('laughs.yaml', laughs))[0], /^laughs\.yaml:1:1 error : not valid YAML: /);
});

test('the kind: an opening has an applyUrl (or an id and an organization) and is checked as one', () => {
  const [file] = readdirSync('data/openings').filter((f) => f.endsWith('.json') && f !== 'index.json');
  const opening = loadDocument(file, readFileSync(`data/openings/${file}`, 'utf8'));
  assert.ok(opening.ok, JSON.stringify(!opening.ok && opening.problems));
  assert.equal(opening.kind, 'opening');
  const bad = loadDocument('o.yaml', 'schemaVersion: 1\nid: x\norganization: { name: Acme }\ntitle: T\n');
  assert.equal(bad.kind, 'opening');
  assert.ok(places(bad).some((p) => p.startsWith('o.yaml:1:1 error applyUrl: is required')));
  const role = loadDocument('r.yaml', 'schemaVersion: 1\nid: x\ntitle: T\n');
  assert.equal(role.kind, 'role');
});

test('an unknown extension is a usage-like problem; a byte order mark is not content', () => {
  assert.deepStrictEqual(places(loadDocument('role.txt', '{}')), ['role.txt:1:1 error : rolekit reads .json, .yaml, .yml and .md files, not ".txt"']);
  assert.ok(loadDocument('bom.json', `\uFEFF${JSON.stringify(seed)}`).ok);
});

test('no text throws, in any format', () => {
  fc.assert(
    fc.property(fc.constantFrom('x.json', 'x.yaml', 'x.md'), fc.string({ unit: 'binary', maxLength: 300 }), (file, text) => {
      const result = loadDocument(file, text);
      if (!result.ok) for (const p of result.problems) assert.ok(p.line >= 1 && p.column >= 1, JSON.stringify(p));
    }),
    { numRuns: 300 },
  );
  assert.equal(places(loadDocument('deep.json', '['.repeat(100_000))).length, 1);
});

test('documents nested far deeper than a role are refused at once, before the parsers slow down or run out of stack', () => {
  const started = performance.now();
  for (let i = 0; i < 2; i++) {
    assert.deepStrictEqual(places(loadDocument('deep.yaml', `duties: ${'['.repeat(100_000)}`)), ['deep.yaml:1:73 error : not valid YAML here: brackets nested more than 64 deep']);
    assert.deepStrictEqual(places(loadDocument('deep.md', `Summary.\n\n${'- '.repeat(20_000)}x\n`)), ['deep.md:3:1 error : lists or quotes nested more than 16 deep: a role has one level']);
  }
  assert.ok(places(loadDocument('spaces.md', `${' '.repeat(1_000_000)}x`)).length > 0);
  assert.ok(performance.now() - started < 5000, 'refused quickly');
});
