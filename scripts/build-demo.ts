/**
 * Writes the demo's role pages — demo-dist/roles/<slug>/index.html, one per sample role — each
 * rendering its role with <rk-role-page> from the script-tag bundle. Part of `npm start`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ROLE_FILES } from './data-index.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

rmSync('demo-dist', { recursive: true, force: true });
for (const file of ROLE_FILES) {
  const role = JSON.parse(readFileSync(file, 'utf8'));
  const dir = `demo-dist/roles/${role.slug}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/index.html`,
    `<!doctype html>
<html lang="${escape(role.language ?? 'en')}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(role.title)} — Northwind Careers (rolekit demo)</title>
    <meta name="description" content="${escape(role.summary)}" />
    <link rel="stylesheet" href="/demo/site.css" />
    <script src="/dist/cdn/rolekit.js" defer></script>
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="/">Northwind Careers</a>
      <nav aria-label="Site"><a href="/careers/">Roles</a> <a href="/#elements">Elements</a></nav>
    </header>
    <main>
      <p><a href="/careers/">← All roles</a></p>
      <rk-role-page src="/${file}" heading-level="1"></rk-role-page>
    </main>
    <footer class="site-footer"><p>Northwind is a fictional employer; this role is sample content for the rolekit demo.</p></footer>
  </body>
</html>
`,
  );
}
console.log(`wrote ${ROLE_FILES.length} role pages to demo-dist/roles/`);
