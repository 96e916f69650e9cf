// `rolekit import`: the seed page (text and HTML) imports to the seed's document; other roles'
// pages in the same layout import too (a second hand-written page, and every sample role written
// out in the layout as text and as HTML); what has no place is a warning at its line; the CLI's
// output, --out, --strict, usage and errors.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../../src/cli/import.js';
import { importPage } from '../../src/content/import.js';
import { loadDocument } from '../../src/content/load.js';
import { AI_IMPACT_RATINGS, parseRole, type Role } from '../../src/schema/index.js';
import { en } from '../../src/i18n/en.js';

const FIXTURES = 'test/fixtures/content/import';
const read = (file: string) => readFileSync(file, 'utf8');
const json = (file: string) => JSON.parse(read(file));
/** A sample document as the importer can know it: no `$schema`, no `updated` (the seed page has no date). */
const withoutDate = (document: Record<string, unknown>) => Object.fromEntries(Object.entries(document).filter(([key]) => key !== '$schema' && key !== 'updated'));
const SEED = withoutDate(json('data/python-web-developer.json'));

function imported(file: string, text = read(file)) {
  const result = importPage(file, text);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return result;
}

describe('the seed page', () => {
  // the project's copy of the seed; where the shared seeds are beside the clone (a session, CI), it is checked against them
  const SHARED_SEED = '../shared/seeds/000_d12992d8c883f360.txt';
  test('the fixture is a byte-exact copy of the seed', { skip: !existsSync(SHARED_SEED) && `no ${SHARED_SEED} beside this clone` }, () => {
    assert.equal(read(`${FIXTURES}/python-web-developer.txt`), read(SHARED_SEED));
  });

  test('the text page imports to data/python-web-developer.json apart from `updated`, with no warnings', () => {
    const result = imported(`${FIXTURES}/python-web-developer.txt`);
    assert.deepEqual(result.role, SEED);
    assert.deepEqual(result.warnings, []);
  });

  test('the same page saved as HTML imports to the same document, its date read from "Last updated"', () => {
    const result = imported(`${FIXTURES}/python-web-developer.html`);
    assert.deepEqual(withoutDate(result.role as Record<string, unknown>), SEED);
    assert.equal(result.role.updated, '2026-11-24');
    assert.deepEqual(result.warnings, []);
  });
});

describe('another role in the same layout', () => {
  test('a hand-written page for a different role imports to its document (an extra fact, a closing line, a date)', () => {
    const result = imported(`${FIXTURES}/clinical-research-coordinator.txt`);
    assert.deepEqual(result.role, json(`${FIXTURES}/clinical-research-coordinator.json`));
    assert.deepEqual(result.warnings, []);
    assert.ok(parseRole(result.role).ok);
  });

  // Every sample role, written out in the seed's layout by this test: the importer knows the layout, not the seed's words.
  const ROLES = readdirSync('data/roles').map((f) => `data/roles/${f}`);
  for (const file of ROLES) {
    test(`${file} written in the layout imports back to itself, as text and as HTML`, () => {
      const role = parseRole(json(file));
      assert.ok(role.ok);
      const want = { ...withoutDate(json(file)), updated: role.value.updated };
      assert.deepEqual(imported('page.txt', asText(role.value)).role, want);
      assert.deepEqual(imported('page.html', asHtml(role.value)).role, want);
    });
  }
});

describe('what has no place in a role', () => {
  const lines = read(`${FIXTURES}/python-web-developer.txt`).split('\n');
  const at = (heading: string) => lines.indexOf(heading);
  /** The seed with lines inserted after the line `after` (0-based positions of the original). */
  function seedWith(insertions: [string, string[]][]): string {
    const out = [...lines];
    for (const [after, added] of [...insertions].sort((a, b) => at(b[0]) - at(a[0]))) out.splice(at(after) + 1, 0, ...added);
    return out.join('\n');
  }

  test('an unknown section, a list item among paragraphs and a question without an answer: warnings at their lines, nothing else lost', () => {
    const text = seedWith([
      ['  • AWS Elastic Beanstalk, Heroku, Railway, or Render for managed deployment', ['', 'Benefits', '', 'Free lunch and a gym membership.', '']],
      ['Overview', ['', '  • A bullet the overview cannot hold', '']],
      ['Frequently asked questions', ['', 'Is this a question without an answer?']],
    ]);
    const page = text.split('\n');
    const line = (t: string) => page.indexOf(t) + 1;
    const result = imported('page.txt', text);
    assert.deepEqual(
      result.warnings.map((w) => w.line),
      [line('Benefits'), line('  • A bullet the overview cannot hold'), line('Is this a question without an answer?')].sort((a, b) => a - b),
    );
    assert.match(result.warnings.find((w) => w.line === line('Benefits'))!.message, /"Benefits" is not a section of the layout: lines \d+–\d+ not imported/);
    const document = JSON.stringify(result.role);
    for (const gone of ['Free lunch', 'A bullet the overview', 'without an answer']) assert.ok(!document.includes(gone), gone);
    // the unknown section ends at the next known heading
    assert.deepEqual((result.role as Role).qualifications, (SEED as Role).qualifications);
    assert.deepEqual((result.role as Role).careerOutlook, (SEED as Role).careerOutlook);
    assert.deepEqual((result.role as Role).faq, (SEED as Role).faq);
  });

  test('in HTML, an unknown <h2> section and a stray list are warnings with their lines', () => {
    const html = read(`${FIXTURES}/python-web-developer.html`).replace(
      '      <section>\n        <h2>Career outlook</h2>',
      '      <section>\n        <h2>Salary</h2>\n        <p>Ask us.</p>\n      </section>\n      <section>\n        <h2>Career outlook</h2>\n        <ul><li>Stray</li></ul>',
    );
    const lineOf = (needle: string) => html.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const result = imported('page.html', html);
    assert.deepEqual(result.warnings.map((w) => w.line), [lineOf('<h2>Salary</h2>'), lineOf('<li>Stray</li>')]);
    assert.deepEqual(withoutDate(result.role as Record<string, unknown>), SEED);
  });

  test('a page with no title is refused with a line; a field over its limit is refused at its line', () => {
    const none = importPage('page.txt', 'Just some words\n\nAnd more words.\n');
    assert.ok(!none.ok && none.problems[0].line === 1 && /no role title/.test(none.problems[0].message));
    const long = read(`${FIXTURES}/python-web-developer.txt`).replace('None typically required', 'x'.repeat(700));
    const result = importPage('page.txt', long);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => [p.line, p.message.split(':')[0]]), [[long.split('\n').findIndex((l) => l.startsWith('xxx')) + 1, 'atAGlance.certifications']]);
  });
});

describe('rolekit import', () => {
  const run = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await importCommand(argv, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
    return { code, stdout, stderr };
  };

  test('prints the document as JSON; --out writes it (and only it), ready for parseRole', async () => {
    const printed = await run(`${FIXTURES}/python-web-developer.txt`);
    assert.equal(printed.code, 0);
    assert.equal(printed.stderr, '');
    assert.deepEqual(JSON.parse(printed.stdout), SEED);
    const dir = mkdtempSync(join(tmpdir(), 'rolekit-import-'));
    try {
      const written = await run(`${FIXTURES}/python-web-developer.html`, '--out', join(dir, 'role.json'));
      assert.equal(written.code, 0);
      assert.equal(written.stdout, '');
      assert.ok(parseRole(json(join(dir, 'role.json'))).ok);
      assert.deepEqual(readdirSync(dir), ['role.json'], 'no temporary file left');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--format yaml and md write files that load back (loadDocument) as the seed role', async () => {
    const seed = parseRole(SEED);
    assert.ok(seed.ok);
    for (const [format, ext] of [['yaml', 'yaml'], ['md', 'md'], ['json', 'json']]) {
      const printed = await run(`${FIXTURES}/python-web-developer.txt`, '--format', format);
      assert.equal(printed.code, 0, format);
      const loaded = loadDocument(`role.${ext}`, printed.stdout);
      assert.ok(loaded.ok, `${format}: ${JSON.stringify(!loaded.ok && loaded.problems)}`);
      assert.deepEqual(loaded.value, seed.value, format);
    }
  });

  test('warnings go to stderr as file:line: warning; --strict makes them exit 1 with nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolekit-import-'));
    try {
      const page = join(dir, 'page.txt');
      writeFileSync(page, read(`${FIXTURES}/python-web-developer.txt`).replace('Overview\n', 'Overview\n\n  • stray bullet\n'));
      const loose = await run(page);
      assert.equal(loose.code, 0);
      assert.match(loose.stderr, new RegExp(`^${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: warning "stray bullet"`, 'm'));
      const strict = await run(page, '--strict', '--out', join(dir, 'out.json'));
      assert.equal(strict.code, 1);
      assert.match(strict.stderr, /--strict/);
      assert.deepEqual(readdirSync(dir), ['page.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('usage and errors: one clear line, no stack trace', async () => {
    assert.equal((await run('--help')).code, 0);
    assert.match((await run('--help')).stdout, /Example: rolekit import/);
    for (const argv of [[], ['a.txt', 'b.txt'], ['a.txt', '--format', 'xml'], ['--nope']]) assert.equal((await run(...argv)).code, 2, argv.join(' '));
    const missing = await run('does-not-exist.txt');
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr, 'does-not-exist.txt: cannot read it (ENOENT): check the path\n');
    const bad = await run(`${FIXTURES}/clinical-research-coordinator.json`);
    assert.equal(bad.code, 1);
    assert.ok(!/\bat .*\.ts:\d+/.test(bad.stderr), 'no stack trace');
  });
});

// ---- the layout, written by the test from a document: the seed's text, and a plain web page

const RATING = (r: Role) => `${en[r.atAGlance!.aiImpact!.rating]}${r.atAGlance!.aiImpact!.text ? ` — ${r.atAGlance!.aiImpact!.text}` : ''}`;
const LABELS = [['education', 'Typical education'], ['experience', 'Typical experience'], ['certifications', 'Key certifications'], ['employerTypes', 'Top employer types'], ['growthOutlook', 'Growth outlook']] as const;
const group = (g: Role['qualifications'] & object extends (infer G)[] ? G : never) => `${g.heading}${g.qualifier ? ` (${g.qualifier})` : ''}:`;
const aiLabel = (r: Role) => `AI impact${r.atAGlance!.aiImpact!.horizon ? ` (${r.atAGlance!.aiImpact!.horizon})` : ''}`;
assert.equal(AI_IMPACT_RATINGS.length, 5);

function asText(r: Role): string {
  const glance = r.atAGlance!;
  const c = r.coverLetter!;
  return [
    'Example Careers', r.category!.name, r.title, `Last updated ${r.updated}`, r.summary,
    'Role at a glance', ...LABELS.flatMap(([key, label]) => [label, glance[key]!]), aiLabel(r), RATING(r),
    'Duties and responsibilities', ...r.duties!.map((d) => `  • ${d}`),
    'Overview', ...r.overview!,
    'Qualifications', ...r.qualifications!.flatMap((g) => [group(g), ...g.items.map((i) => `  • ${i}`)]),
    'Career outlook', ...r.careerOutlook!,
    'Sample cover letter', c.greeting, ...c.paragraphs, ...(c.closing ? [c.closing] : []), c.signature,
    'Frequently asked questions', ...r.faq!.flatMap((f) => [f.question, f.answer]),
    ...r.relatedLinks!.map((l) => `${l.label} →`),
  ].join('\n\n');
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function asHtml(r: Role): string {
  const glance = r.atAGlance!;
  const c = r.coverLetter!;
  const p = (t: string) => `<p>${esc(t)}</p>`;
  const ul = (items: string[]) => `<ul>\n${items.map((i) => `  <li>${esc(i)}</li>`).join('\n')}\n</ul>`;
  return `<!doctype html><html lang="en"><head><title>${esc(r.title)}</title><style>p{margin:0}</style></head><body>
<header><a href="/">Example Careers</a> <nav><a href="/c/">${esc(r.category!.name)}</a></nav></header>
<main><h1>${esc(r.title)}</h1><p>Last updated <time>${r.updated}</time></p>${p(r.summary)}
<h2>Role at a glance</h2><dl>${LABELS.map(([key, label]) => `<dt>${label}</dt><dd>${esc(glance[key]!)}</dd>`).join('\n')}<dt>${esc(aiLabel(r))}</dt><dd>${esc(RATING(r))}</dd></dl>
<h2>Duties and responsibilities</h2>${ul(r.duties!)}
<h2>Overview</h2>${r.overview!.map(p).join('\n')}
<h2>Qualifications</h2>${r.qualifications!.map((g) => `<h3>${esc(group(g))}</h3>${ul(g.items)}`).join('\n')}
<h2>Career outlook</h2>${r.careerOutlook!.map(p).join('\n')}
<h2>Sample cover letter</h2>${[c.greeting, ...c.paragraphs, ...(c.closing ? [c.closing] : []), c.signature].map(p).join('\n')}
<h2>Frequently asked questions</h2>${r.faq!.map((f) => `<h3>${esc(f.question)}</h3>${p(f.answer)}`).join('\n')}
</main><footer>${r.relatedLinks!.map((l) => `<a href="${esc(l.href)}">${esc(l.label)} &rarr;</a>`).join(' ')}</footer></body></html>`;
}
