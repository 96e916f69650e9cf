// The lint rules that keep role data out of markup bite: each way of turning a string into HTML,
// CSS or code is an error in src/, and ordinary Lit bindings are not.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ESLint } from 'eslint';

// the snippets are not files of the TypeScript project: lint them without type information
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function errors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/elements/probe.ts' });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const FORBIDDEN: Record<string, string> = {
  unsafeHTML: `import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const x = (s: string) => unsafeHTML(s);`,
  unsafeSVG: `import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport const x = (s: string) => unsafeSVG(s);`,
  unsafeStatic: `import { unsafeStatic } from 'lit/static-html.js';\nexport const x = (s: string) => unsafeStatic(s);`,
  unsafeCSS: `import { unsafeCSS } from 'lit';\nexport const x = (s: string) => unsafeCSS(s);`,
  'innerHTML =': `export const x = (el: Element, s: string) => { el.innerHTML = s; };`,
  'outerHTML =': `export const x = (el: Element, s: string) => { el.outerHTML = s; };`,
  insertAdjacentHTML: `export const x = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);`,
  'document.write': `export const x = (s: string) => document.write(s);`,
  createContextualFragment: `export const x = (s: string) => document.createRange().createContextualFragment(s);`,
  'a javascript: URL': `export const x = 'javascript:alert(1)';`,
  eval: `export const x = (s: string) => eval(s);`,
  'new Function': `export const x = (s: string) => new Function(s);`,
};

for (const [name, code] of Object.entries(FORBIDDEN)) {
  test(`${name} in src/ is a lint error`, async () => {
    const found = await errors(code);
    assert.ok(found.length > 0, `no error for:\n${code}`);
    assert.ok(found.some((m) => /no-restricted|no-eval|no-new-func|no-implied-eval/.test(m)), found.join('\n'));
  });
}

test('ordinary Lit bindings pass', async () => {
  assert.deepEqual(await errors(`import { html } from 'lit';\nexport const x = (s: string, href: string) => html\`<p title=\${s}>\${s}</p><a href=\${href}>\${s}</a>\`;\n`), []);
});
