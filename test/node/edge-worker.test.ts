// Rendering at the edge: examples/worker/worker.js, bundled by examples/worker/build.mjs from the
// BUILT renderer (dist/ssr.js, as npm ships it — the build resolves `rolekit/ssr` there, never to
// src/), runs in workerd through miniflare with no `nodejs_compat`, and the same bundle in Deno
// with no permissions. Each request renders a role page: the same HTML as renderPage in Node,
// with its cache header; an unknown slug is a 404 page, an invalid document a 500 page (and the
// Worker goes on serving). In Deno, every element renders as in Node too. Run after `npm run build`.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import * as esbuild from 'esbuild';
import type { Plugin } from 'esbuild';
import { Miniflare } from 'miniflare';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { buildWorker, workerOptions } from '../../examples/worker/build.mjs';

import type * as SsrModule from '../../src/ssr/ssr.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ROOT = process.cwd();
const SLUG = 'data-analyst';
const role = JSON.parse(readFileSync(`data/roles/${SLUG}.json`, 'utf8'));
const PAGE_CACHE = 'public, max-age=300, s-maxage=86400';
/** A broken document among the Worker's roles (as a CMS might serve one): it has no title. */
const BROKEN = 'broken-role';
const OPENING = 'test/fixtures/openings/opening.json';
const OPENINGS = 'test/fixtures/openings/openings.json';

/** The Worker's roles (examples/worker/roles.js), and the broken one beside them. */
const withBrokenRole: Plugin = {
  name: 'with-broken-role',
  setup(build) {
    build.onResolve({ filter: /^\.\/roles\.js$/ }, (args) => (args.importer.endsWith('worker.js') ? { path: 'roles', namespace: 'test' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'test' }, () => ({
      resolveDir: ROOT,
      loader: 'js',
      contents: `import { roles as sample } from './examples/worker/roles.js';
        import broken from './data/fixtures/invalid/missing-title.json';
        export const roles = { ...sample, ${JSON.stringify(BROKEN)}: { ...broken, slug: ${JSON.stringify(BROKEN)} } };`,
    }));
  },
};

const timeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms).unref())]);

/** Resolves once `ready()` holds, checked every 20 ms; rejects after `ms`. */
async function waitFor(ready: () => boolean, ms: number, what: string): Promise<void> {
  for (const start = performance.now(); !ready(); await new Promise((r) => setTimeout(r, 20))) {
    if (performance.now() - start > ms) throw new Error(`${what}: not within ${ms} ms`);
  }
}

const elements = (node: Node, name: string, out: Element[] = []): Element[] => {
  if (node.nodeName === name) out.push(node as Element);
  if ('childNodes' in node) node.childNodes.forEach((child) => elements(child, name, out));
  if (node.nodeName === 'template') elements((node as unknown as { content: Node }).content, name, out);
  return out;
};
const attr = (node: Element, name: string) => node.attrs.find((a) => a.name === name)?.value;
const text = (node: Element) => node.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
/** All the text under `node`, template contents included, scripts left out, white space collapsed. */
const deepText = (node: Node): string => {
  if (node.nodeName === '#text') return (node as { value: string }).value.replace(/\s+/g, ' ');
  if (node.nodeName === 'script') return '';
  const content = node.nodeName === 'template' ? deepText((node as unknown as { content: Node }).content) : '';
  return ('childNodes' in node ? node.childNodes.map(deepText).join('') : '') + content;
};

let code = '';
let expected: (canonicalUrl: string) => string;

before(async () => {
  assert.ok(existsSync('dist/ssr.js'), 'dist/ssr.js is missing: run `npm run build` first');
  code = await buildWorker({ plugins: [withBrokenRole] });
  const built = (await import(resolve('dist/ssr.js'))) as typeof SsrModule;
  expected = (canonicalUrl) => built.renderPage(role, { canonicalUrl });
});

/** What a role page from the Worker must be: renderPage's page, with the parts a crawler and the browser read. */
async function assertRolePage(response: Response, origin: string) {
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(response.headers.get('cache-control'), PAGE_CACHE);
  const html = await response.text();
  const canonical = `${origin}/roles/${SLUG}/`;
  assert.equal(html, expected(canonical), 'the same page as renderPage in Node');
  const doc = parse(html);
  assert.equal(text(elements(doc, 'title')[0]), role.title);
  const page = elements(doc, 'rk-role-page');
  assert.equal(page.length, 1);
  // declarative shadow DOM holding the content: the heading and the summary are in it
  const shadow = page[0].childNodes.find((c): c is Element => c.nodeName === 'template');
  assert.equal(shadow && attr(shadow, 'shadowrootmode'), 'open');
  assert.equal(text(elements(shadow!, 'h1')[0]).trim(), role.title);
  assert.ok(deepText(shadow!).includes(role.summary), 'the summary is in the shadow root');
  const [ld] = elements(doc, 'script').filter((s) => attr(s, 'type') === 'application/ld+json');
  const graph = JSON.parse(text(ld)) as { '@graph': { '@type': string; name?: string; url?: string }[] };
  assert.equal(graph['@graph'].find((n) => n['@type'] === 'Occupation')?.name, role.title);
  assert.equal(graph['@graph'].find((n) => n['@type'] === 'WebPage')?.url, canonical);
}

describe('the Worker in workerd (miniflare)', () => {
  let mf: Miniflare | undefined;
  let origin = '';
  let logged = ''; // what the Worker writes (console.log/error), from workerd's stdout and stderr
  const get = (path: string) => fetch(`${origin}${path}`, { signal: AbortSignal.timeout(10_000) });

  before(async () => {
    mf = new Miniflare({
      modules: true,
      script: code,
      compatibilityDate: '2026-04-01', // and no compatibility flags: no nodejs_compat
      host: '127.0.0.1',
      port: 0, // a free one
      handleRuntimeStdio(stdout: Readable, stderr: Readable) {
        for (const stream of [stdout, stderr]) stream.on('data', (chunk: Buffer) => (logged += chunk));
      },
    });
    origin = (await timeout(mf.ready, 15_000, 'miniflare')).origin;
  });
  after(async () => {
    await mf?.dispose();
  });

  test('GET /roles/<slug> renders the role page, with a cache header', async () => {
    await assertRolePage(await get(`/roles/${SLUG}`), origin);
  });

  test('an unknown slug, or a path that is not a role, is a 404 page', async () => {
    for (const path of ['/roles/no-such-role', '/roles/constructor', '/roles/', '/', `/roles/${SLUG}/x`, `/roles/${SLUG.toUpperCase()}`]) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(await response.text(), /<h1>No such role<\/h1>/, path);
    }
  });

  test('an invalid document is a 500 page, not cached, and the Worker goes on serving', async () => {
    const response = await get(`/roles/${BROKEN}`);
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(await response.text(), /<h1>This role cannot be shown right now<\/h1>/);
    const why = new RegExp(`/roles/${BROKEN}: InvalidDocumentError: the document is invalid:\\s+title: is required`);
    await waitFor(() => why.test(logged), 5_000, 'the Worker logs why'); // workerd's output arrives on its own pipe
    await assertRolePage(await get(`/roles/${SLUG}/`), origin);
  });
});

/** The `deno` npm package's launcher, or undefined where it is not installed. */
function denoPath(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('deno/bin.cjs');
  } catch {
    return undefined;
  }
}
const DENO = denoPath() ? {} : { skip: 'the deno package is not installed' };

/** Runs `script` (an ES module, beside the files in `dir`) in Deno with no permissions; its exit status and output. */
async function deno(dir: string, script: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  writeFileSync(join(dir, 'run.js'), script);
  // its own process group: on a time-out the launcher and deno under it stop together
  const child = spawn(process.execPath, [denoPath()!, 'run', '--no-prompt', '--no-config', '--no-lock', join(dir, 'run.js')], {
    env: { ...process.env, DENO_DIR: join(dir, 'cache'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const closed = new Promise<number | null>((done) => child.on('close', done));
  try {
    return { status: await timeout(closed, 15_000, 'deno'), stdout, stderr };
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
}

describe('in Deno, with no permissions', DENO, () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rk-edge-deno-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the same Worker bundle answers as in workerd', async () => {
    writeFileSync(join(dir, 'worker.js'), code);
    // the Worker's fetch handler on three requests; each answer's status, cache header and body
    const { status, stdout, stderr } = await deno(
      dir,
      `import worker from './worker.js';
       const answers = [];
       for (const path of ['/roles/${SLUG}', '/roles/no-such-role', '/roles/${BROKEN}']) {
         const r = await worker.fetch(new Request('https://careers.example' + path));
         answers.push({ status: r.status, type: r.headers.get('content-type'), cache: r.headers.get('cache-control'), body: await r.text() });
       }
       console.log(JSON.stringify(answers));`,
    );
    assert.equal(status, 0, stderr);
    const [page, missing, broken] = JSON.parse(stdout) as { status: number; type: string; cache: string; body: string }[];
    assert.deepEqual({ ...page, body: undefined }, { status: 200, type: 'text/html; charset=utf-8', cache: PAGE_CACHE, body: undefined });
    assert.equal(page.body, expected(`https://careers.example/roles/${SLUG}/`), 'the same page as renderPage in Node');
    assert.equal(missing.status, 404);
    assert.equal(broken.status, 500);
    assert.match(stderr, new RegExp(`/roles/${BROKEN}: InvalidDocumentError`), 'the Worker logs why');
  });

  test('every element renders as renderElement does in Node', async () => {
    const files: Record<string, string> = { 'rk-role-board': 'data/index.json', 'rk-opening': OPENING, 'rk-openings': OPENINGS, 'rk-role-openings': OPENINGS };
    const built = (await import(resolve('dist/ssr.js'))) as typeof SsrModule;
    const docs = Object.fromEntries(built.TAG_NAMES.map((tag) => [tag, files[tag] ?? 'data/python-web-developer.json']));
    // rolekit/ssr bundled as the Worker is (examples/worker/build.mjs), each element with its document
    const { outputFiles } = await esbuild.build({
      ...workerOptions(),
      entryPoints: undefined,
      stdin: {
        resolveDir: ROOT,
        loader: 'js',
        contents: `import { renderElement, TAG_NAMES } from 'rolekit/ssr';
          ${built.TAG_NAMES.map((tag, i) => `import doc${i} from './${docs[tag]}';`).join('\n')}
          const docs = [${built.TAG_NAMES.map((_, i) => `doc${i}`).join(', ')}];
          export const rendered = Object.fromEntries(TAG_NAMES.map((tag, i) => [tag, renderElement(tag, docs[i])]));`,
      },
    });
    writeFileSync(join(dir, 'elements.js'), outputFiles[0].text);
    const { status, stdout, stderr } = await deno(dir, "import { rendered } from './elements.js';\nconsole.log(JSON.stringify(rendered));");
    assert.equal(status, 0, stderr);
    const rendered = JSON.parse(stdout) as Record<string, string>;
    assert.deepEqual(Object.keys(rendered), built.TAG_NAMES);
    for (const tag of built.TAG_NAMES) {
      assert.match(rendered[tag], new RegExp(`^<!--lit-part [^>]+--><!--lit-node 0--><${tag}\\s[^>]*><template [^>]*shadowrootmode="open"`), tag);
      assert.equal(rendered[tag], built.renderElement(tag, JSON.parse(readFileSync(docs[tag], 'utf8'))), tag);
    }
  });
});
