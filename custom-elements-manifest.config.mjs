// `cem analyze` reads this: the Custom Elements Manifest (custom-elements.json) that feeds
// Storybook's docs and controls, editors and the package's "customElements" field. The framework
// types (dist/types/frameworks/) and editor data (dist/editors/) are generated from it by the
// generator plugins at the end (see scripts/framework-types.mjs).
import { frameworkPlugins } from './scripts/framework-types.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cdn/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    {
      // `@dependency rk-faq` in a class's JSDoc (as Shoelace writes it): an element it renders in
      // its own shadow root. The script tag's loader defines those along with it (it does not look
      // inside shadow roots), and renderPage preloads them.
      name: 'rolekit:dependencies',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const tags = (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []).filter((tag) => tag.tagName.text === 'dependency');
        if (!tags.length) return;
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
        if (declaration) declaration.dependencies = tags.map((tag) => String(tag.comment).trim().split(/\s/)[0]);
      },
    },
    {
      // the analyzer reads the files in whatever order the file system hands them over, so two
      // runs could list the modules differently; the build and the README are generated from this
      // file, and must not change when nothing did
      name: 'rolekit:stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // events are documented with @fires; the analyzer also lists each dispatchEvent(new X())
      // call as a nameless event, which would show as an empty row in the docs
      name: 'rolekit:drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((event) => event.name);
          }
        }
      },
    },
    ...frameworkPlugins(),
  ],
};
