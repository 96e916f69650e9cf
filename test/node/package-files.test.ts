// The tarball as users receive it (`npm pack --dry-run`, after `npm run build`, as `npm test`
// runs it): every `files` entry of package.json names something that is packed; the built files'
// source maps follow one rule in every folder of dist/; and the sample documents the README's
// examples use (`node_modules/rolekit/data/…`) are packed, valid and reachable through `exports`.
//
// The source-map rule (dist/, dist/locales/, dist/cdn/ and its folders alike): every .js file
// with code of its own has its .map beside it, named by a closing `//# sourceMappingURL=` comment,
// and the map carries the source text (`sourcesContent`: src/ is not in the tarball). The only
// .js files without one are the facades the bundler writes — nothing but import / export
// statements (and, for a script-tag piece, the one call that registers its element) — which have
// no code a map could point into, and no comment naming a map. Every .map has its .js.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { parseRole, parseRoleIndex } from '../../src/schema/index.js';

interface Pkg {
  files: string[];
  exports: Record<string, string | { default?: string; types?: string }>;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Pkg;

let packed: Set<string>;
before(() => {
  assert.ok(existsSync('dist/index.js'), 'no build in dist/: run `npm run build` first');
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [{ files }] = JSON.parse(out) as [{ files: { path: string }[] }];
  packed = new Set(files.map((f) => f.path));
});

/** A `files` entry (a path, a folder ending in /, or a pattern with `*` within one name) as a test of a packed path. */
function matcher(entry: string): (path: string) => boolean {
  const clean = entry.replace(/^\.\//, '');
  if (clean.endsWith('/')) return (path) => path.startsWith(clean);
  if (clean.includes('*')) {
    const re = new RegExp(`^${clean.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    return (path) => re.test(path);
  }
  return (path) => path === clean || path.startsWith(`${clean}/`);
}

/** Only import/export statements, and at most calls like `e("rk-duties",t)`: a facade the bundler wrote. */
export function isFacade(code: string): boolean {
  const statements = code
    .replace(/^\s*\/\/.*$/gm, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const FACADE = /^(?:import\s*(?:[^;"']*?from\s*)?["'][^"']+["']|export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})(?:\s*from\s*["'][^"']+["'])?|[\w$]+\(\s*"[a-z0-9-]+"\s*,\s*[\w$]+\s*\))$/;
  return statements.length > 0 && statements.every((s) => FACADE.test(s));
}

describe('the tarball', () => {
  test('the facade rule tells re-exports from code', () => {
    assert.equal(isFacade('export { t as en } from "../strings-x.js";'), true);
    assert.equal(isFacade('import{x as e}from"./chunks/core.js";import{t}from"./chunks/duties.js";e("rk-duties",t);'), true);
    assert.equal(isFacade('import { a } from "./a.js";\nexport { a, b };\n'), true);
    assert.equal(isFacade('import { a } from "./a.js";\nconst b = a + 1;\nexport { b };\n'), false);
    assert.equal(isFacade('var de = { loading: "…" };\nregisterStrings("de", de, true);'), false);
    assert.equal(isFacade(''), false);
  });

  test('every `files` entry of package.json names something that is packed', () => {
    const missing = pkg.files.filter((entry) => ![...packed].some(matcher(entry)));
    assert.deepEqual(missing, [], `package.json files names what the tarball does not hold: ${missing.join(', ')}`);
  });

  test('every packed .js of dist/ has its source map, or is a facade with none; every map has its file', () => {
    const js = [...packed].filter((p) => p.startsWith('dist/') && p.endsWith('.js'));
    assert.ok(js.length > 20, `only ${js.length} built .js files packed`);
    const problems: string[] = [];
    let mapped = 0;
    for (const file of js) {
      const code = readFileSync(file, 'utf8');
      const name = file.slice(file.lastIndexOf('/') + 1);
      const comment = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
      if (!packed.has(`${file}.map`)) {
        if (!isFacade(code)) problems.push(`${file}: code of its own but no ${name}.map`);
        if (comment) problems.push(`${file}: names a map (${comment}) that is not packed`);
        continue;
      }
      mapped += 1;
      // the comment is relative to the file (a piece's chunk may name chunks/x.js.map from a loader's view)
      if (!comment || !comment.endsWith(`${name}.map`)) problems.push(`${file}: no sourceMappingURL comment naming ${name}.map (${comment ?? 'none'})`);
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      const withText = map.sourcesContent?.filter((text) => typeof text === 'string').length ?? 0;
      if (withText !== map.sources.length) problems.push(`${file}.map: ${map.sources.length - withText} of ${map.sources.length} sources without their text (src/ is not packed)`);
    }
    for (const map of [...packed].filter((p) => p.startsWith('dist/') && p.endsWith('.js.map'))) {
      if (!packed.has(map.slice(0, -'.map'.length))) problems.push(`${map}: its file is not packed`);
    }
    assert.deepEqual(problems, []);
    assert.ok(mapped > js.length / 2, `only ${mapped} of ${js.length} files have maps`);
  });

  test("the sample documents the README's examples use are packed, valid and exported", () => {
    const docs = ['README.md', 'docs/pending/pictures.md'].filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8'));
    // every file the docs name in an install is packed (data/… below; dist/editors/… too)
    const named = docs.flatMap((doc) => [...doc.matchAll(/node_modules\/rolekit\/([\w./-]*[\w-]\.[a-z]+)/g)].map((m) => m[1]));
    assert.deepEqual(named.filter((path) => !packed.has(path)), [], 'the docs name files in node_modules/rolekit/ that are not packed');
    const used = new Set(['data/python-web-developer.json', 'data/index.json', ...named.filter((path) => path.startsWith('data/'))]);
    for (const path of used) {
      assert.ok(packed.has(path), `${path} is used by an example but not packed`);
      const target = pkg.exports['./data/*'];
      assert.equal(typeof target === 'string' && target.replace('*', path.slice('data/'.length)), `./${path}`, `rolekit/${path} is not exported`);
      const document = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      const result = path.endsWith('index.json') ? parseRoleIndex(document) : parseRole(document);
      assert.ok(result.ok, `${path} is not valid: ${JSON.stringify(!result.ok && result.problems)}`);
    }
    const roles = [...packed].filter((p) => /^data\/roles\/[^/]+\.json$/.test(p));
    assert.ok(roles.length >= 12, `data/roles/ packed ${roles.length} roles`);
    assert.ok(![...packed].some((p) => p.startsWith('data/fixtures/')), "the tests' fixtures are not shipped");
  });
});
