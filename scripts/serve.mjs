// `npm start`: serves the demo career site (demo/ and the pages scripts/build-demo.ts generates
// in demo-dist/) with the built script-tag bundle and data/. Static files only — the pages load
// dist/cdn/rolekit.js exactly as a career site would.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';

/**
 * The demo site's URLs: each file of `pages` (demo-dist/ unless told: the site `rolekit build`
 * wrote, and the demo's own pages) at its path, a folder's index.html at the folder's path, and a
 * folder's path without its trailing slash redirected there; everything else is served from the
 * project root (demo/, data/).
 */
const demoRoutes = (pages) => (ctx, next) => {
  if (ctx.path === '/index.html') ctx.path = '/';
  const inSite = (path) => {
    try {
      return statSync(join(pages, path)).isFile();
    } catch {
      return false; // not there, or a file where the path wants a folder
    }
  };
  if (ctx.path.endsWith('/') && inSite(`${ctx.path}index.html`)) ctx.path = `/${pages}${ctx.path}index.html`;
  else if (!ctx.path.endsWith('/') && inSite(`${ctx.path}/index.html`)) return ctx.redirect(`${ctx.path}/${ctx.search}`);
  else if (!ctx.path.endsWith('/') && inSite(ctx.path)) ctx.path = `/${pages}${ctx.path}`;
  return next();
};

/** Compresses text responses, as any real host does (the audit's figures assume it). */
const compress = async (ctx, next) => {
  await next();
  const { body } = ctx;
  if (!body || ctx.status !== 200 || !ctx.acceptsEncodings('gzip') || !/text|javascript|json|svg/.test(ctx.type)) return;
  const chunks = [];
  if (typeof body.pipe === 'function') for await (const chunk of body) chunks.push(Buffer.from(chunk));
  else chunks.push(Buffer.from(body));
  ctx.body = gzipSync(Buffer.concat(chunks));
  ctx.set('Content-Encoding', 'gzip');
  ctx.vary('Accept-Encoding');
};

/**
 * Starts the demo server on `port` (0: any free port), serving the pages buildDemo wrote to
 * `pages` (a folder in the project); resolves to its origin and a `stop()`.
 */
export async function startDemoServer(port, { pages = 'demo-dist' } = {}) {
  const server = await startDevServer({
    config: { rootDir: '.', port, hostname: 'localhost', middleware: [compress, demoRoutes(pages)], watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://localhost:${server.server.address().port}`, stop: () => server.stop() };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { origin } = await startDemoServer(Number(process.env.PORT ?? 8000));
  console.log(`\nrolekit demo: ${origin}/   (Ctrl+C to stop)\n`);
}
