// The build's own Vite plugins (vite.config.ts uses them): template minification, a second
// minifier pass, Lit made a private guest for the script-tag builds.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import type { PiecesManifest } from '../../src/cdn/manifest.js';

/**
 * Minifies the CSS inside Lit's css`` templates (bundlers leave it as written), and shrinks the
 * line breaks + indentation in html`` templates to one space. Only that: a minifier that drops
 * whitespace between inline content changes what the page shows.
 */
export const minifyLiterals = (): Plugin => ({
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
export const terserPass = (): Plugin => ({
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

export const privateLit = ({ pieces = false } = {}): Plugin => ({
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
      // the one-file build runs inert when rolekit is already on the page; the pieces load only
      // when their loader is the first (src/cdn/loader.ts), so they always make the policy
      edit(/(\w+)\?(\w+)\.createPolicy\("lit-html",/, pieces ? '$1?$2.createPolicy("rolekit",' : '$1&&!globalThis.rolekit?$2.createPolicy("rolekit",');
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

interface ManifestDeclaration {
  tagName?: string;
  name: string;
  dependencies?: string[];
}

/** The elements of custom-elements.json: tag → module path, class name and the tags it renders inside itself. */
export function elementsOf(manifestFile = 'custom-elements.json'): Map<string, { path: string; name: string; dependencies: string[] }> {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { modules: { path: string; declarations?: ManifestDeclaration[] }[] };
  const elements = new Map<string, { path: string; name: string; dependencies: string[] }>();
  // by tag, whatever order the manifest lists them in: the build must not depend on it
  const modules = [...manifest.modules].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const mod of modules) {
    for (const d of mod.declarations ?? []) if (d.tagName) elements.set(d.tagName, { path: mod.path, name: d.name, dependencies: d.dependencies ?? [] });
  }
  return new Map([...elements].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const PIECE = 'rolekit-piece:';

/** The Subresource Integrity of a file: "sha384-…". */
export const sri = (file: string, algorithm = 'sha384'): string => `${algorithm}-${createHash(algorithm).update(readFileSync(file)).digest('base64')}`;

/** Writes integrity.json beside the script tag's files: the sha384 of each, for the README snippet and renderPage. */
export const integrityFile = (names: string[]): Plugin => ({
  name: 'rolekit:integrity',
  writeBundle(options) {
    const hashes = Object.fromEntries(names.map((name) => [name, sri(join(options.dir!, name))]));
    writeFileSync(join(options.dir!, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  },
});

/** The pieces build's entries: the API, hydration support, and one per element. */
export function piecesInput(root: string): Record<string, string> {
  const input: Record<string, string> = { api: resolve(root, 'src/cdn/api.ts'), hydrate: resolve(root, 'src/cdn/hydrate.ts') };
  for (const tag of elementsOf(resolve(root, 'custom-elements.json')).keys()) input[tag] = `${PIECE}${tag}`;
  return input;
}

/**
 * The script tag's pieces: one ES module entry per element of custom-elements.json (it defines
 * the element and the ones it renders inside itself), shared chunks for what several need, and
 * `manifest.json` — every file with its sha384, and each piece's files — which the loader embeds.
 */
export const pieces = (root: string): Plugin => {
  const elements = elementsOf(resolve(root, 'custom-elements.json'));
  return {
    name: 'rolekit:pieces',
    enforce: 'pre',
    // library mode hands the entries over as paths: "/root/rolekit-piece:rk-faq"
    resolveId: (id) => (id.includes(PIECE) ? `\0${id.slice(id.indexOf(PIECE))}` : null),
    load(id) {
      if (!id.startsWith(`\0${PIECE}`)) return null;
      const tag = id.slice(PIECE.length + 1);
      const element = elements.get(tag);
      if (!element) throw new Error(`rolekit:pieces: no element ${tag} in custom-elements.json`);
      for (const dep of element.dependencies) if (!elements.has(dep)) throw new Error(`rolekit:pieces: ${tag} depends on unknown ${dep}`);
      return [
        `import { defineElement } from ${JSON.stringify(resolve(root, 'src/internal/define.ts'))};`,
        `import { ${element.name} } from ${JSON.stringify(resolve(root, element.path))};`,
        ...element.dependencies.map((dep) => `import ${JSON.stringify(PIECE + dep)};`),
        `defineElement(${JSON.stringify(tag)}, ${element.name});`,
      ].join('\n');
    },
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const files = chunks.map((c) => c.fileName);
      // sha256 for the pieces (each costs the loader ~43 bytes gzip: random bytes do not compress)
      const integrity = files.map((f) => sri(join(options.dir!, f), 'sha256'));
      const closure = (fileName: string, seen = new Set<number>()): number[] => {
        const i = files.indexOf(fileName);
        if (seen.has(i)) return [...seen];
        seen.add(i);
        for (const dep of chunks[i].imports) closure(dep, seen);
        return [...seen];
      };
      const map: Record<string, number[]> = {};
      for (const chunk of chunks) {
        if (chunk.isEntry) map[chunk.name] = closure(chunk.fileName);
        for (const lazy of chunk.dynamicImports) map[chunks[files.indexOf(lazy)].name] = closure(lazy);
      }
      const manifest: PiecesManifest = { files, integrity, pieces: map };
      writeFileSync(join(options.dir!, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    },
  };
};

/**
 * The one-file build (rolekit.all.js) leaves out the ATS feeds' adapters and their HTML parser
 * (~30 KB gzip, more than the rest of rolekit): `<rk-openings feed>` there says so in its error
 * state. The script tag (rolekit.js) and the npm build load them on first use.
 */
export const noFeeds = (): Plugin => ({
  name: 'rolekit:no-feeds',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/elements/openings/feed.ts')) return null;
    const lazy = "import('../../feeds/browser.js')";
    if (!code.includes(lazy)) throw new Error(`rolekit:no-feeds: ${lazy} not found in ${id}`);
    const refusal = "Promise.reject(new Error('rolekit.all.js does not include the ATS feeds: use the script tag rolekit.js, or the npm build'))";
    return { code: code.replace(lazy, refusal), map: null };
  },
});

/**
 * For the one-file build: the JSON-LD controller and builders, which elements import on first
 * use, are in the file anyway — a static import, so no dynamic-import machinery (Vite's preload helper) comes along.
 */
export const staticJsonLd = (): Plugin => ({
  name: 'rolekit:static-jsonld',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/internal/role-element.ts')) return null;
    const lazy = "import('./jsonld-script.js')";
    if (!code.includes(lazy)) throw new Error(`rolekit:static-jsonld: ${lazy} not found in ${id}`);
    return { code: `import { JsonLdController as StaticJsonLdController } from './jsonld-script.js';\n${code.replace(lazy, 'Promise.resolve({ JsonLdController: StaticJsonLdController })')}`, map: null };
  },
});
