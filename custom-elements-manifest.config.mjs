// `cem analyze` reads this: the Custom Elements Manifest (custom-elements.json) that feeds
// Storybook's docs and controls, editors and the package's "customElements" field.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cdn.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
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
  ],
};
