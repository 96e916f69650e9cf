// The generator plugins of `cem analyze` (custom-elements-manifest.config.mjs): framework JSX /
// template types and editor data, all made from the manifest, never written by hand.
//   dist/types/frameworks/  custom-element-jsx.d.ts (the generator's), react/preact/solid/vue/svelte
//                           entries (package.json exports rolekit/react, rolekit/vue, …)
//   dist/editors/           vscode.html-custom-data.json, vscode.css-custom-data.json, web-types.json
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const typesDir = './dist/types/frameworks';
const editorsDir = './dist/editors';
// the abstract base class is in the manifest (its members are inherited) but is no element
const exclude = ['RoleElement'];
// every generated file imports the element classes from the package's own declarations
const globalTypePath = '../index.js';

// The editors offer an attribute's values when its type lists them: `theme: Theme` becomes
// `'light' | 'dark' | 'auto'` in `parsedType` (the manifest's `type` is kept). Only aliases that are
// unions of string literals, read from the sources by the analyzer's own parser.
const typesSrc = 'parsedType';
function expandTypeAliases() {
  const aliases = new Map();
  const expand = (text) => {
    const parts = text.split('|').map((part) => part.trim());
    return parts.some((part) => aliases.has(part)) ? parts.map((part) => aliases.get(part) ?? part).join(' | ') : undefined;
  };
  return {
    name: 'rolekit:expand-type-aliases',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? `'${t.literal.text}'` : undefined));
      if (literals.every(Boolean)) aliases.set(node.name.text, literals.join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.attributes ?? []), ...(decl.members ?? [])]) {
            const text = item.type?.text && expand(item.type.text);
            if (text) item.parsedType = { text };
          }
        }
      }
    },
  };
}

export function frameworkPlugins() {
  const quiet = { hideLogs: true };
  return [
    expandTypeAliases(),
    jsxTypesPlugin({ outdir: typesDir, fileName: 'custom-element-jsx.d.ts', exclude, globalTypePath, stronglyTypedEvents: true }),
    customElementVuejsPlugin({ outdir: typesDir, fileName: 'vue.d.ts', exclude, globalTypePath, ...quiet }),
    customElementSveltePlugin({ outdir: typesDir, fileName: 'svelte.d.ts', exclude, globalTypePath, ...quiet }),
    customElementVsCodePlugin({ outdir: editorsDir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', exclude, typesSrc, ...quiet }),
    customElementJetBrainsPlugin({ outdir: editorsDir, webTypesFileName: 'web-types.json', exclude, packageJson: false, typesSrc, ...quiet }),
    fixFrameworkTypes(),
  ];
}

// What the generators leave to be done (they run first, this plugin last):
// - their import lists name every export of an element's module (not all re-exported by the
//   package) and repeat names: one import of the names the file uses, from the package's index;
// - they read `@fires {RkReadyEvent}` as the event's detail (`CustomEvent<RkReadyEvent>`) and know
//   nothing of its document: each element's rk-ready is `RkReadyEvent<DocumentOf<Element>>`;
// - the Svelte file names a global JSX namespace Svelte does not have: `style` is a string there,
//   and content between the tags is Svelte's (`children` left untyped); it types Svelte 4's
//   `on:rk-ready` only, and Svelte 5 handlers are attributes (`onrk-ready`): both; and its
//   `svelteHTML` namespace must be global to reach Svelte's;
// - its JSX `ref` takes no ref object (`useRef`), the way React and Preact give refs;
// - the JSX file augments a dozen JSX runtimes at once (and the global JSX), an error in a project
//   without them: it keeps the types, and one entry per framework augments its own runtime.
const jsxRuntimes = {
  react: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime'],
  preact: ['preact'],
  solid: ['solid-js'],
};

function fixImports(text) {
  const imported = new Set();
  const body = text.replace(/^import type \{([^}]*)\} from "\.\.\/index\.js";\n/m, (_, names) => {
    for (const name of names.split(',')) if (name.trim()) imported.add(name.trim());
    return '';
  });
  for (const name of ['RkReadyEvent', 'RkErrorEvent', 'RkCopyEvent', 'RkToggleEvent', 'RkSelectEvent', 'RkApplyEvent', 'DocumentOf']) imported.add(name);
  const used = [...imported].filter((name) => new RegExp(`\\b${name}\\b`).test(body));
  const line = `import type { ${used.join(', ')} } from "../index.js";\n`;
  // after the file's other imports (vue's DefineComponent)
  const at = body.search(/^(?!import )/m);
  return body.slice(0, at) + line + body.slice(at);
}

function fixJsx(text) {
  return fixImports(
    text
      // React and Preact pass ref objects ({ current }) and call refs with null too
      .replace('  ref?: (T | ((e: T) => void)) | undefined;', '  ref?: T | { current: T | null } | ((e: T | null) => void | (() => void)) | null | undefined;')
      .replace(/(\w+Element)ElementEvent<RkReadyEvent>/g, '$1ElementEvent<RkReadyEvent<DocumentOf<$1>>>')
      .replace(/\ndeclare (module "[^"]+"|global) \{\n(?: .*\n|\n)*?\}\n/g, ''),
  );
}

function fixTemplateTypes(text) {
  const typed = text.replace(/type (\w+Element)Props = \{\n[\s\S]*?\n\};/g, (block, element) =>
    block.replace(/CustomEvent<RkReadyEvent>/g, `RkReadyEvent<DocumentOf<${element}>>`).replace(/CustomEvent<(Rk\w+Event)>/g, '$1'),
  );
  return fixImports(typed);
}

// React's entry adds React's own attributes and events (onClick with React's event, aria-*, …)
// to each tag, as they are on every HTML element; the element's own props come first
const reactElements = `import type { HTMLAttributes } from "react";

/** Each rolekit tag's props with React's HTML attributes and events. */
export type ReactCustomElements = {
  [Tag in keyof CustomElements]: CustomElements[Tag] & Omit<HTMLAttributes<HTMLElement>, keyof CustomElements[Tag]>;
};
`;

function jsxEntry(framework) {
  const react = framework === 'react';
  const elements = framework === 'solid' ? 'CustomElementsSolidJs' : 'CustomElements';
  const blocks = jsxRuntimes[framework].map(
    (runtime) => `declare module "${runtime}" {
  namespace JSX {
    interface IntrinsicElements extends ${react ? 'ReactCustomElements' : elements} {}
  }${react ? '\n  interface CSSProperties extends CustomCssProperties {}' : ''}
}`,
  );
  return `// Generated by \`npm run analyze\` (scripts/framework-types.mjs): rolekit's elements in ${framework}'s JSX.
// Turn on with \`import type {} from 'rolekit/${framework}'\` or tsconfig "types": ["rolekit/${framework}"].
import type { ${elements}, CustomCssProperties } from "./custom-element-jsx.js";
${react ? reactElements : ''}
export type { ${elements}, CustomCssProperties };

${blocks.join('\n\n')}
`;
}

export function fixFrameworkTypes() {
  return {
    name: 'rolekit:framework-types',
    packageLinkPhase() {
      const file = (name) => path.join(typesDir, name);
      writeFileSync(file('custom-element-jsx.d.ts'), fixJsx(readFileSync(file('custom-element-jsx.d.ts'), 'utf8')));
      writeFileSync(file('vue.d.ts'), fixTemplateTypes(readFileSync(file('vue.d.ts'), 'utf8')));
      const svelte = readFileSync(file('svelte.d.ts'), 'utf8')
        .replace('children?: JSX.Element;', 'children?: unknown;')
        .replace('style?: JSX.CSSProperties;', 'style?: string;')
        // Svelte 4's `on:rk-ready` and Svelte 5's `onrk-ready` attribute
        .replace(/^( +)"on:([\w-]+)"\?: (.*);$/gm, '$1"on:$2"?: $3;\n$1"on$2"?: $3;')
        // in a module (the file imports) a namespace is the module's own: Svelte's is global
        .replace(/\ndeclare namespace svelteHTML \{\n([\s\S]*?)\n\}\n/, (_, body) => `\ndeclare global {\n  namespace svelteHTML {\n${body.replace(/^/gm, '  ')}\n  }\n}\n`);
      writeFileSync(file('svelte.d.ts'), fixTemplateTypes(svelte));
      for (const framework of Object.keys(jsxRuntimes)) writeFileSync(file(`${framework}.d.ts`), jsxEntry(framework));
    },
  };
}
