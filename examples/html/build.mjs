// The "build" of a plain HTML site: copy the pages and, from the installed package, the script
// tag's files (node_modules/rolekit/dist/cdn: rolekit.js and the pieces it loads) into dist/.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
// resolved as an app resolves it: this folder's node_modules/rolekit
const pkg = dirname(createRequire(join(here, 'package.json')).resolve('rolekit/package.json'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const file of ['index.html', 'app.js', 'site.css', 'roles']) cpSync(join(here, file), join(out, file), { recursive: true });
cpSync(join(pkg, 'dist', 'cdn'), join(out, 'rolekit'), { recursive: true });
console.log(`built ${out} with rolekit from ${pkg}`);
