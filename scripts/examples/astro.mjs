// The Astro example's build, as `astro build` runs it (Astro's programmatic API, the root's Astro,
// examples/astro/astro.config.mjs), watched by the test at both places rolekit can be resolved:
// a Vite plugin records where each `rolekit…` import of the pages resolved in Astro's build, and a
// Node resolve hook records which files the prerendering really loaded for the imports Vite left
// external (rolekit/ssr). The proof that Astro rendered with the tarball's copy.
//   node scripts/examples/astro.mjs <app folder>   → prints the build's warnings, then one JSON
//   line (the last): { vite: [{ source, id, external }], node: [{ source, url }] }.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const app = process.argv[2];
if (!app) throw new Error('usage: node scripts/examples/astro.mjs <app folder>');
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const node = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => node.push(m));
port1.unref();
const HOOKS = `let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (specifier === 'rolekit' || specifier.startsWith('rolekit/')) port.postMessage({ source: specifier, url: result.url });
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, { data: { port: port2 }, transferList: [port2] });

const vite = [];
/** @type {import('vite').Plugin} */
const trace = {
  name: 'rolekit-examples-trace',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source !== 'rolekit' && !source.startsWith('rolekit/')) return null;
    const r = await this.resolve(source, importer, { ...options, skipSelf: true });
    vite.push({ source, id: r?.id ?? null, external: Boolean(r?.external) });
    return r;
  },
};
const { build } = await import('astro');
await build({ root: app, logLevel: 'warn', vite: { plugins: [trace] } });
await new Promise((done) => setTimeout(done, 100)); // the hook thread's last messages
console.log(JSON.stringify({ vite, node }));
