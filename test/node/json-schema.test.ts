// The JSON Schema (role.schema.json) and the zod schema agree on every file in data/, and the
// committed JSON Schema is the one the zod schema generates.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseRole } from '../../src/schema/index.js';

const schema = JSON.parse(readFileSync('role.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);

/** Every role document under data/ (the listing index and other non-role files are not roles; openings have their own test). */
function roleFiles(dir = 'data'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === join('data', 'openings')) return [];
    if (statSync(path).isDirectory()) return roleFiles(path);
    return name.endsWith('.json') && !name.startsWith('index') ? [path] : [];
  });
}

const files = roleFiles();

test('data/ holds the seed, the fixtures and the invalid fixtures', () => {
  assert.ok(files.includes('data/python-web-developer.json'));
  assert.ok(files.filter((f) => f.includes('/invalid/')).length >= 7);
});

for (const file of files) {
  test(`zod and JSON Schema agree on ${file}`, () => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      assert.ok(file.includes('/invalid/'), `${file} is not JSON`);
      return; // not JSON at all: neither schema sees it
    }
    const zodOk = parseRole(json).ok;
    const jsonSchemaOk = validate(json);
    assert.equal(jsonSchemaOk, zodOk, `zod says ${zodOk}, JSON Schema says ${jsonSchemaOk}: ${ajv.errorsText(validate.errors)}`);
    assert.equal(zodOk, !file.includes('/invalid/'), `${file}: expected ${file.includes('/invalid/') ? 'invalid' : 'valid'}`);
  });
}

test('the JSON Schema refuses the same links the zod schema refuses', () => {
  const seed = JSON.parse(readFileSync('data/python-web-developer.json', 'utf8'));
  for (const href of ['javascript:alert(1)', ' JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x', 'java\nscript:x']) {
    const doc = { ...seed, relatedLinks: [{ label: 'x', href }] };
    assert.equal(validate(doc), false, href);
    assert.equal(parseRole(doc).ok, false, href);
  }
});

test('role.schema.json is what the zod schema generates (run `npm run build:schema` if not)', () => {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/json-schema.ts', '--check'], { stdio: 'pipe' });
});

test('every data file points its $schema at role.schema.json', () => {
  for (const file of files.filter((f) => !f.includes('not-json'))) {
    const { $schema } = JSON.parse(readFileSync(file, 'utf8'));
    assert.match($schema, /(^|\/)role\.schema\.json$/, file);
  }
});
