// What each kind of page downloads: all its JavaScript, gzip level 9, file by file as the
// browser fetches it (the script tag, then the pieces of dist/cdn/pieces/manifest.json that the
// loader fetches for the page's elements — test/node/loader.test.ts proves those are exactly the
// files a page requests). Prints the table; exits 1 when a page is over its limit.
//
// `goal` is the budget issue 12 set; `limit` is what npm test enforces today: the goal where
// it is met, else the current weight (rounded up) so that nothing grows while the gap is closed.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
const CDN = 'dist/cdn';

/** Page kinds: the pieces their elements need, whether server-rendered (hydration support), the goal and the enforced limit. */
// Issue 17 (plural messages through Intl.PluralRules / Intl.NumberFormat, the UI in the closest
// `lang`, arrows that point the way right-to-left text reads) added 0.1–0.3 KB: limits raised by
// that, as measured 2026-12-02. Then (session 7) the script tag learned to load the page's
// catalogue: the loader embeds ten more files with their sha256 (+0.56 KB on every page, ~0.48 KB
// of it hashes, which do not compress); search moved out of the shared core (role and opening
// pages −0.5–0.75 KB, lists +0.05–0.27 KB); an opening's links (+0.3 KB to openings pages).
// Limits set to those measured weights (node scripts/size.mjs, 2026-12-02 07:05 UTC).
// Session 9: the JSON-LD controller loads on first use with the builders (−0.34 KB on every
// page; the one-file build, which has it anyway, +0.06 KB for the lazy step), and the English
// words come in groups (src/i18n/en/): the openings' words in the openings chunk, the lists' in
// the search chunk, so a role page or a page of cards carries neither (−0.2–0.4 KB); an openings
// page, which carries every group, +0.2 KB. Limits lowered to the new weights (2026-12-02 17:20 UTC).
export const PAGES = [
  { page: 'the script tag itself (rolekit.js)', pieces: null, goal: 2.5 * KB, limit: 3.55 * KB },
  { page: 'one-file build (rolekit.all.js)', pieces: null, file: 'rolekit.all.js', goal: 26 * KB, limit: 31.25 * KB },
  { page: 'only <rk-role-card>s', pieces: ['api', 'rk-role-card'], goal: 10 * KB, limit: 19.9 * KB },
  { page: 'a role page (<rk-role-page>)', pieces: ['api', 'rk-role-page'], goal: 16 * KB, limit: 23.2 * KB },
  { page: 'a role page, server-rendered', pieces: ['api', 'hydrate', 'rk-role-page'], goal: 16 * KB, limit: 25.55 * KB },
  { page: 'a careers page (<rk-role-board>)', pieces: ['api', 'rk-role-board'], goal: 14 * KB, limit: 23.7 * KB },
  { page: 'a careers page, server-rendered', pieces: ['api', 'hydrate', 'rk-role-board'], goal: 14 * KB, limit: 26 * KB },
  // issue 13's goals; limits as measured (2026-12-02, after open positions on role pages and cards, and feed= on the list; the shared core chunk is most of it)
  { page: 'an openings page (<rk-openings>)', pieces: ['api', 'rk-openings'], goal: 16 * KB, limit: 28.55 * KB },
  { page: 'an opening page (<rk-opening>)', pieces: ['api', 'rk-opening'], goal: 16 * KB, limit: 24.55 * KB },
  // a role page with its open positions (openings-src): the role page's weight plus the short list's
  { page: 'a role page with its open positions', pieces: ['api', 'rk-role-page', 'rk-role-openings'], goal: 16 * KB, limit: 30.65 * KB },
];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const brotli = (file) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Each page kind's files, requests, gzip bytes and round trips after the script tag. */
export function measure() {
  const manifest = JSON.parse(readFileSync(`${CDN}/pieces/manifest.json`, 'utf8'));
  return PAGES.map((kind) => {
    const files = [`${CDN}/${kind.file ?? 'rolekit.js'}`];
    if (kind.pieces) {
      const indexes = new Set(kind.pieces.flatMap((name) => manifest.pieces[name]));
      for (const i of indexes) files.push(`${CDN}/pieces/${manifest.files[i]}`);
    }
    const bytes = files.reduce((sum, file) => sum + gzip(file), 0);
    // after the script tag: the loader fetches every piece at once (one round trip); a server-rendered
    // page preloads them beside the script tag (none)
    const roundTrips = kind.pieces && !kind.pieces.includes('hydrate') ? 1 : 0;
    return { ...kind, requests: files.length, bytes, brotli: files.reduce((sum, file) => sum + brotli(file), 0), roundTrips };
  });
}

/** The seed role's server-rendered page (renderPage from the built dist/ssr.js): raw and gzip bytes of its HTML. */
export async function ssrPageSize() {
  const { renderPage } = await import('../dist/ssr.js');
  const html = Buffer.from(renderPage(JSON.parse(readFileSync('data/python-web-developer.json', 'utf8')), {}));
  return { raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  const rows = measure();
  console.log('| page | JS requests | round trips after the script | JS gzip | brotli | goal | limit | |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  let over = 0;
  for (const r of rows) {
    const verdict = r.bytes > r.limit ? 'OVER the limit' : r.bytes > r.goal ? `goal missed by ${kb(r.bytes - r.goal)}` : 'within';
    if (r.bytes > r.limit) over++;
    console.log(`| ${r.page} | ${r.requests} | ${r.roundTrips} | ${kb(r.bytes)} | ${kb(r.brotli)} | ${kb(r.goal)} | ${kb(r.limit)} | ${verdict} |`);
  }
  const ssr = await ssrPageSize();
  console.log(`\nthe seed role page, server-rendered: ${kb(ssr.raw)} of HTML (${kb(ssr.gzip)} gzip); goal 45.00 KB raw`);
  console.log(over ? `\n${over} page kind(s) over the limit` : '\nevery page kind within its limit');
  if (over) process.exit(1);
}
