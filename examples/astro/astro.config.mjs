// Astro, static output (no adapter): every page is rendered with rolekit/ssr at build time, so the
// HTML holds the whole role (its declarative shadow roots), readable without JavaScript; the
// script tag then hydrates it.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

/** The script tag and the pieces it loads, from the installed package (same version as the renderer), at /rolekit/. */
const rolekitScript = {
  name: 'rolekit-script',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const from = fileURLToPath(new URL('node_modules/rolekit/dist/cdn/', import.meta.url));
      cpSync(from, fileURLToPath(new URL('rolekit/', dir)), { recursive: true });
    },
  },
};

export default defineConfig({
  output: 'static',
  integrations: [rolekitScript],
});
