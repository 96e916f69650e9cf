// rolekit new: a skeleton role in each format with every section, which validates with only
// placeholder warnings — and none once the TODO text is replaced; the file is written whole or
// not at all, never over an existing one unless --force.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { newCommand } from '../../src/cli/new.js';
import { loadDocument } from '../../src/content/load.js';
import { validateFiles } from '../../src/content/validate.js';
import type { Role } from '../../src/schema/role.js';
import { ROLE_SHAPE } from '../../src/schema/shapes.js';

const dir = mkdtempSync(join(tmpdir(), 'rolekit-new-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = newCommand(argv, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}
const FIELDS = Object.keys((ROLE_SHAPE as { keys: Record<string, unknown> }).keys);

for (const format of ['md', 'yaml', 'json']) {
  test(`new --format ${format}: every section, valid, only placeholder warnings until they are replaced`, () => {
    const file = join(dir, `ux-writer-${format}.${format}`);
    const { code, stdout } = run('UX Writer', '--category', 'Content Design', '--format', format, '--out', file);
    assert.equal(code, 0);
    assert.equal(stdout, `wrote ${file}: replace each TODO, then check it with rolekit validate ${file}\n`);
    const text = readFileSync(file, 'utf8');
    const result = loadDocument(file, text);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const role = result.value as Role;
    assert.deepStrictEqual(Object.keys(role).sort(), [...FIELDS].sort(), 'every field of a role is present');
    assert.equal(role.slug, 'ux-writer');
    assert.deepStrictEqual(role.category, { name: 'Content Design', href: '/careers/?category=content-design' });
    const warnings = validateFiles([file]);
    assert.ok(warnings.length >= 10, `one warning per placeholder (${warnings.length})`);
    for (const w of warnings) {
      assert.equal(w.severity, 'warning');
      assert.match(w.message, /^placeholder text \(TODO\) left from `rolekit new`/);
      assert.match(w.excerpt ?? '', /TODO/, `${w.path} points at its TODO line`);
    }
    writeFileSync(file, text.replaceAll('TODO: ', 'Done: '));
    assert.deepStrictEqual(validateFiles([file]), []);
  });
}

test('the file name: <slug>.md by default, the format from --out, and a title with no Latin letters', () => {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    assert.equal(run('Café Manager (m/f/d)').code, 0);
    assert.ok(existsSync('cafe-manager-m-f-d.md'));
    assert.equal(run('データ', '--out', 'sub/folder/data.yml').code, 0);
    const read = loadDocument('sub/folder/data.yml', readFileSync('sub/folder/data.yml', 'utf8'));
    assert.ok(read.ok);
    assert.equal((read.value as Role).slug, 'new-role');
    assert.equal((read.value as Role).title, 'データ');
  } finally {
    process.chdir(cwd);
  }
});

test('never over an existing file without --force; --out - prints instead of writing', () => {
  const file = join(dir, 'kept.md');
  writeFileSync(file, 'mine');
  const refused = run('Kept', '--out', file);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /kept\.md already exists: choose another --out, or add --force to replace it/);
  assert.equal(readFileSync(file, 'utf8'), 'mine');
  assert.equal(run('Kept', '--out', file, '--force').code, 0);
  assert.notEqual(readFileSync(file, 'utf8'), 'mine');
  const before = readdirSync(dir).sort();
  const printed = run('Printed', '--format', 'json', '--out', '-');
  assert.equal(printed.code, 0);
  assert.equal((JSON.parse(printed.stdout) as Role).title, 'Printed');
  assert.deepStrictEqual(readdirSync(dir).sort(), before, 'nothing written, no temporary file left');
});

test('usage errors exit 2; a title the schema refuses writes nothing and exits 1', () => {
  assert.match(run().stderr, /give the role's title/);
  assert.equal(run().code, 2);
  assert.match(run('X', '--format', 'toml').stderr, /unknown --format "toml": use md, yaml or json/);
  assert.match(run('X', '--out', 'x.txt').stderr, /name a \.md, \.yaml, \.yml or \.json file/);
  assert.equal(run('X', '--format', 'json', '--out', 'x.md').code, 2);
  const long = run('A'.repeat(300), '--out', join(dir, 'long.md'));
  assert.equal(long.code, 1);
  assert.match(long.stderr, /title: is too long[\s\S]*nothing written/);
  assert.ok(!existsSync(join(dir, 'long.md')));
  const help = run('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Example:\n {2}rolekit new "UX Writer"/);
});
