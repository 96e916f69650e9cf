// `rolekit build`: the careers site from the sample roles and openings (and from YAML and
// Markdown files) — every page valid HTML (html-validate), no broken internal link (a crawler over
// the output), all content in the raw HTML (readable with JavaScript off), the sitemap, robots.txt,
// the script files with their hashes; the same site from one worker or two; an invalid file fails
// the build with every problem at file:line:col and leaves the previous site as it was. Run after
// `npm run build` (it renders with dist/ssr.js and copies dist/cdn/).
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { build } from '../../src/cli/build.js';
import { buildSite } from '../../src/content/build.js';
import type { Opening, Role } from '../../src/schema/index.js';

const BASE = 'https://careers.example.com';
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const ROLE_FILES = ['data/python-web-developer.json', ...readdirSync('data/roles').map((f) => `data/roles/${f}`)];
const OPENING_FILES = readdirSync('data/openings').filter((f) => f !== 'index.json').map((f) => `data/openings/${f}`);
const ROLES: Role[] = ROLE_FILES.map(json);
const OPENINGS: Opening[] = OPENING_FILES.map(json);
const HEADER = '<header class="site"><a href="/">Home</a> <nav aria-label="Site"><a href="/careers/">Roles</a> <a href="/jobs/">Jobs</a></nav></header>\n';
const FOOTER = '<footer class="site"><p>Example Co.</p></footer>\n';

let work: string;
let site: string;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'rolekit-build-'));
  site = join(work, 'site');
  writeFileSync(join(work, 'header.html'), HEADER);
  writeFileSync(join(work, 'footer.html'), FOOTER);
});
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs `rolekit build …` with collecting writers. */
async function run(argv: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await build(argv, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s), isTTY: tty });
  return { code, stdout, stderr };
}

/** Every file of a folder, relative, sorted. */
function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesOf(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort();
}

type Node = DefaultTreeAdapterMap['node'];
/** Every node of a parsed page, template contents (declarative shadow roots) included. */
function nodes(node: Node, out: Node[] = []): Node[] {
  out.push(node);
  const content = (node as { content?: Node }).content;
  if (content) nodes(content, out);
  for (const child of (node as { childNodes?: Node[] }).childNodes ?? []) nodes(child, out);
  return out;
}
const textOf = (html: string) =>
  nodes(parse(html))
    .filter((n) => n.nodeName === '#text' && !['script', 'style'].includes((n as { parentNode?: { nodeName: string } }).parentNode?.nodeName ?? ''))
    .map((n) => (n as { value: string }).value)
    .join(' ')
    .replace(/\s+/g, ' ');

describe('the sample site', () => {
  let result: { code: number; stdout: string; stderr: string };
  const pages = () => filesOf(site).filter((f) => f.endsWith('.html'));
  const read = (file: string) => readFileSync(join(site, file), 'utf8');

  before(async () => {
    result = await run(['data/python-web-developer.json', 'data/roles', 'data/openings', '--out', site, '--base-url', BASE, '--site-name', 'Example Careers', '--header', join(work, 'header.html'), '--footer', join(work, 'footer.html')]);
  });

  test('builds a page per role and per opening, the listings, and says so in one line', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `built ${ROLES.length} roles, ${OPENINGS.length} openings, ${ROLES.length + OPENINGS.length + 4} pages in ${/in ([\d.]+) s/.exec(result.stdout)?.[1]} s → ${site}\n`);
    const expected = ['404.html', 'careers/index.html', 'index.html', 'jobs/index.html', ...ROLES.map((r) => `roles/${r.slug}/index.html`), ...OPENINGS.map((o) => `jobs/${o.id}/index.html`)].sort();
    assert.deepEqual(pages(), expected);
    for (const r of ROLES) assert.deepEqual(json(join(site, `roles/${r.slug}.json`)).title, r.title);
    assert.deepEqual(json(join(site, 'roles/index.json')).roles.map((e: { href: string }) => e.href).sort(), ROLES.map((r) => `/roles/${r.slug}/`).sort());
    assert.equal(json(join(site, 'jobs/index.json')).openings.length, OPENINGS.length);
    assert.match(read('index.html'), /<meta http-equiv="refresh" content="0; url=\/careers\/">/);
  });

  test('every page is valid HTML (html-validate, standard rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const failures: string[] = [];
    for (const page of pages()) {
      // Lit's server renderer ends a template that ends in a binding with "<?>" (a bogus comment, read as a comment by every browser)
      const report = await validator.validateString(read(page).replaceAll('<?>', '<!---->'), page);
      for (const m of report.results.flatMap((r) => r.messages)) failures.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(failures, []);
  });

  test('no broken internal link: every href and src of every page (shadow roots included), and every canonical URL, is a file of the site', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages()) {
      const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, BASE);
      for (const node of nodes(parse(read(page)))) {
        for (const attr of (node as { attrs?: { name: string; value: string }[] }).attrs ?? []) {
          if (attr.name !== 'href' && attr.name !== 'src') continue;
          const url = new URL(attr.value, pageUrl);
          if (url.origin !== BASE) continue;
          checked++;
          const file = decodeURIComponent(url.pathname).replace(/\/$/, '/index.html').slice(1);
          if (!existsSync(join(site, file))) broken.push(`${page}: ${attr.value}`);
        }
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(checked > pages().length * 3, `links were followed (${checked})`);
  });

  test('readable with JavaScript off: each page holds its content as HTML', () => {
    for (const r of ROLES) {
      const text = textOf(read(`roles/${r.slug}/index.html`));
      for (const line of [r.title, r.summary, ...r.duties!, ...r.faq!.flatMap((f) => [f.question, f.answer]), r.coverLetter!.greeting]) {
        assert.ok(text.includes(line.replace(/\s+/g, ' ')), `${r.slug}: ${line.slice(0, 50)}`);
      }
    }
    for (const o of OPENINGS) {
      const first = o.description.find((b) => b.type === 'paragraph') as { text: string };
      assert.ok(textOf(read(`jobs/${o.id}/index.html`)).includes(first.text.replace(/\s+/g, ' ')), o.id);
    }
    const board = textOf(read('careers/index.html'));
    for (const r of ROLES) assert.ok(board.includes(r.title), `listed: ${r.title}`);
    assert.match(textOf(read('404.html')), /Page not found/);
  });

  test('the site header on every page, its link to the page itself marked aria-current', () => {
    for (const page of pages().filter((p) => p !== 'index.html' && p !== '404.html')) assert.ok(read(page).includes('<footer class="site">'), page);
    assert.ok(read('careers/index.html').includes('<a href="/careers/" aria-current="page">Roles</a>'));
    assert.ok(read('jobs/index.html').includes('<a href="/jobs/" aria-current="page">Jobs</a>'));
    assert.ok(!read('roles/data-analyst/index.html').includes('aria-current="page"'));
  });

  test('sitemap.xml lists every page once, lastmod from its document; robots.txt points at it', () => {
    const sitemap = read('sitemap.xml');
    const rows = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => [m[1], m[2]]);
    const expected = [
      [`${BASE}/careers/`, ROLES.map((r) => r.updated!).sort().at(-1)],
      ...ROLES.map((r) => [`${BASE}/roles/${r.slug}/`, r.updated]),
      [`${BASE}/jobs/`, OPENINGS.map((o) => o.posted).sort().at(-1)],
      ...OPENINGS.map((o) => [`${BASE}/jobs/${o.id}/`, o.posted]),
    ];
    assert.deepEqual(rows.sort(), expected.sort());
    assert.equal(read('robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${BASE}/sitemap.xml\n`);
  });

  test('the script files are in the site, versioned, and every page pins them by their hashes', () => {
    const { version } = json('package.json');
    /** The file's hash, by the algorithm `integrity` names (sha384 for the script, the manifest's for the pieces). */
    const sri = (file: string, integrity: string) => {
      const algorithm = integrity.split('-')[0];
      return `${algorithm}-${createHash(algorithm).update(readFileSync(join(site, file))).digest('base64')}`;
    };
    for (const page of pages().filter((p) => !['index.html', '404.html'].includes(p))) {
      const html = read(page);
      const script = /<script src="([^"]+)" integrity="([^"]+)" defer><\/script>/.exec(html);
      assert.ok(script, page);
      assert.equal(script[1], `/rolekit/${version}/rolekit.js`);
      assert.match(script[2], /^sha384-/);
      assert.equal(script[2], sri(script[1].slice(1), script[2]), `${page}: rolekit.js's integrity`);
      for (const [, href, integrity] of html.matchAll(/<link rel="modulepreload" href="([^"]+)" integrity="([^"]+)">/g)) assert.equal(integrity, sri(href.slice(1), integrity), `${page}: ${href}`);
    }
  });

  test('one worker or two: the same site, byte for byte', async () => {
    const one = join(work, 'one');
    const built = await buildSite({ inputs: ['data/python-web-developer.json', 'data/roles', 'data/openings'], out: one, baseUrl: BASE, siteName: 'Example Careers', header: HEADER, footer: FOOTER, workers: 1 });
    assert.ok(built.ok);
    assert.deepEqual(filesOf(one), filesOf(site));
    for (const file of filesOf(site)) assert.ok(readFileSync(join(one, file)).equals(readFileSync(join(site, file))), file);
  });
});

describe('sources in YAML and Markdown, and invalid sources', () => {
  test('roles written as YAML and Markdown build like JSON ones', async () => {
    const src = join(work, 'formats');
    mkdirSync(src, { recursive: true });
    for (const f of ['python-web-developer.md', 'ux-designer.yaml', 'mobile-developer.md']) cpSync(`test/fixtures/content/${f}`, join(src, f));
    const out = join(work, 'formats-site');
    const result = await run([src, '--out', out, '--base-url', BASE]);
    assert.equal(result.code, 0, result.stderr);
    for (const slug of ['python-web-developer', 'ux-designer', 'mobile-developer']) {
      const role = json(`data/${slug === 'python-web-developer' ? '' : 'roles/'}${slug}.json`);
      assert.ok(textOf(readFileSync(join(out, `roles/${slug}/index.html`), 'utf8')).includes(role.faq[0].answer), slug);
    }
    assert.ok(!existsSync(join(out, 'jobs')), 'no openings, no /jobs/');
  });

  test('an invalid file fails the build with every problem at file:line:col, and the previous site stays as it was', async () => {
    const src = join(work, 'broken');
    mkdirSync(src, { recursive: true });
    cpSync('data/roles', src, { recursive: true });
    const badJson = join(src, 'data-analyst.json');
    writeFileSync(badJson, readFileSync(badJson, 'utf8').replace(/"answer": "[^"]*"/, '"answer": 42'));
    const badYaml = join(src, 'ux-designer.yaml');
    writeFileSync(badYaml, readFileSync('test/fixtures/content/ux-designer.yaml', 'utf8').replace(/^slug: .*$/m, 'slug: Not A Slug'));
    rmSync(join(src, 'ux-designer.json'));
    const out = join(work, 'kept');
    assert.equal((await run([join(work, 'formats'), '--out', out, '--base-url', BASE])).code, 0);
    const before = filesOf(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);

    const result = await run([src, '--out', out, '--base-url', BASE]);
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split('\n');
    const jsonLine = readFileSync(badJson, 'utf8').split('\n').findIndex((l) => l.includes('"answer": 42')) + 1;
    const yamlLine = readFileSync(badYaml, 'utf8').split('\n').findIndex((l) => l.startsWith('slug:')) + 1;
    assert.ok(lines.some((l) => new RegExp(`^${badJson}:${jsonLine}:\\d+ error faq\\[0\\]\\.answer: `).test(l)), result.stderr);
    assert.ok(lines.some((l) => new RegExp(`^${badYaml}:${yamlLine}:\\d+ error slug: `).test(l)), result.stderr);
    assert.match(lines.at(-1)!, /^build failed: 2 problems in 2 files; fix them and build again \(.+ is untouched\)$/);
    assert.deepEqual(filesOf(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]), before, 'the previous site, unchanged');
    assert.deepEqual(readdirSync(dirname(out)).filter((f) => f.includes('rolekit-build')), [], 'no temporary folder left');
  });

  test('two roles with one slug, and an opening for a role that is not there', async () => {
    const src = join(work, 'clash');
    mkdirSync(src, { recursive: true });
    cpSync('data/roles/ux-designer.json', join(src, 'ux-designer.json'));
    cpSync('test/fixtures/content/ux-designer.yaml', join(src, 'ux-designer.yaml'));
    const clash = await run([src, '--out', join(work, 'clash-site'), '--base-url', BASE]);
    assert.equal(clash.code, 1);
    assert.match(clash.stderr, /ux-designer\.yaml:1:1 error slug: "ux-designer" is also the slug of .*ux-designer\.json/);
    rmSync(join(src, 'ux-designer.yaml'));
    cpSync('data/openings/python-web-developer-berlin.json', join(src, 'opening.json'));
    const orphan = await run([src, '--out', join(work, 'clash-site'), '--base-url', BASE]);
    assert.equal(orphan.code, 0, orphan.stderr);
    assert.match(orphan.stderr, /opening\.json:1:1 warning role: no role "python-web-developer" in this build/);
    assert.ok(!readFileSync(join(work, 'clash-site/jobs/python-web-developer-berlin/index.html'), 'utf8').includes('/roles/python-web-developer/'));
  });
});

describe('rolekit build, the command', () => {
  test('--help has an example; usage mistakes exit 2 with one line saying what to do', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Example: rolekit build /);
    for (const argv of [[], ['data/roles'], ['data/roles', '--out', 'x'], ['data/roles', '--out', 'x', '--base-url', 'careers.example.com'], ['data/roles', '--out', 'x', '--base-url', `${BASE}/jobs/`], ['data/roles', '--out', 'x', '--base-url', BASE, '--theme', 'pink'], ['--nope']]) {
      const result = await run(argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.ok(!existsSync('x'));
    }
  });

  test('one role, no openings: the summary line counts in the singular', async () => {
    const out = join(work, 'one');
    const result = await run(['data/python-web-developer.json', '--out', out, '--base-url', BASE]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^built 1 role, 0 openings, \d+ pages in [\d.]+ s → /);
  });

  test('errors of the person running it: one line, exit 1, no stack trace', async () => {
    const missing = await run(['no-such-folder', '--out', join(work, 'x'), '--base-url', BASE]);
    assert.deepEqual([missing.code, missing.stderr], [1, 'no-such-folder: no such folder or file\n']);
    const header = await run(['data/roles', '--out', join(work, 'x'), '--base-url', BASE, '--header', 'no-header.html']);
    assert.deepEqual([header.code, header.stderr], [1, 'no-header.html: cannot read the --header file (ENOENT): check the path\n']);
    const empty = mkdtempSync(join(work, 'empty-'));
    const none = await run([empty, '--out', join(work, 'x'), '--base-url', BASE]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^no role files in .* \(\.json, \.yaml, \.yml or \.md\)\n$/);
  });

  test('on a terminal, a progress bar on stderr', async () => {
    const result = await run(['data/roles', '--out', join(work, 'tty'), '--base-url', BASE], true);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /\r\[#{30}\] \d+\/\d+ pages\n$/);
  });
});
