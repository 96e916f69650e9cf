// `npm start`: serves the demo career site (demo/ and the pages scripts/build-demo.ts generates
// in demo-dist/) with the built script-tag bundle and data/. Static files only — the pages load
// dist/cdn/rolekit.js exactly as a career site would.
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';

/**
 * The demo site's URLs: `/` the demo home, `/careers/` the listing and `/roles/<slug>/` a role
 * page (both server-rendered into demo-dist/); everything else is served from the project root.
 */
const demoRoutes = (ctx, next) => {
  if (ctx.path === '/' || ctx.path === '/index.html') ctx.path = '/demo/index.html';
  else if (ctx.path === '/careers') ctx.redirect('/careers/');
  else if (ctx.path === '/careers/' || /^\/roles\/[a-z0-9-]+\/$/.test(ctx.path)) ctx.path = `/demo-dist${ctx.path}index.html`;
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

/** Starts the demo server on `port` (0: any free port); resolves to its origin and a `stop()`. */
export async function startDemoServer(port) {
  const server = await startDevServer({
    config: { rootDir: '.', port, hostname: 'localhost', middleware: [compress, demoRoutes], watch: false },
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
