// The script-tag bundle's weight against its budget. Prints the figures; exits 1 over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET_GZIP = 20 * 1024;
const FILE = 'dist/cdn/rolekit.js';

export function bundleSize(file = FILE) {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzip, brotli } = bundleSize();
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  const verdict = gzip <= BUDGET_GZIP ? 'within' : 'OVER';
  console.log(`${FILE}: ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli — ${verdict} the ${kb(BUDGET_GZIP)} gzip budget`);
  if (gzip > BUDGET_GZIP) process.exit(1);
}
