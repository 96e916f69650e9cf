// ESLint 9 flat config: typescript-eslint (type-aware), eslint-plugin-lit, eslint-plugin-wc.
// Role data is untrusted: the rules at the end forbid every way of turning a string into markup.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UNSAFE = 'Role data is untrusted: render it through Lit bindings only (see SECURITY.md).';

export default tseslint.config(
  { ignores: ['dist/', 'examples/*/dist/', 'examples/*/_site/', 'examples/*/.astro/', 'coverage/', 'storybook-static/', 'demo-dist/', 'node_modules/', 'scratch/', 'test-results/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit', importNames: ['unsafeCSS'], message: UNSAFE },
            { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: UNSAFE },
          ],
          patterns: [{ group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'], message: UNSAFE }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: UNSAFE },
        { property: 'outerHTML', message: UNSAFE },
        { property: 'insertAdjacentHTML', message: UNSAFE },
        { object: 'document', property: 'write', message: UNSAFE },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name=/^unsafe(HTML|SVG|Static|CSS|MathML)$/]", message: UNSAFE },
        { selector: "Literal[value=/^\\s*javascript:/i]", message: 'No javascript: URLs.' },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: UNSAFE },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      'lit/no-template-arrow': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.ts'],
    // node:test's test() returns a promise the runner awaits; chai assertions are expressions
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-floating-promises': 'off' },
  },
);
