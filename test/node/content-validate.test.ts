// rolekit validate: compiler-style lines with excerpt and caret, the summary line, exit codes
// 0/1/2 (and --strict), --format json and github, the content warnings, globs and folders, and
// colour only on a terminal without NO_COLOR.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { validate } from '../../src/cli/validate.js';
import { toMarkdown } from '../../src/content/write-markdown.js';
import { toYaml } from '../../src/content/yaml.js';
import type { Role } from '../../src/schema/role.js';

const seed = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8')) as Role;
const dir = mkdtempSync(join(tmpdir(), 'rolekit-validate-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const SHORT = 'Testers find the bugs before users do.';
const good = (slug: string, extra: Partial<Role> = {}): Role => ({ ...seed, slug, summary: SHORT, ...extra });

// one file with an error, one with only warnings, one clean
const broken = write('roles/broken.yaml', toYaml({ ...good('broken'), faq: [...seed.faq!.slice(0, 2), { question: 'Why?', answer: 42 }] }));
const warned = write(
  'roles/warned.md',
  toMarkdown(good('warned', { summary: seed.summary, faq: [seed.faq![0], { ...seed.faq![0], question: `${seed.faq![0].question.toUpperCase()} ` }] })),
);
const clean = write('roles/clean.json', JSON.stringify(good('clean'), null, 2));
const twin = write('more/twin.json', JSON.stringify(good('clean'), null, 2));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await validate(argv, { write: (s: string) => (stdout += s), isTTY: false }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

test('an error: file:line:col severity path: message, the line, a caret under the column; exit 1', async () => {
  const { code, stdout } = await run(broken);
  const lines = readFileSync(broken, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('answer: 42')) + 1;
  assert.equal(code, 1);
  assert.equal(
    stdout,
    [
      `${broken}:${line}:5 error faq[2].answer: expected text, got a number`,
      `${line} |     answer: 42`,
      `${' '.repeat(String(line).length)} |     ^`,
      '1 file, 1 error, 0 warnings',
      '',
    ].join('\n'),
  );
});

test('warnings: a long summary, a question asked twice, a slug two files use; exit 0 unless --strict', async () => {
  const { code, stdout } = await run(warned, clean, twin);
  assert.equal(code, 0);
  const heads = stdout.split('\n').filter((l) => / (warning|error) /.test(l));
  const md = readFileSync(warned, 'utf8').split('\n');
  assert.deepStrictEqual(heads, [
    `${clean}:4:3 warning slug: slug "clean" is also used by ${twin}: one page would replace the other`,
    `${warned}:${md.indexOf(seed.summary) + 1}:1 warning summary: is ${seed.summary.length} characters: search results show about the first 160, so say what matters first or shorten it`,
    `${warned}:${md.findIndex((l) => l.startsWith('### WHAT IS')) + 1}:5 warning faq[1].question: the same question as faq[0]: readers see it twice`,
  ]);
  assert.match(stdout, /\n3 files, 0 errors, 3 warnings\n$/);
  assert.equal((await run('--strict', warned, clean, twin)).code, 1);
  assert.equal((await run('--strict', clean)).code, 0);
});

test('--format json: every problem as an object; --format github: workflow annotations', async () => {
  const json = await run('--format', 'json', broken, warned);
  assert.equal(json.code, 1);
  const problems = JSON.parse(json.stdout) as { file: string; line: number; column: number; path: string; severity: string; message: string }[];
  assert.deepStrictEqual(
    problems.map((p) => [p.file, p.severity, p.path]),
    [
      [broken, 'error', 'faq[2].answer'],
      [warned, 'warning', 'summary'],
      [warned, 'warning', 'faq[1].question'],
    ],
  );
  assert.ok(problems.every((p) => p.line > 0 && p.column > 0 && p.message));
  const github = await run('--format', 'github', broken);
  const [annotation, summary] = github.stdout.trimEnd().split('\n');
  assert.equal(annotation, `::error file=${broken},line=${problems[0].line},col=5::faq[2].answer: expected text, got a number`);
  assert.equal(summary, '1 file, 1 error, 0 warnings');
});

test('folders and globs expand to the source files under them, each once, sorted', async () => {
  const { stdout } = await run(join(dir, 'roles'), join(dir, 'roles', '*.json'), `${dir}/**/*.json`);
  assert.match(stdout, /\n4 files, 1 error, 3 warnings\n$/);
});

test('usage errors exit 2 with one line and what to do', async () => {
  for (const [argv, message] of [
    [[], /name the files to check/],
    [['--format', 'xml', clean], /unknown --format "xml": use text, json, github/],
    [[join(dir, 'nothing-*.yaml')], /no files match ".*nothing-\*\.yaml": check the path/],
    [['--nope', clean], /Unknown option '--nope'[\s\S]*--help/],
  ] as const) {
    const { code, stdout, stderr } = await run(...argv);
    assert.equal(code, 2, String(argv));
    assert.equal(stdout, '');
    assert.match(stderr, message);
  }
  const help = await run('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Example:\n {2}rolekit validate /);
});

test('files that cannot be read are problems, not exceptions', async () => {
  const binary = write('bad/latin1.yaml', '');
  writeFileSync(binary, Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
  const { code, stdout } = await run(binary, write('bad/notes.txt', 'hi'));
  assert.equal(code, 1);
  assert.match(stdout, /latin1\.yaml:1:1 error is not UTF-8 text: save it as UTF-8/);
  assert.match(stdout, /notes\.txt:1:1 error rolekit reads \.json, \.yaml, \.yml and \.md files, not "\.txt"/);
});

test('colour on a terminal only, never with NO_COLOR', async () => {
  const colored = async (env: string | undefined, isTTY: boolean) => {
    const saved = process.env.NO_COLOR;
    if (env === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = env;
    let stdout = '';
    try {
      await validate([broken], { write: (s: string) => (stdout += s), isTTY }, { write: () => true });
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
    return stdout.includes('\u001b[');
  };
  assert.equal(await colored(undefined, true), true);
  assert.equal(await colored('1', true), false);
  assert.equal(await colored(undefined, false), false);
  assert.equal(await colored('', true), true, 'an empty NO_COLOR does not count (no-color.org)');
});

test('through the real CLI: exit codes, and no stack trace for bad input', () => {
  const cli = (...argv: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', 'validate', ...argv], { encoding: 'utf8' });
  const bad = cli(broken, write('bad/not.json', '{"title": }'));
  assert.equal(bad.status, 1);
  assert.doesNotMatch(bad.stdout + bad.stderr, /\n\s+at /);
  assert.match(bad.stdout, /not\.json:1:11 error not valid JSON: Unexpected token RBrace found\./);
  assert.equal(cli(clean).status, 0);
  assert.equal(cli().status, 2);
  assert.match(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', '--help'], { encoding: 'utf8' }), /^ {2}validate {2}check role and opening files/m);
});
