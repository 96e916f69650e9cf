// `npm run test:examples` (in `npm test`, after the build): the examples/ apps as users build them,
// from the package as users receive it. Packs the repository once (`npm pack`, the tarball of
// `npm run build`'s dist/), copies the tarball's package/ into each app's node_modules/rolekit,
// type-checks and builds each app with the root's toolchain (its devDependencies: one install),
// serves each built app on a free port and loads it in Chromium (playwright-core, the system's
// Chromium; CHROME_PATH overrides): the role page rendered, rk-ready arrived, no error, no CSP
// violation, axe clean, plus each app's own checks (types that bite, hydration, Trusted Types).
//   node scripts/examples.mjs [app…]   (apps: html react vue eleventy astro; default all)
import { existsSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPS } from './examples/apps.mjs';
import { axe, hydration, launch, pageText, state, visit } from './examples/browser.mjs';
import { install, pack, packedVersion } from './examples/pack.mjs';
import { serve } from './examples/serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const names = process.argv.slice(2);
for (const name of names) if (!APPS[name]) throw new Error(`unknown example "${name}" (known: ${Object.keys(APPS).join(', ')})`);
const selected = names.length ? names : Object.keys(APPS);

if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/cdn/rolekit.js'))) {
  console.error('examples: no build in dist/ — run `npm run build` first.');
  process.exit(1);
}

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
const fetchText = (url) =>
  new Promise((resolve, reject) => get(url, (res) => { let body = ''; res.setEncoding('utf8').on('data', (c) => (body += c)).on('end', () => resolve(body)); }).on('error', reject));

/** Throws `message` (with `detail`) unless `ok`. */
function expect(ok, message, detail) {
  if (!ok) throw new Error(detail === undefined ? message : `${message}: ${typeof detail === 'string' ? detail : JSON.stringify(detail, null, 2)}`);
}

/** Loads one page of a built app and checks it. Returns a one-line summary. */
async function checkPage(browser, origin, spec, page) {
  const url = `${origin}${page.path}`;
  if (page.ssr) {
    // the HTML as the server sent it, before any script: the element and its content are in it
    const html = await fetchText(url);
    expect(/<template shadowroot(mode)?="open"/.test(html), `${page.path}: no declarative shadow root in the server's HTML`);
    expect(html.includes(spec.title) && html.includes(spec.faq), `${page.path}: the server's HTML lacks the role's title or FAQ`);
  }
  const v = await visit(browser, url, { readyTag: page.tag, timeout: 60_000 });
  try {
    const s = await state(v.page);
    expect(s.errors.length === 0, `${page.path}: rk-error`, s.errors);
    const ready = s.ready.find((r) => r.tag === page.tag);
    expect(ready?.title === spec.title, `${page.path}: rk-ready from <${page.tag}> with the role "${spec.title}"`, s.ready);
    expect(s.violations.length === 0, `${page.path}: Content Security Policy violations`, s.violations);
    expect(v.pageErrors.length === 0, `${page.path}: page errors`, v.pageErrors);
    const noisy = v.console.filter((m) => /^(error|warning|warn|assert):/.test(m));
    expect(noisy.length === 0, `${page.path}: console errors or warnings (a hydration mismatch would be one)`, noisy);
    const text = await pageText(v.page);
    expect(text.includes(spec.title) && text.includes(spec.faq), `${page.path}: the page does not show the role (title and FAQ)`, text.slice(0, 300));
    const checks = ['rk-ready', 'no errors', 'no CSP violation'];
    if (page.status) {
      // the app's own listener, wired through the framework's event binding
      const status = (await v.page.textContent('#status'))?.trim();
      expect(status === `Loaded: ${spec.title}`, `${page.path}: the app's rk-ready handler did not run`, status);
      checks.push('app handler');
    }
    if (page.ssr) {
      const h = await hydration(v.page);
      expect(h.inShadow > 20, `${page.path}: the server's shadow DOM was not recorded before the scripts ran`, h);
      expect(h.lost === 0, `${page.path}: hydration replaced ${h.lost} of the ${h.recorded} server-rendered nodes`, h);
      // interactive after hydration: the first question opens
      const question = v.page.locator(`${page.tag === 'rk-faq' ? '' : 'rk-role-page '}rk-faq summary`).first();
      await question.click();
      const open = await question.evaluate((el) => el.parentElement.open);
      expect(open === true, `${page.path}: the FAQ answer did not open on click`);
      checks.push(`hydrated (${h.recorded} nodes kept)`, 'FAQ opens');
    }
    const violations = await axe(v.page);
    expect(violations.length === 0, `${page.path}: axe`, violations);
    checks.push('axe clean');
    if (page.csp) {
      // the policy is really in force: Trusted Types refuse a plain string in an HTML sink
      const refused = await v.page.evaluate(`(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'accepted'; } catch (e) { return e.name; } })()`);
      expect(refused === 'TypeError', `${page.path}: the page's CSP does not enforce Trusted Types`, refused);
      checks.push('Trusted Types enforced');
    }
    return `${page.path}: ${checks.join(', ')}`;
  } finally {
    await v.context.close();
  }
}

/** Installs, builds and checks one app; its lines are printed together when it is done. */
async function runApp(name, unpacked, browser) {
  const spec = APPS[name];
  const app = join(ROOT, 'examples', name);
  const t0 = performance.now();
  const timings = [];
  const lines = [];
  let failure;
  let server;
  try {
    install(unpacked, app);
    for (const [step, run] of spec.build({ root: ROOT, app, unpacked })) {
      const t = performance.now();
      const summary = await run();
      timings.push(`${step} ${seconds(t)} s`);
      lines.push(`  ${name} · ${step}: ${summary}`);
    }
    const t = performance.now();
    server = await serve(join(app, spec.out));
    for (const page of spec.pages) lines.push(`  ${name} · browser ${await checkPage(await browser, server.origin, spec, page)}`);
    timings.push(`browser ${seconds(t)} s`);
  } catch (error) {
    failure = error;
    lines.push(`  ${name} FAILED: ${error.stack ?? error}`);
  } finally {
    await server?.close();
  }
  (failure ? console.error : console.log)(lines.join('\n'));
  return { name, ok: !failure, total: seconds(t0), timings };
}

const started = performance.now();
const { dir, unpacked, files } = pack(ROOT);
console.log(`examples: packed rolekit ${packedVersion(unpacked)} (${files} files) in ${seconds(started)} s`);
const results = [];
// two apps at a time (this is a 2-core budget): one type-checks while the other builds or loads
const browser = launch();
try {
  const queue = [...selected];
  const worker = async () => {
    for (let name; (name = queue.shift()); ) results.push(await runApp(name, unpacked, browser));
  };
  await Promise.all([worker(), worker()]);
} finally {
  await (await browser.catch(() => undefined))?.close();
  rmSync(dir, { recursive: true, force: true });
}
results.sort((a, b) => selected.indexOf(a.name) - selected.indexOf(b.name));

console.log(`\nexamples (${seconds(started)} s in all, the pack included):`);
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(9)} ${r.total.padStart(5)} s   (${r.timings.join(' · ')})`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.error(`examples: ${failed.length} of ${results.length} failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
console.log(`examples: all ${results.length} built from the tarball and passed.`);
