import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Two library builds (Vite cannot vary `external` per output format in one run):
//   vite build             -> dist/*.js           ES modules for npm; lit and zod stay dependencies
//   vite build --mode cdn  -> dist/cdn/rolekit.js  one self-contained, minified classic script
// Source uses Lit's `static properties`, not decorators: Vite 8 would ship decorators raw.
/**
 * Minifies the CSS inside Lit's css`` templates (bundlers leave it as written), and shrinks the
 * line breaks + indentation in html`` templates to one space. Only that: a minifier that drops
 * whitespace between inline content changes what the page shows.
 */
const minifyLiterals = (): Plugin => ({
  name: 'rolekit:minify-literals',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/(?:html|css)`/.test(code)) return null;
    const result = await minifyHTMLLiterals(code, {
      fileName: id,
      // whitespace runs become one space, never nothing; entities stay as written (the bundle is ASCII)
      minifyOptions: { conservativeCollapse: true, decodeEntities: false, removeEmptyAttributes: false, minifyJS: false },
    });
    return result ? { code: result.code, map: result.map ? { ...result.map, version: 3 } : null } : null;
  },
});

/**
 * A second minifier pass over the script-tag bundle: terser after Vite's own minifier takes ~1%
 * more off (about 0.2 KB gzip) — the bundle has a 20 KB budget.
 */
const terserPass = (): Plugin => ({
  name: 'rolekit:terser-pass',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await minify(chunk.code, {
        ecma: 2020,
        compress: { passes: 3 },
        // ASCII only (\u escapes): a page served in another encoding (a legacy windows-1252 site)
        // decodes a script in its own; "…" or "→" would turn to mojibake, and templates would stop
        // matching the server-rendered HTML they hydrate
        format: { comments: false, ascii_only: true },
        sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), url: `${chunk.fileName}.map` } : false,
      });
      chunk.code = result.code!;
      if (chunk.map && typeof result.map === 'string') Object.assign(chunk.map, JSON.parse(result.map));
    }
  },
});

/**
 * Makes the script-tag bundle's private copy of Lit a good guest on any page:
 * - its Trusted Types policy is named `rolekit`, not `lit-html`, so it never collides with the
 *   host page's own Lit (a duplicate policy name throws under `trusted-types` without
 *   'allow-duplicates'); a second copy of the bundle, which stays inert, creates none;
 * - it adds no globals: not the `*Versions` arrays, and its property metadata map stays local.
 * Each edit must apply: a Lit upgrade that changes this code fails the build instead of
 * silently dropping a guarantee (test/node/hostile-pages.test.ts checks the result in a browser).
 */
/**
 * Lit's hydration errors, in a few words each: they cost ~0.3 KB gzip as written, and rolekit
 * catches them anyway — a failed hydration renders afresh with its own console warning, which
 * carries this text (src/internal/role-element.ts).
 */
const HYDRATION_ERRORS: [string, string][] = [
  ['"container already contains a live render"', '"hydrate: live render"'],
  ['`There must be only one root part per container. Found a part marker (${', '`hydrate: two root parts (${'],
  ['}) when we already have a root part marker (${', '}, ${'],
  ['"Unhandled shorter than expected iterable"', '"hydrate: shorter list"'],
  ['"compiled templates are not supported"', '"hydrate: compiled template"'],
  ['"Hydration value mismatch: Unexpected TemplateResult rendered to part"', '"hydrate: other template"'],
  ['"unexpected longer than expected iterable"', '"hydrate: longer list"'],
  ['"could not find node for attribute parts"', '"hydrate: no attribute node"'],
];

const privateLit = (): Plugin => ({
  name: 'rolekit:private-lit',
  transform(code, id) {
    if (id.endsWith('/@lit-labs/ssr-client/lib/hydrate-lit-html.js')) {
      for (const [from, to] of HYDRATION_ERRORS) {
        if (!code.includes(from)) throw new Error(`rolekit:private-lit: ${from} not found in ${id}`);
        code = code.replace(from, to);
      }
      // the long "Primitive found where TemplateResult expected. This usually occurs…" message
      const primitive = /"Hydration value mismatch: Primitive found where TemplateResult expected[^"]*"/;
      if (!primitive.test(code)) throw new Error(`rolekit:private-lit: ${primitive} not found in ${id}`);
      return { code: code.replace(primitive, '"hydrate: value where a template was"'), map: null };
    }
    if (!/\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return null;
    const edit = (pattern: RegExp, replacement: string) => {
      if (!pattern.test(code)) throw new Error(`rolekit:private-lit: ${pattern} not found in ${id}`);
      code = code.replace(pattern, replacement);
    };
    if (id.endsWith('/lit-html/lit-html.js')) {
      edit(/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0');
      edit(/(\w+)\?(\w+)\.createPolicy\("lit-html",/, '$1&&!globalThis.rolekit?$2.createPolicy("rolekit",');
    } else if (id.endsWith('/lit-element/lit-element.js')) {
      edit(/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0');
    } else if (id.endsWith('/@lit/reactive-element/reactive-element.js')) {
      edit(/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0');
      edit(/\w+\.litPropertyMetadata\?\?=new WeakMap/, 'void 0');
      code = `const litPropertyMetadata=new WeakMap;${code}`;
    } else return null;
    return { code, map: null };
  },
});

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    define: { __ROLEKIT_VERSION__: JSON.stringify(version) },
    plugins: cdn ? [minifyLiterals(), privateLit(), terserPass()] : [minifyLiterals()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: cdn,
      reportCompressedSize: false,
      // the script-tag bundle is a plain IIFE with no exports: src/cdn.ts sets `window.rolekit`
      // itself (lib mode's named IIFE would overwrite the first copy's namespace)
      lib: cdn
        ? false
        : {
            entry: {
              index: 'src/index.ts',
              define: 'src/define.ts',
              schema: 'src/schema/index.ts',
              ssr: 'src/ssr/ssr.ts',
              cli: 'src/ssr/cli.ts',
            },
            formats: ['es'],
          },
      rolldownOptions: cdn
        ? { input: 'src/cdn.ts', output: { format: 'iife', entryFileNames: 'rolekit.js' } }
        : { external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^lit-html($|\/)/, /^zod($|\/)/, /^node:/] },
    },
  };
});
