// `npm start`: serves the demo career site (demo/ and the pages scripts/build-demo.ts generates
// in demo-dist/) with the built script-tag bundle and data/. Static files only — the pages load
// dist/cdn/rolekit.js exactly as a career site would.
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';

/** The demo's server-rendered pages (each a folder with an index.html in demo-dist/): `/`, `/careers/`, `/roles/<slug>/`, `/jobs/`, `/jobs/<id>/`, `/examples/errors/`. */
const PAGE = /^\/(?:careers\/|examples\/errors\/|roles\/[a-z0-9-]+\/|jobs\/(?:[a-z0-9-]+\/)?)?$/;

/**
 * The demo site's URLs: each page of `pages` (demo-dist/ unless told) at its path, and the
 * same path without its trailing slash redirected there; everything else is served from the
 * project root.
 */
const demoRoutes = (pages) => (ctx, next) => {
  if (ctx.path === '/index.html') ctx.path = '/';
  if (PAGE.test(ctx.path)) ctx.path = `/${pages}${ctx.path}index.html`;
  else if (PAGE.test(`${ctx.path}/`)) return ctx.redirect(`${ctx.path}/${ctx.search}`);
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
