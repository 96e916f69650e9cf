// Roles as Markdown with front matter: the checked-in Markdown and YAML versions of three roles
// load to exactly the role their JSON gives; every role of data/ survives toMarkdown/toYaml and
// back; inline markup and misplaced blocks are problems at their line, never passed through.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadDocument, type LoadResult } from '../../src/content/load.js';
import { toMarkdown } from '../../src/content/write-markdown.js';
import { toYaml } from '../../src/content/yaml.js';
import type { Role } from '../../src/schema/role.js';

const FIXTURES = 'test/fixtures/content';
const load = (file: string): LoadResult => loadDocument(file, readFileSync(file, 'utf8'));
const role = (file: string): Role => {
  const result = load(file);
  assert.ok(result.ok, `${file}: ${JSON.stringify(!result.ok && result.problems)}`);
  assert.equal(result.kind, 'role');
  return result.value as Role;
};
const ROLES = ['data/python-web-developer.json', ...readdirSync('data/roles').map((f) => `data/roles/${f}`)];

for (const [name, json] of [
  ['python-web-developer', 'data/python-web-developer.json'],
  ['ux-designer', 'data/roles/ux-designer.json'],
  ['mobile-developer', 'data/roles/mobile-developer.json'],
]) {
  test(`${name}: the checked-in Markdown and YAML load to exactly the JSON's role`, () => {
    const expected = role(json);
    assert.deepStrictEqual(role(`${FIXTURES}/${name}.md`), expected);
    assert.deepStrictEqual(role(`${FIXTURES}/${name}.yaml`), expected);
  });
}

test('every role in data/ survives toMarkdown and toYaml and back', () => {
  for (const file of ROLES) {
    const expected = role(file);
    const md = loadDocument('role.md', toMarkdown(expected));
    assert.ok(md.ok, `${file} as Markdown: ${JSON.stringify(!md.ok && md.problems)}`);
    assert.deepStrictEqual(md.value, expected, file);
    const yaml = loadDocument('role.yaml', toYaml(expected));
    assert.ok(yaml.ok);
    assert.deepStrictEqual(yaml.value, expected, file);
  }
});

test('text that looks like Markdown stays text through toMarkdown', () => {
  const base = role('data/python-web-developer.json');
  const tricky = {
    ...base,
    summary: '# Not a heading, *not emphasis*, <b>not HTML</b>, [not](a link), `not code` & &amp; 1. two',
    duties: ['1. numbered?', '- a dash', '[Company] and [Your Name] stay placeholders', 'a \\ backslash \\[x]'],
    qualifications: [
      { heading: 'Cloud (AWS)', items: ['a heading that ends in a parenthesis, no qualifier'] },
      { heading: 'Cloud (GCP)', qualifier: 'for platform roles', items: ['both'] },
    ],
  } satisfies Role;
  const md = toMarkdown(tricky);
  assert.match(md, /\[Company\] and \[Your Name\]/, 'placeholders are written unescaped');
  const back = loadDocument('role.md', md);
  assert.ok(back.ok, JSON.stringify(!back.ok && back.problems));
  assert.deepStrictEqual(back.value, tricky);
});

const FRONT = `---
schemaVersion: 1
slug: tester
title: Tester
---
`;
const problems = (markdown: string) => {
  const result = loadDocument('role.md', markdown);
  assert.equal(result.ok, false, 'expected problems');
  return result.ok ? [] : result.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
};

test('inline markup is a problem at its line and column, never passed through', () => {
  const found = problems(`${FRONT}
A summary with **bold** in it.

## Duties

- plain
- with a [link](https://example.com)
- with \`code\` and <b>HTML</b>

## Overview

One paragraph,
with *emphasis* on its second line.
`);
  assert.deepStrictEqual(found, [
    '7:16 summary: bold text is not kept: roles are plain text: write it without markup',
    '12:10 duties[1]: a link is not kept: roles are plain text: write it without markup',
    '13:8 duties[2]: inline code is not kept: roles are plain text: write it without markup',
    '13:19 duties[2]: HTML is not kept: roles are plain text: write it without markup',
    '18:6 overview[0]: emphasis is not kept: roles are plain text: write it without markup',
  ]);
});

test('misplaced blocks and unknown sections are problems where they are written', () => {
  const found = problems(`${FRONT}
# Tester

Summary.

## Duties

A paragraph instead of a list.

## Hobbies

- ignored, reported once at the heading

## FAQ

Answer without a question.

### Question?

Answer.

\`\`\`
code
\`\`\`
`);
  assert.deepStrictEqual(found, [
    '7:1 : the title goes in the front matter (title: …), not in a # heading',
    '13:1 duties: the duties are one bullet list',
    '15:1 : unknown section "Hobbies": the sections are Duties and responsibilities, Overview, Qualifications, Career outlook, Sample cover letter, Frequently asked questions, Related links',
    '21:1 faq: each answer follows its question, a ### heading',
    '27:1 : a code block is not kept: roles are plain text: write it without markup',
  ]);
});

test('schema problems point at the section, group or item they come from', () => {
  const found = problems(`${FRONT}
Summary.

## Qualifications

### Empty group (for nobody)

## Frequently asked questions

### A question with no answer?

## Sample cover letter

Dear Hiring Manager,

[Your Name]
`);
  assert.deepStrictEqual(found, [
    '11:1 qualifications[0].items: must have at least 1 item',
    '15:1 faq[0].answer: is required',
    '17:1 coverLetter.paragraphs: must have at least 1 item',
  ]);
});

test('the cover letter: greeting, paragraphs, and a sign-off whose last line is the signature', () => {
  const result = loadDocument('role.md', `${FRONT}
Summary.

## Cover letter

Dear team,

First paragraph
on two lines.

Second paragraph.

Thank you
for reading.
[Your Name]
`);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  assert.deepStrictEqual((result.value as Role).coverLetter, {
    greeting: 'Dear team,',
    paragraphs: ['First paragraph on two lines.', 'Second paragraph.'],
    closing: 'Thank you for reading.',
    signature: '[Your Name]',
  });
});

test('a field in the front matter and as a section is a problem; front matter YAML errors have file positions', () => {
  assert.deepStrictEqual(problems(`---\nschemaVersion: 1\nslug: tester\ntitle: Tester\nduties: [a]\n---\n\nSummary.\n\n## Duties\n\n- b\n`), [
    '10:1 duties: duties is written twice (in the front matter and as a section): keep one',
  ]);
  const found = problems(`---\nschemaVersion: 1\nslug: tester\ntitle: "Tester\n---\n\nSummary.\n`);
  assert.equal(found.length, 1);
  assert.match(found[0], /^4:\d+ : not valid YAML: /);
  assert.deepStrictEqual(problems(`---\nschemaVersion: 1\nslug: Not A Slug\ntitle: Tester\n---\n\nSummary.\n`), [
    '3:1 slug: must be kebab-case, like "python-web-developer"',
  ]);
});
