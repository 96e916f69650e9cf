// Runs the Worker locally in workerd (miniflare, as `wrangler dev` does), from the built package:
//   npm run build && node examples/worker/serve.mjs [port]     then open /roles/data-analyst
import { Miniflare } from 'miniflare';
import { buildWorker } from './build.mjs';

const port = Number(process.argv[2] ?? 8787);
const mf = new Miniflare({ modules: true, script: await buildWorker(), compatibilityDate: '2026-04-01', host: '127.0.0.1', port });
const url = await mf.ready;
console.log(`${new URL('/roles/data-analyst', url)}  (Ctrl-C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void mf.dispose().then(() => process.exit(0)));
