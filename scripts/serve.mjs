// `npm start`: serves the demo career site (demo/) with the built script-tag bundle and data/.
// Static files only — the page loads dist/cdn/rolekit.js exactly as a career site would.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);

/** `/` is the demo home; everything else is served from the project root as is. */
const demoRoot = (ctx, next) => {
  if (ctx.path === '/' || ctx.path === '/index.html') ctx.path = '/demo/index.html';
  return next();
};

const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', middleware: [demoRoot], watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.server.address();
console.log(`\nrolekit demo: http://localhost:${actual}/   (Ctrl+C to stop)\n`);
