// The framework types and editor data that `npm run analyze` generates from custom-elements.json
// (scripts/framework-types.mjs): present, complete for every element and attribute, exported by
// package.json, and a React 19 app type-checks with them while wrong props fail. Needs
// `npm run analyze` and the types build (`npm test` runs both first).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateCem, type CemValidatorOptions } from '@wc-toolkit/cem-validator';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = json('custom-elements.json') as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const tags = elements.map((d) => d.tagName!).sort();
const frameworks = 'dist/types/frameworks';
const editors = 'dist/editors';
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');

function typecheck(project: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('the manifest lists the 13 elements with their attributes', () => {
  assert.equal(tags.length, 13);
  for (const d of elements) assert.ok(d.attributes?.some((a) => a.name === 'src'), `${d.tagName} has src`);
});

test('VS Code HTML data: every element with every attribute', () => {
  const data = json(join(editors, 'vscode.html-custom-data.json')) as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
  assert.deepEqual(data.tags.map((t) => t.name).sort(), tags);
  for (const d of elements) {
    const tag = data.tags.find((t) => t.name === d.tagName)!;
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), d.attributes!.map((a) => a.name).sort(), d.tagName);
  }
  // an attribute typed with an alias of string literals offers its values (`theme: Theme`)
  const theme = data.tags.find((t) => t.name === 'rk-role-page')!.attributes.find((a) => a.name === 'theme');
  assert.deepEqual(theme?.values?.map((v) => v.name), ['light', 'dark', 'auto']);
});

test('VS Code CSS data: every custom property and part', () => {
  const data = json(join(editors, 'vscode.css-custom-data.json')) as { properties: { name: string }[]; pseudoElements: { name: string }[] };
  const properties = new Set(data.properties.map((p) => p.name));
  const parts = new Set(data.pseudoElements.map((p) => p.name));
  for (const d of elements) {
    for (const p of d.cssProperties ?? []) assert.ok(properties.has(p.name), `${d.tagName} ${p.name}`);
    for (const p of d.cssParts ?? []) assert.ok(parts.has(`::part(${p.name})`), `${d.tagName} ::part(${p.name})`);
  }
  assert.ok(properties.has('--rk-color-accent'));
});

test('JetBrains web-types: every element with every attribute and event, named in package.json', () => {
  const pkg = json('package.json');
  assert.equal(pkg['web-types'], './dist/editors/web-types.json');
  assert.ok(pkg.files.includes('dist/'), 'dist/ (with dist/editors/) is packed');
  const data = json(pkg['web-types']) as { name: string; contributions: { html: { elements: { name: string; attributes: { name: string; value?: { type: string } }[]; events: { name: string }[] }[] } } };
  assert.equal(data.name, 'rolekit');
  const { elements: described } = data.contributions.html;
  assert.deepEqual(described.map((e) => e.name).sort(), tags);
  for (const d of elements) {
    const element = described.find((e) => e.name === d.tagName)!;
    assert.deepEqual(element.attributes.map((a) => a.name).sort(), d.attributes!.map((a) => a.name).sort(), d.tagName);
    assert.ok(element.events.some((e) => e.name === 'rk-ready'), `${d.tagName} rk-ready`);
  }
  const theme = described.find((e) => e.name === 'rk-role-page')!.attributes.find((a) => a.name === 'theme');
  assert.equal(theme?.value?.type, "'light' | 'dark' | 'auto' | undefined");
});

test('JSX, Vue and Svelte types: every element and attribute; package.json exports each entry', () => {
  const jsx = readFileSync(join(frameworks, 'custom-element-jsx.d.ts'), 'utf8');
  for (const d of elements) {
    assert.match(jsx, new RegExp(`^  "${d.tagName}": `, 'm'), d.tagName);
    for (const a of d.attributes!) assert.ok(jsx.includes(`"${a.name}"?:`) || jsx.includes(`  ${a.name}?:`), `${d.tagName} ${a.name}`);
  }
  // rk-ready is typed with the element's document, not `unknown`
  assert.match(jsx, /RolePageElementElementEvent<RkReadyEvent<DocumentOf<RolePageElement>>>/);
  for (const name of ['vue', 'svelte']) {
    const text = readFileSync(join(frameworks, `${name}.d.ts`), 'utf8');
    for (const tag of tags) assert.match(text, new RegExp(`^  "${tag}": `, 'm'), `${name} ${tag}`);
    assert.doesNotMatch(text, /CustomEvent<Rk\w+Event>/, `${name}: events are the event classes, not CustomEvents of them`);
    assert.match(text, /"onrk-ready"\?: \(e: RkReadyEvent<DocumentOf<RolePageElement>>\) => void;/, `${name}: onrk-ready typed with the document`);
  }
  assert.match(readFileSync(join(frameworks, 'svelte.d.ts'), 'utf8'), /"on:rk-select"\?: \(e: RkSelectEvent\) => void;\n +"onrk-select"\?:/, 'Svelte 4 and 5 handlers');
  const { exports } = json('package.json');
  for (const name of ['react', 'preact', 'solid', 'vue', 'svelte']) {
    const types = exports[`./${name}`]?.types as string;
    assert.ok(types && existsSync(types), `rolekit/${name} → ${types}`);
  }
});

test('the generated declarations have no type errors (frameworks not installed here aside)', () => {
  const dir = mkdtempSync(join(frameworks, '.check-'));
  try {
    const files = ['custom-element-jsx.d.ts', 'react.d.ts', 'svelte.d.ts', 'vue.d.ts', 'preact.d.ts', 'solid.d.ts'].map((f) => join('..', f));
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['ES2023', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022' };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
    const { output } = typecheck(dir);
    const errors = output.split('\n').filter((line) => /error TS/.test(line) && !/Cannot find module '(vue|preact|solid-js)'|'(preact|solid-js)' cannot be found/.test(line));
    assert.deepEqual(errors, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a React 19 app type-checks with rolekit/react, and wrong props and handlers fail', () => {
  // test/types/react/app.tsx: its @ts-expect-error lines (a string heading-level, a theme that is
  // no theme, a listing handler on a role page, an unknown tag) must each be errors
  const ok = typecheck('test/types/react');
  assert.equal(ok.status, 0, ok.output);
  // without the import the rk-* tags are unknown to React: the types come from rolekit/react
  const dir = mkdtempSync(join('test', 'types', 'react', '.without-'));
  try {
    const app = readFileSync('test/types/react/app.tsx', 'utf8').replace("import type {} from 'rolekit/react';", '');
    writeFileSync(join(dir, 'app.tsx'), app);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', files: ['app.tsx'] }));
    const without = typecheck(dir);
    assert.notEqual(without.status, 0);
    assert.match(without.output, /Property 'rk-role-page' does not exist on type 'JSX.IntrinsicElements'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// @wc-toolkit/cem-validator: package.json (type, main, module, types, exports, customElements, the
// manifest in `files`) and the manifest (schema, tag names) are checked; an error throws. Off:
// `modulePath` / `definitionPath` (module paths are the sources, src/*.ts, which Storybook and the
// build read; the tags are defined in one place, rolekit/define, not in each module) and
// `exportTypes` (an element's types are exported by the package's index, not by its own module),
// `schemaVersion` (the analyzer, @custom-elements-manifest/analyzer 0.11, writes schema 1.0.0).
const validator: CemValidatorOptions = {
  exclude: ['RoleElement'], // the abstract base class: no tag
  rules: { manifest: { modulePath: 'off', definitionPath: 'off', exportTypes: 'off', schemaVersion: 'off' } },
};

test('the manifest and package.json pass @wc-toolkit/cem-validator', async () => {
  await validateCem(manifest, validator);
});

test('the validator fails a manifest with an element that has no tag name', async () => {
  const broken = structuredClone(manifest) as { modules: { declarations?: Declaration[] }[] };
  const page = broken.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'rk-role-page')!;
  delete page.tagName;
  const log = console.log;
  console.log = () => {}; // the validator prints its failures; the throw is what matters here
  try {
    await assert.rejects(validateCem(broken, validator), /validation failed due to errors \(1\)/);
  } finally {
    console.log = log;
  }
});

test('Svelte markup types: svelteHTML.IntrinsicElements is global, typed props and handlers, wrong props fail', () => {
  // test/types/svelte/check.ts: typed onrk-ready / on:rk-error, and @ts-expect-error lines
  const run = typecheck('test/types/svelte');
  assert.equal(run.status, 0, run.output);
});

test('Vue GlobalComponents types: typed props and handlers per tag, wrong props fail (Vue stood in for by a stub)', () => {
  // test/types/vue/check.ts, with test/types/vue/vue-stub.d.ts as `vue`
  const run = typecheck('test/types/vue');
  assert.equal(run.status, 0, run.output);
});
