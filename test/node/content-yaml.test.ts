// The writers import relies on: toYaml gives back any JSON value exactly (texts YAML would read
// as something else — "yes", "2026-11-24", "null", "0x10", "# x" — are quoted), and toMarkdown
// gives back any text made of the characters Markdown gives meaning to, as plain text.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { loadDocument } from '../../src/content/load.js';
import { toMarkdown } from '../../src/content/write-markdown.js';
import { toYaml } from '../../src/content/yaml.js';
import type { Role } from '../../src/schema/role.js';

const loaded = loadDocument('seed.json', readFileSync('data/python-web-developer.json', 'utf8'));
assert.ok(loaded.ok);
const seed = loaded.value as Role;
const TRICKY = ['yes', 'no', 'null', '~', '2026-11-24', '0x10', '1e3', '.inf', '# not a comment', '- not a list', 'a: b', '[x]', '{x}', "'", '"', '|', '>', '*a', '&a', '!tag', '%x', '@x', '`x`', ' lead', 'trail ', 'two\nlines', ''];

test('toYaml: any JSON value reads back exactly', () => {
  const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 40 }));
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(text, fc.oneof(text, fc.integer(), fc.boolean())), (value, texts) => {
      const doc = { value, texts };
      // compared as JSON text: YAML keeps a -0 that JSON writes as 0
      assert.equal(JSON.stringify(parse(toYaml(doc))), JSON.stringify(doc));
    }),
    { numRuns: 300 },
  );
});

test('toYaml: long text stays on one line, in the document\'s key order', () => {
  const yaml = toYaml({ b: seed.summary, a: 1 });
  assert.equal(yaml, `b: ${seed.summary}\na: 1\n`);
});

// texts as a Markdown paragraph keeps them: one line, no runs of spaces, no space at either end
const MARKDOWNISH = fc
  .array(fc.constantFrom(...'*_[]()<>#`!\\&;:-+.=~|"\'1 aZé'.split(''), '[Company]', '&amp;', '&#x20;', '<b>', '](x)', '1. ', '- ', '# ', '    '), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
  .filter((s) => /\S/.test(s));

// a qualifier's own parentheses must pair up: "(for a (b))" is one qualifier, "(a (" cannot be one
const QUALIFIER = MARKDOWNISH.map((s) => s.replace(/[()]/g, '').replace(/\s+/g, ' ').trim()).filter((s) => /\S/.test(s)).map((s) => `${s} (x)`);

test('toMarkdown: texts made of Markdown syntax come back as the same plain text', () => {
  fc.assert(
    fc.property(MARKDOWNISH, MARKDOWNISH, MARKDOWNISH, MARKDOWNISH, QUALIFIER, (a, b, c, d, qualifier) => {
      const role: Role = {
        ...seed,
        summary: a,
        duties: [b, c],
        overview: [d],
        qualifications: [{ heading: c, items: [a] }, { heading: b, qualifier, items: [c] }],
        coverLetter: { greeting: b, paragraphs: [c], closing: d, signature: a },
        faq: [{ question: d, answer: a }],
        relatedLinks: [{ label: b, href: '/careers/?x=1&y=2' }],
      };
      const back = loadDocument('role.md', toMarkdown(role));
      assert.ok(back.ok, JSON.stringify(!back.ok && back.problems));
      assert.deepStrictEqual(back.value, role);
    }),
    { numRuns: 300 },
  );
});
