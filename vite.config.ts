import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { integrityFile, minifyLiterals, noFeeds, pieces, piecesInput, privateLit, staticJsonLd, terserPass } from './scripts/build/plugins.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const { version, dependencies = {} } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string; dependencies?: Record<string, string> };
/** The npm build leaves every dependency to the user's install (lit, zod, the CLI's parsers…): `name` and `name/…`. */
const DEPENDENCY = new RegExp(`^(${Object.keys(dependencies).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})($|/)`);
const MANIFEST = 'dist/cdn/pieces/manifest.json';
/** What the elements' pieces share: Lit, the base element, validation, strings, styles, events. */
const CORE = /node_modules\/(lit-html|lit-element|@lit\/reactive-element)\/|\/src\/(internal|schema|i18n|styles|events)\//;
/** …of which only the lists (the board, the openings) use these: large listings in slices. */
const LISTS = /\/src\/internal\/(slices|parse-in-slices)\.ts$/;
/** …and only the openings' elements these (with their English words). */
const OPENINGS = /\/src\/(internal\/opening-|schema\/(opening|parse-opening|links)|i18n\/en\/openings\.ts$)/;
/** …of which only the lists of openings use the row template. */
const OPENING_ROW = /\/src\/internal\/opening-row\.ts$/;
/** …and the JobPosting / ItemList builders: the opening's page uses them, a list only for `emit-jsonld` (loaded then). */
const JOBPOSTING = /\/src\/schema\/jobposting\.ts$/;
/** …and search (terms, highlighting) and the lists' words: the card, the board and the lists of openings — not the role or opening page. */
const SEARCH = /\/src\/(internal\/search|i18n\/en\/lists)\.ts$/;
const INTEGRITY = 'dist/cdn/integrity.json';
/** The built-in catalogues: npm modules `rolekit/locales/<lang>`, and script-tag pieces `locales/<lang, lower case>` (src/cdn/loader.ts). */
const LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'nl', 'pl', 'ar', 'he', 'ja', 'zh-CN'];

// Four builds (Vite cannot vary `external` or the format per output in one run), in this order
// (`npm run build`):
//   --mode cdn-all     dist/cdn/rolekit.all.js  every element in one self-contained classic script
//   --mode cdn         dist/cdn/pieces/         ES module pieces: one per element, shared chunks, manifest.json
//   --mode cdn-loader  dist/cdn/rolekit.js      the script tag: a small classic script that loads the pieces a page uses
//   (default)          dist/*.js                ES modules for npm; lit and zod stay dependencies
// Source uses Lit's `static properties`, not decorators: Vite 8 would ship decorators raw.
export default defineConfig(({ mode }) => {
  const manifest = existsSync(MANIFEST) ? readFileSync(MANIFEST, 'utf8') : 'undefined';
  const integrity = existsSync(INTEGRITY) ? readFileSync(INTEGRITY, 'utf8') : 'undefined';
  const define = { __ROLEKIT_VERSION__: JSON.stringify(version), __RK_PIECES__: manifest, __RK_INTEGRITY__: integrity };
  // a classic script with no exports: it sets `window.rolekit` itself (lib mode's named IIFE
  // would overwrite the first copy's namespace)
  const classic = (input: string, file: string, emptyOutDir: boolean) => ({
    define,
    plugins: [staticJsonLd(), minifyLiterals(), privateLit(), terserPass()],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir,
      sourcemap: true,
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: { input, output: { format: 'iife' as const, entryFileNames: file } },
    },
  });
  if (mode === 'cdn-all') {
    const all = classic('src/cdn/all.ts', 'rolekit.all.js', true);
    return { ...all, plugins: [noFeeds(), ...all.plugins] };
  }
  if (mode === 'cdn-loader') {
    if (manifest === 'undefined') throw new Error(`the loader embeds ${MANIFEST}: run \`vite build --mode cdn\` first`);
    const loader = classic('src/cdn/loader.ts', 'rolekit.js', false);
    return { ...loader, plugins: [...loader.plugins, integrityFile(['rolekit.js', 'rolekit.all.js'])] };
  }
  if (mode === 'cdn') {
    return {
      define,
      plugins: [minifyLiterals(), privateLit({ pieces: true }), terserPass(), pieces(root)],
      build: {
        target: 'es2022',
        outDir: 'dist/cdn/pieces',
        emptyOutDir: true,
        sourcemap: true,
        minify: true,
        reportCompressedSize: false,
        lib: { entry: { ...piecesInput(root), ...Object.fromEntries(LOCALES.slice(1).map((l) => [`locales/${l.toLowerCase()}`, `src/i18n/locales/${l}.ts`])) }, formats: ['es' as const] },
        rolldownOptions: {
          preserveEntrySignatures: 'exports-only' as const,
          output: {
            format: 'es' as const,
            entryFileNames: '[name].js',
            // no [hash]: rolldown's depends on the folder the build runs in; the version is in the path
            chunkFileNames: 'chunks/[name].js',
            // what two or more elements share (Lit, the base element, validation, strings, styles)
            // in one file: fewer requests and hashes, and it compresses better as one
            // — but not the openings' code, nor the lists', which fewer pieces share: chunks of their own
            codeSplitting: {
              groups: [
                { name: 'core', tags: ['$initial' as const], minShareCount: 2, priority: 3, test: (id: string) => CORE.test(id) && !OPENINGS.test(id) && !LISTS.test(id) && !JOBPOSTING.test(id) && !SEARCH.test(id) },
                { name: 'search', tags: ['$initial' as const], minShareCount: 2, priority: 1, test: SEARCH },
                { name: 'openings', tags: ['$initial' as const], minShareCount: 2, priority: 2, test: (id: string) => OPENINGS.test(id) && !OPENING_ROW.test(id) },
                { name: 'lists', tags: ['$initial' as const], minShareCount: 2, priority: 1, test: LISTS },
              ],
            },
          },
        },
      },
    };
  }
  return {
    define,
    plugins: [minifyLiterals()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false, // `npm run build` clears dist/ first; dist/cdn/ is built before this
      sourcemap: true,
      minify: false,
      reportCompressedSize: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          define: 'src/define.ts',
          schema: 'src/schema/index.ts',
          feeds: 'src/feeds/index.ts',
          ssr: 'src/ssr/ssr.ts',
          cli: 'src/cli/cli.ts',
          ...Object.fromEntries(LOCALES.map((l) => [`locales/${l}`, `src/i18n/locales/${l}.ts`])),
        },
        formats: ['es'],
      },
      rolldownOptions: { external: [DEPENDENCY, /^@lit\//, /^@lit-labs\//, /^lit-html($|\/)/, /^node:/], output: { preserveModules: true, preserveModulesRoot: 'src' } },
    },
  };
});
