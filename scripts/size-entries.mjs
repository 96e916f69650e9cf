// `npm run size:entries`: what one import from the npm build costs in a user's bundle after
// tree-shaking — each element class from `rolekit`, `rolekit/define`, `parseRole` from
// `rolekit/schema`, `renderPage` from `rolekit/ssr`, `rolekit/feeds` — minified, then gzip level 9.
// Each row bundles a one-line entry (`export { RoleCardElement } from 'rolekit'`: the export kept,
// as a user's code keeps what it uses) with Rolldown (Vite 8's bundler, already installed) against
// the BUILT package: 'rolekit…' resolves through package.json `exports` to dist/, and the
// dependencies (lit, zod, …) from node_modules, bundled too — they are what a user's bundle
// gets. Node built-ins stay external. Needs `npm run build` first. Prints a Markdown table.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const ENTRY = '\0size-entry';

/** `rolekit` or `rolekit/x` → the built file package.json `exports` names for it (its `default`). */
function builtFile(specifier) {
  const sub = specifier === pkg.name ? '.' : `.${specifier.slice(pkg.name.length)}`;
  const target = pkg.exports[sub];
  const file = typeof target === 'string' ? target : target?.default;
  if (!file) throw new Error(`package.json exports has no runtime entry for ${specifier}`);
  return resolve(ROOT, file);
}

/** The element classes of the main entry, from the manifest (each declaration with a tag name). */
function elementClasses() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((d) => ({ code: `export { ${d.name} } from 'rolekit';`, label: `import { ${d.name} } from 'rolekit'`, note: `&lt;${d.tagName}>, not registered` }));
}

export const ENTRIES = [
  ...elementClasses(),
  { code: "import 'rolekit/define';", label: "import 'rolekit/define'", note: 'every element, registered' },
  { code: "export * from 'rolekit';", label: "import * as rolekit from 'rolekit'", note: 'the whole main entry' },
  { code: "export { parseRole } from 'rolekit/schema';", label: "import { parseRole } from 'rolekit/schema'", note: 'DOM-free validation' },
  { code: "export { RoleSchema } from 'rolekit/schema';", label: "import { RoleSchema } from 'rolekit/schema'", note: 'the zod schema itself' },
  { code: "export { renderPage } from 'rolekit/ssr';", label: "import { renderPage } from 'rolekit/ssr'", note: 'server rendering', platform: 'node' },
  { code: "export { greenhouse } from 'rolekit/feeds';", label: "import { greenhouse } from 'rolekit/feeds'", note: 'one ATS adapter' },
  { code: "export * from 'rolekit/feeds';", label: "import * as feeds from 'rolekit/feeds'", note: 'every ATS adapter' },
];

const NODE_BUILTIN = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** The package a bundled module comes from: rolekit's own dist/, or a dependency's name. */
function packageOf(id) {
  const at = id.lastIndexOf('node_modules/');
  if (at < 0) return pkg.name;
  const [scope, name] = id.slice(at + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

/** Bundles one entry; its minified and gzip bytes (first load, and lazily loaded chunks), the packages in it, and rolekit's modules in its first load. */
export async function measure(entry) {
  const bundle = await rolldown({
    input: ENTRY,
    platform: entry.platform ?? 'browser',
    logLevel: 'silent',
    external: (id) => NODE_BUILTIN.has(id),
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === ENTRY ? id : id === pkg.name || id.startsWith(`${pkg.name}/`) ? builtFile(id) : null),
        load: (id) => (id === ENTRY ? entry.code : null),
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'es', minify: true });
  await bundle.close();
  const sizes = { min: 0, gzip: 0, lazyGzip: 0, packages: new Set(), modules: new Set() };
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    const gz = gzipSync(chunk.code, { level: 9 }).length;
    if (chunk.isEntry) {
      sizes.min += Buffer.byteLength(chunk.code);
      sizes.gzip += gz;
    } else sizes.lazyGzip += gz;
    for (const id of Object.keys(chunk.modules)) {
      if (chunk.modules[id].renderedLength === 0) continue;
      sizes.packages.add(packageOf(id));
      // rolekit's own modules, as paths inside dist/ ("elements/faq/faq.js"), first load only
      if (chunk.isEntry && id.startsWith(`${ROOT}/dist/`)) sizes.modules.add(id.slice(ROOT.length + '/dist/'.length));
    }
  }
  return sizes;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

export async function table() {
  const notes = [];
  const rows = ['| import | what | minified | min + gzip | loaded later (gzip) | packages in the bundle |', '| --- | --- | ---: | ---: | ---: | --- |'];
  for (const entry of ENTRIES) {
    const s = await measure(entry);
    const packages = [...s.packages].sort((a, b) => (a === pkg.name ? -1 : b === pkg.name ? 1 : a.localeCompare(b)));
    const what = entry.platform === 'node' ? `${entry.note} (Node bundle; built-ins external)` : entry.note;
    // an import for its side effects alone that bundles to (almost) nothing: the bundler dropped
    // the code it should run (a module it runs is missing from package.json `sideEffects`)
    if (!entry.code.startsWith('export') && s.min < 100) notes.push(`\`${entry.label}\` bundles to nothing: a module it runs is not listed in package.json \`sideEffects\`, so the bundler drops it.`);
    rows.push(`| \`${entry.label}\` | ${what} | ${kb(s.min)} | ${kb(s.gzip)} | ${s.lazyGzip ? kb(s.lazyGzip) : '—'} | ${packages.join(', ')} |`);
  }
  return [rows.join('\n'), ...notes.map((n) => `\n**Note:** ${n}`)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const caption =
    `What one import from the npm build adds to a user's bundle after tree-shaking (rolekit ${pkg.version}; ` +
    'Rolldown, minified, gzip level 9; lit, zod and the other dependencies bundled in, as a user\'s bundle gets them; ' +
    'a bundle that already has Lit pays less). `npm run size:entries` prints it.';
  console.log(`${caption}\n\n${await table()}`);
}
