/**
 * `npm run bench` (second part): how fast the seed role page goes from data in memory to laid-out
 * DOM, side by side in one page of headless Chromium — as static HTML (a string of the same
 * markup, the floor), as a React 19 render of the same content (`flushSync`), and as
 * `<rk-role-page>` (the one-file build: validation of the document included, its nested FAQ and
 * cover letter updated). Median of repeated runs, printed as a table with ratios. Measured,
 * never asserted.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from './chrome-path.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const role = readFileSync('data/python-web-developer.json', 'utf8');

/** The same content as <rk-role-page>, in React 19: header, contents, sections, letter, FAQ, links. */
const REACT_PAGE = `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
const facts = (g) => [['Typical education', g.education], ['Typical experience', g.experience], ['Key certifications', g.certifications], ['Top employer types', g.employerTypes], ['Growth outlook', g.growthOutlook]].filter(([, v]) => v);
const section = (id, title, ...body) => h('section', { id, key: id }, h('h2', null, title), ...body);
const paras = (texts) => h('div', null, texts.map((t, i) => h('p', { key: i }, t)));
function RolePage({ role: r }) {
  const g = r.atAGlance;
  return h('article', null,
    h('header', null, h('p', null, r.category.name), h('h1', null, r.title), h('p', null, 'Last updated ', h('time', { dateTime: r.updated }, r.updated)), h('p', null, r.summary)),
    h('nav', { 'aria-label': 'On this page' }, h('ul', null, ['Role at a glance', 'Duties and responsibilities', 'Overview', 'Qualifications', 'Career outlook', 'Sample cover letter', 'Frequently asked questions'].map((t) => h('li', { key: t }, h('a', { href: '#' }, t))))),
    section('at-a-glance', 'Role at a glance', h('dl', null, facts(g).map(([k, v]) => [h('dt', { key: k + 't' }, k), h('dd', { key: k + 'd' }, v)]), g.aiImpact && [h('dt', { key: 'ai' }, 'AI impact'), h('dd', { key: 'aid' }, h('meter', { min: 1, max: 5, value: 4 }), h('strong', null, g.aiImpact.rating), ' — ', g.aiImpact.text)])),
    section('duties', 'Duties and responsibilities', h('ul', null, r.duties.map((d, i) => h('li', { key: i }, d)))),
    section('overview', 'Overview', paras(r.overview)),
    section('qualifications', 'Qualifications', h('div', null, r.qualifications.map((q, i) => h('div', { key: i }, h('h3', null, q.heading, q.qualifier ? h('span', null, ' (' + q.qualifier + ')') : null), h('ul', null, q.items.map((it, j) => h('li', { key: j }, it))))))),
    section('career-outlook', 'Career outlook', paras(r.careerOutlook)),
    section('cover-letter', 'Sample cover letter', h('fieldset', null, h('legend', null, 'Fill in the placeholders'), h('label', null, 'Company', h('input', null)), h('label', null, 'Your Name', h('input', null))),
      h('div', null, [r.coverLetter.greeting, ...r.coverLetter.paragraphs, r.coverLetter.closing, r.coverLetter.signature].filter(Boolean).map((t, i) => h('p', { key: i }, t))), h('button', null, 'Copy letter')),
    section('faq', 'Frequently asked questions', h('button', null, 'Expand all'), r.faq.map((f, i) => h('details', { key: i }, h('summary', null, h('h3', null, f.question)), h('div', null, f.answer)))),
    h('footer', null, h('ul', null, (r.relatedLinks ?? []).map((l, i) => h('li', { key: i }, h('a', { href: l.href }, l.label))))));
}
let root;
window.renderReact = (role, stage) => { root?.unmount(); root = createRoot(stage); flushSync(() => root.render(h(RolePage, { role }))); };
`;

const reactBundle = (await build({ stdin: { contents: REACT_PAGE, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'iife', write: false, define: { 'process.env.NODE_ENV': '"production"' } })).outputFiles[0].text;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>role page bench</title>
<style>body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.5}dl{display:flex;flex-wrap:wrap}dt{flex:1 0 9em;font-weight:600}dd{flex:1 1 calc(100% - 11em);margin:0 0 .6em}section{margin-block-start:2em}details{border-block-start:1px solid #ccc}summary h3{display:inline;font-size:1em}</style>
<script src="/dist/cdn/rolekit.all.js"></script><script src="/react.js"></script></head><body><div id="stage"></div>
<script>
const stage = document.getElementById('stage');
const role = ${role};
const esc = (t) => String(t).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const list = (items) => '<ul>' + items.map((i) => '<li>' + esc(i) + '</li>').join('') + '</ul>';
const paras = (texts) => texts.map((t) => '<p>' + esc(t) + '</p>').join('');
function staticHtml(r) {
  const g = r.atAGlance;
  return '<article><header><p>' + esc(r.category.name) + '</p><h1>' + esc(r.title) + '</h1><p>Last updated <time>' + esc(r.updated) + '</time></p><p>' + esc(r.summary) + '</p></header>'
    + '<nav><ul>' + ['Role at a glance', 'Duties and responsibilities', 'Overview', 'Qualifications', 'Career outlook', 'Sample cover letter', 'Frequently asked questions'].map((t) => '<li><a href="#">' + t + '</a></li>').join('') + '</ul></nav>'
    + '<section><h2>Role at a glance</h2><dl>' + [['Typical education', g.education], ['Typical experience', g.experience], ['Key certifications', g.certifications], ['Top employer types', g.employerTypes], ['Growth outlook', g.growthOutlook]].filter(([, v]) => v).map(([k, v]) => '<dt>' + k + '</dt><dd>' + esc(v) + '</dd>').join('') + '<dt>AI impact</dt><dd><meter min="1" max="5" value="4"></meter><strong>' + esc(g.aiImpact.rating) + '</strong> — ' + esc(g.aiImpact.text) + '</dd></dl></section>'
    + '<section><h2>Duties and responsibilities</h2>' + list(r.duties) + '</section><section><h2>Overview</h2>' + paras(r.overview) + '</section>'
    + '<section><h2>Qualifications</h2>' + r.qualifications.map((q) => '<div><h3>' + esc(q.heading) + (q.qualifier ? ' <span>(' + esc(q.qualifier) + ')</span>' : '') + '</h3>' + list(q.items) + '</div>').join('') + '</section>'
    + '<section><h2>Career outlook</h2>' + paras(r.careerOutlook) + '</section>'
    + '<section><h2>Sample cover letter</h2><fieldset><legend>Fill in the placeholders</legend><label>Company<input></label><label>Your Name<input></label></fieldset>' + paras([r.coverLetter.greeting, ...r.coverLetter.paragraphs, r.coverLetter.closing, r.coverLetter.signature].filter(Boolean)) + '<button>Copy letter</button></section>'
    + '<section><h2>Frequently asked questions</h2><button>Expand all</button>' + r.faq.map((f) => '<details><summary><h3>' + esc(f.question) + '</h3></summary><div>' + esc(f.answer) + '</div></details>').join('') + '</section>'
    + '<footer>' + list((r.relatedLinks ?? []).map((l) => l.label)) + '</footer></article>';
}
const laidOut = () => stage.getBoundingClientRect().height + document.body.offsetHeight;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.bench = {
  async static() { stage.replaceChildren(); await frame(); const r = structuredClone(role); const t0 = performance.now(); stage.innerHTML = staticHtml(r); laidOut(); return performance.now() - t0; },
  async react() { window.renderReact(structuredClone(role), document.createElement('div')); stage.replaceChildren(); await frame(); const r = structuredClone(role); const t0 = performance.now(); window.renderReact(r, stage); laidOut(); return performance.now() - t0; },
  async rolekit() {
    stage.replaceChildren(); await frame(); const r = structuredClone(role);
    const t0 = performance.now();
    const el = document.createElement('rk-role-page'); el.data = r; stage.append(el);
    await el.updateComplete;
    await Promise.all([...el.shadowRoot.querySelectorAll('rk-faq, rk-cover-letter')].map((n) => n.updateComplete));
    laidOut();
    return performance.now() - t0;
  },
};
</script></body></html>`;

const server = createServer((req, res) => {
  const path = new URL(req.url!, 'http://x').pathname;
  if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  if (path === '/react.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(reactBundle);
  if (path === '/dist/cdn/rolekit.all.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('dist/cdn/rolekit.all.js'));
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };
const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/`);
const kinds = ['static', 'react', 'rolekit'] as const;
const times: Record<(typeof kinds)[number], number[]> = { static: [], react: [], rolekit: [] };
for (let i = 0; i < 3; i++) for (const kind of kinds) await page.evaluate((k) => (window as unknown as { bench: Record<string, () => Promise<number>> }).bench[k](), kind); // warm up
for (let i = 0; i < RUNS; i++) for (const kind of kinds) times[kind].push(await page.evaluate((k) => (window as unknown as { bench: Record<string, () => Promise<number>> }).bench[k](), kind));
const version = browser.version();
await browser.close();
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = median(times.static);
console.log(`\nThe seed role page, data in memory → laid-out DOM — median of ${RUNS} runs, Chromium ${version} headless, ${cpus().length} × ${cpus()[0]?.model.trim()}\n`);
console.log('| render | time | × static HTML | × React 19 |');
console.log('| --- | ---: | ---: | ---: |');
for (const [label, kind] of [['static HTML (the floor)', 'static'], ['React 19 (flushSync)', 'react'], ['<rk-role-page> (rolekit.all.js)', 'rolekit']] as const) {
  const t = median(times[kind]);
  console.log(`| ${label} | ${t.toFixed(1)} ms | ${(t / floor).toFixed(2)}× | ${(t / median(times.react)).toFixed(2)}× |`);
}
console.log('');
