// `rolekit feed` against a local server imitating each ATS's public API (127.0.0.1, a free port):
// nothing here reaches the internet. Most tests call the command in-process; one runs the built
// dist/cli.js (after `npm run build`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { feed } from '../../src/cli/feed.js';
import { retryAfterMs } from '../../src/cli/feed-fetch.js';
import { SOURCES } from '../../src/cli/feed-sources.js';
import { parseOpening, parseOpeningIndex } from '../../src/schema/index.js';
import { listen } from './listen.js';

const fixture = (ats: string, name = 'small.json') => readFileSync(`test/fixtures/feeds/${ats}/${name}`, 'utf8');
const json = (ats: string, name?: string) => JSON.parse(fixture(ats, name));

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;
/** Routes by path (without the query); a test may put its own. Each request is logged. */
const routes = new Map<string, Handler>();
const log: { path: string; query: URLSearchParams; at: number }[] = [];
const send = (res: ServerResponse, status: number, body: string, type = 'application/json', headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers }).end(body);

const server = createServer((req, res) => {
  const url = new URL(req.url!, 'http://x');
  log.push({ path: url.pathname, query: url.searchParams, at: Date.now() });
  const handler = routes.get(url.pathname);
  if (handler) handler(req, res, url);
  else send(res, 404, '{"error":"not found"}');
});
let origin = '';
const sockets = new Set<Socket>();
server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
before(async () => (origin = await listen(server)));
after(() => {
  for (const s of sockets) s.destroy();
  server.close();
});

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolekit-feed-'));
  dirs.push(dir);
  return dir;
};
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Run {
  code: number;
  out: string;
  err: string;
}
async function run(args: string[], tty = false): Promise<Run> {
  let out = '';
  let err = '';
  const code = await feed(args, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s), isTTY: tty });
  return { code, out, err };
}
const base = (ats: string) => ['--base-url', `${origin}/${ats}`];
const files = (dir: string) => readdirSync(dir).sort();

/** Every file is a valid opening named after its id, and index.json lists exactly them. */
function checkFolder(dir: string): string[] {
  const names = files(dir);
  assert.ok(names.includes('index.json'), names.join());
  const ids = names.filter((n) => n !== 'index.json').map((n) => n.slice(0, -'.json'.length));
  for (const id of ids) {
    const parsed = parseOpening(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.equal(parsed.value.id, id);
  }
  const index = parseOpeningIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  assert.ok(index.ok, JSON.stringify(index));
  assert.deepEqual(index.value.openings.map((o) => o.id).sort(), ids);
  return ids;
}

// ---- each ATS, fetched from its imitation ----

test('workable: one request to /api/v1/widget/accounts/{slug}?details=true, the jobs written', async () => {
  routes.set('/workable/api/v1/widget/accounts/harbor', (_q, res) => send(res, 200, fixture('workable')));
  const out = join(tempDir(), 'openings');
  const r = await run(['workable:harbor', '--out', out, ...base('workable')]);
  assert.equal(r.code, 0, r.err);
  // warnings alone: exit 0, each said on its own line
  assert.deepEqual(r.err.trimEnd().split('\n').map((l) => l.replace(/: warning: .*/, '')), ['workable:harbor job 6A1B2C3D4E jobs[0]', 'workable:harbor job 7F8E9D0C1B jobs[1].city']);
  const request = log.findLast((l) => l.path.startsWith('/workable/'))!;
  assert.equal(request.query.get('details'), 'true');
  assert.equal(checkFolder(out).length, json('workable').jobs.length);
  assert.match(r.out, /^workable:harbor: 3 openings written to .*openings \(0 errors, 2 warnings\)\n$/);
});

test('recruitee: {board} in --base-url is the company subdomain; /api/offers/', async () => {
  routes.set('/recruitee/make/api/offers/', (_q, res) => send(res, 200, fixture('recruitee')));
  const out = join(tempDir(), 'o');
  const r = await run(['recruitee:make', '--out', out, '--base-url', `${origin}/recruitee/{board}`]);
  assert.equal(r.code, 0, r.err);
  const published = json('recruitee').offers.filter((o: { status: string }) => o.status === 'published');
  assert.equal(checkFolder(out).length, published.length);
});

test('smartrecruiters: the list in pages of 100 by offset, then one detail request per posting; progress only on a terminal', async () => {
  const small = json('smartrecruiters');
  const template = small.postings[0];
  const postings = Array.from({ length: 230 }, (_, i) => ({ ...template, id: String(800000000000000 + i), name: `Role ${i}` }));
  routes.set('/sr/v1/companies/Northwind/postings', (_q, res, url) => {
    const offset = Number(url.searchParams.get('offset'));
    const limit = Number(url.searchParams.get('limit'));
    send(res, 200, JSON.stringify({ offset, limit, totalFound: postings.length, content: postings.slice(offset, offset + limit) }));
  });
  for (const p of postings) routes.set(`/sr/v1/companies/Northwind/postings/${p.id}`, (_q, res) => send(res, 200, JSON.stringify({ ...small.details[template.id], id: p.id })));
  const before = log.length;
  const out = join(tempDir(), 'o');
  const tty = await run(['smartrecruiters:Northwind', '--out', out, ...base('sr')], true);
  assert.equal(tty.code, 0, tty.err);
  const requests = log.slice(before);
  const lists = requests.filter((l) => l.path === '/sr/v1/companies/Northwind/postings');
  assert.deepEqual(lists.map((l) => [l.query.get('offset'), l.query.get('limit')]), [['0', '100'], ['100', '100'], ['200', '100']]);
  assert.equal(requests.length - lists.length, 230);
  assert.equal(checkFolder(out).length, 230);
  assert.match(tty.err, /\rsmartrecruiters:Northwind: details 0\/230/);
  assert.match(tty.err, /\rsmartrecruiters:Northwind: details 230\/230\n$/);
  const quiet = await run(['smartrecruiters:Northwind', '--out', out, ...base('sr')], false);
  assert.equal(quiet.code, 0, quiet.err);
  assert.doesNotMatch(quiet.err, /details/);
});

test('personio: /xml?language= from --language (en by default), redirects not followed: an unknown company has no board', async () => {
  routes.set('/personio/unu/xml', (_q, res) => send(res, 200, fixture('personio', 'small.xml'), 'application/xml'));
  routes.set('/personio/gone/xml', (_q, res) => res.writeHead(307, { location: 'https://www.personio.com/' }).end());
  const out = join(tempDir(), 'o');
  const r = await run(['personio:unu', '--out', out, '--organization', 'Unu Motors', '--base-url', `${origin}/personio/{board}`]);
  assert.equal(r.code, 0, r.err);
  assert.equal(log.findLast((l) => l.path === '/personio/unu/xml')!.query.get('language'), 'en');
  const ids = checkFolder(out);
  assert.equal(ids.length, 3);
  const opening = JSON.parse(readFileSync(join(out, `${ids[0]}.json`), 'utf8'));
  assert.match(opening.applyUrl, /^https:\/\/unu\.jobs\.personio\.de\/job\/\d+$/);
  await run(['personio:unu', '--out', out, '--organization', 'Unu Motors', '--language', 'de', '--base-url', `${origin}/personio/{board}`]);
  assert.equal(log.findLast((l) => l.path === '/personio/unu/xml')!.query.get('language'), 'de');
  const gone = await run(['personio:gone', '--out', join(tempDir(), 'o'), '--base-url', `${origin}/personio/{board}`]);
  assert.equal(gone.code, 1);
  assert.match(gone.err, /^Personio has no board 'gone' — check the company subdomain/);
});

// ---- failures ----

test('a board that does not exist: the ATS and the board named, exit 1, nothing written', async () => {
  const parent = tempDir();
  const out = join(parent, 'openings');
  const r = await run(['greenhouse:acme', '--out', out, ...base('greenhouse')]);
  assert.equal(r.code, 1);
  assert.equal(r.err, "Greenhouse has no board 'acme' — check the board token\n");
  assert.deepEqual(files(parent), []);
  const lever = await run(['lever:acme', '--out', out, ...base('lever')]);
  assert.match(lever.err, /^Lever has no board 'acme' — check the site name \(an EU board needs --region eu\)\n$/);
});

test('429 with Retry-After: waits as long as it says, then succeeds', async () => {
  let calls = 0;
  routes.set('/workable/api/v1/widget/accounts/busy', (_q, res) => (++calls === 1 ? send(res, 429, '{}', 'application/json', { 'retry-after': '1' }) : send(res, 200, fixture('workable'))));
  const before = log.length;
  const out = join(tempDir(), 'o');
  const r = await run(['workable:busy', '--out', out, ...base('workable')]);
  assert.equal(r.code, 0, r.err);
  const [first, second] = log.slice(before);
  assert.ok(second.at - first.at >= 950, `waited ${second.at - first.at} ms`);
  assert.equal(calls, 2);
});

test('429 asking for a longer wait than the cap: gives up at once, says so', async () => {
  let calls = 0;
  routes.set('/workable/api/v1/widget/accounts/later', (_q, res) => (calls++, send(res, 429, '{}', 'application/json', { 'retry-after': '3600' })));
  const r = await run(['workable:later', '--out', join(tempDir(), 'o'), ...base('workable')]);
  assert.equal(r.code, 1);
  assert.equal(calls, 1);
  assert.match(r.err, /^workable:later: HTTP 429, and asks to wait 3600 s \(more than 60 s\): try again later \(http:/);
});

test('500 then success: retried with backoff', async () => {
  let calls = 0;
  routes.set('/workable/api/v1/widget/accounts/flaky', (_q, res) => (++calls === 1 ? send(res, 500, 'oops', 'text/plain') : send(res, 200, fixture('workable'))));
  const r = await run(['workable:flaky', '--out', join(tempDir(), 'o'), ...base('workable')]);
  assert.equal(r.code, 0, r.err);
  assert.equal(calls, 2);
});

test('500 every time: stops after --retries, exit 1, the previous output untouched', async () => {
  let calls = 0;
  routes.set('/workable/api/v1/widget/accounts/down', (_q, res) => (calls++, send(res, 503, 'down', 'text/plain')));
  const out = join(tempDir(), 'o');
  mkdirSync(out);
  writeFileSync(join(out, 'index.json'), '{"openings":[]}\n');
  writeFileSync(join(out, 'old.json'), '{}\n');
  const r = await run(['workable:down', '--out', out, '--retries', '1', ...base('workable')]);
  assert.equal(r.code, 1);
  assert.equal(calls, 2);
  assert.match(r.err, /^workable:down: HTTP 503 \(after 2 tries\) \(http:\/\/127\.0\.0\.1:\d+\/workable\/api\/v1\/widget\/accounts\/down\?details=true\)\n$/);
  assert.deepEqual(files(out), ['index.json', 'old.json']);
});

test('no answer: the timeout, then exit 1', async () => {
  routes.set('/workable/api/v1/widget/accounts/slow', () => undefined);
  const started = Date.now();
  const r = await run(['workable:slow', '--out', join(tempDir(), 'o'), '--timeout', '0.3', '--retries', '0', ...base('workable')]);
  assert.equal(r.code, 1);
  assert.ok(Date.now() - started < 5000);
  assert.match(r.err, /^workable:slow: no answer within 0\.3 s \(after 1 try\)/);
});

test('an answer that is not JSON: said with its type and start, no retry', async () => {
  let calls = 0;
  routes.set('/greenhouse/v1/boards/html/jobs', (_q, res) => (calls++, send(res, 200, '<!DOCTYPE html><html><body>Maintenance</body></html>', 'text/html')));
  const r = await run(['greenhouse:html', '--out', join(tempDir(), 'o'), ...base('greenhouse')]);
  assert.equal(r.code, 1);
  assert.equal(calls, 1);
  assert.match(r.err, /^greenhouse:html: Greenhouse answered with something that is not JSON \(text\/html\): "<!DOCTYPE html><html><body>Maintenance<\/body><\/html>"/);
});

test('a truncated body (the connection drops before Content-Length is reached): retried, then exit 1', async () => {
  let calls = 0;
  routes.set('/workable/api/v1/widget/accounts/cut', (_q, res) => {
    calls++;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
    res.write(fixture('workable').slice(0, 200));
    setTimeout(() => res.socket?.destroy(), 20);
  });
  const r = await run(['workable:cut', '--out', join(tempDir(), 'o'), '--retries', '1', ...base('workable')]);
  assert.equal(r.code, 1);
  assert.equal(calls, 2);
  assert.match(r.err, /^workable:cut: the connection closed before the whole response arrived \(after 2 tries\)/);
});

test('a truncated body that ends cleanly (no Content-Length): not JSON', async () => {
  routes.set('/workable/api/v1/widget/accounts/half', (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(fixture('workable').slice(0, 300)));
  const r = await run(['workable:half', '--out', join(tempDir(), 'o'), ...base('workable')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /^workable:half: Workable answered with something that is not JSON \(application\/json\): "\{/);
});

test('too large: refused by Content-Length, and while reading a body without one', async () => {
  const big = JSON.stringify({ jobs: [], padding: 'x'.repeat(4000) });
  routes.set('/workable/api/v1/widget/accounts/big', (_q, res) => send(res, 200, big));
  routes.set('/workable/api/v1/widget/accounts/chunked', (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(big.slice(0, 2000));
    res.end(big.slice(2000));
  });
  const sized = await run(['workable:big', '--out', join(tempDir(), 'o'), '--max-size', '0.001', ...base('workable')]);
  assert.equal(sized.code, 1);
  assert.match(sized.err, /^workable:big: the response is 0 MB, more than the limit of 0 MB|^workable:big: the response is [\d.]+ MB, more than the limit/);
  const streamed = await run(['workable:chunked', '--out', join(tempDir(), 'o'), '--max-size', '0.001', ...base('workable')]);
  assert.equal(streamed.code, 1);
  assert.match(streamed.err, /^workable:chunked: the response is larger than the limit of [\d.]+ MB/);
});

// ---- offline, output, problems, usage ----

test('--from converts a saved response offline (no request), --save writes one for later', async () => {
  const before = log.length;
  const out = join(tempDir(), 'o');
  const r = await run(['recruitee:make', '--from', 'test/fixtures/feeds/recruitee/small.json', '--out', out, '--organization', 'Make B.V.']);
  assert.equal(r.code, 0, r.err);
  assert.equal(log.length, before);
  const ids = checkFolder(out);
  for (const id of ids) assert.equal(JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')).organization.name, 'Make B.V.');

  routes.set('/workable/api/v1/widget/accounts/saved', (_q, res) => send(res, 200, fixture('workable')));
  const saved = join(tempDir(), 'response.json');
  const fetched = await run(['workable:saved', '--out', join(tempDir(), 'a'), '--save', saved, ...base('workable')]);
  assert.equal(fetched.code, 0, fetched.err);
  assert.deepEqual(JSON.parse(readFileSync(saved, 'utf8')), json('workable'));
  const offline = await run(['workable:saved', '--out', join(tempDir(), 'b'), '--from', saved]);
  assert.equal(offline.code, 0, offline.err);
});

test('--from: a missing file, or one that is not JSON: exit 1, said plainly', async () => {
  const missing = await run(['workable:x', '--out', join(tempDir(), 'o'), '--from', 'no/such.json']);
  assert.equal(missing.code, 1);
  assert.equal(missing.err, 'workable:x: no/such.json: no such file\n');
  const notJson = await run(['workable:x', '--out', join(tempDir(), 'o'), '--from', 'test/fixtures/feeds/personio/small.xml']);
  assert.equal(notJson.code, 1);
  assert.match(notJson.err, /^workable:x: test\/fixtures\/feeds\/personio\/small\.xml is not JSON \(Workable answers JSON\)/);
});

test('per-job problems: one line each, the good jobs written, exit 1 for errors', async () => {
  const out = join(tempDir(), 'o');
  const r = await run(['workable:harbor', '--from', 'test/fixtures/feeds/workable/hostile.json', '--out', out]);
  assert.equal(r.code, 1);
  const lines = r.err.trimEnd().split('\n');
  for (const line of lines.slice(0, -1)) assert.match(line, /^workable:harbor( job \S+)? \S+: (error|warning): \S/);
  assert.ok(lines.some((l) => /^workable:harbor job N0T1TLE002 jobs\[2\]\.title: error: /.test(l)), r.err);
  assert.ok(checkFolder(out).length >= 1);
});

test('a response that is no board at all writes nothing and exits 1', async () => {
  const parent = tempDir();
  const file = join(parent, 'r.json');
  writeFileSync(file, '{"unexpected": true}');
  const r = await run(['workable:x', '--from', file, '--out', join(parent, 'o')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /Workable/);
  assert.match(r.err, /nothing written \(1 error, 0 warnings\)\n$/);
  assert.deepEqual(files(parent), ['r.json']);
});

test('the output folder is replaced as a whole; a folder with other files is refused', async () => {
  const out = join(tempDir(), 'o');
  mkdirSync(out);
  writeFileSync(join(out, 'index.json'), '{}');
  writeFileSync(join(out, 'closed-job.json'), '{}');
  const r = await run(['workable:harbor', '--from', 'test/fixtures/feeds/workable/small.json', '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.ok(!existsSync(join(out, 'closed-job.json')));
  checkFolder(out);
  assert.deepEqual(files(join(out, '..')), ['o']); // no temporary folder left beside it

  const project = tempDir();
  writeFileSync(join(project, 'package.json'), '{}');
  writeFileSync(join(project, 'README.md'), '# mine');
  const refused = await run(['workable:harbor', '--from', 'test/fixtures/feeds/workable/small.json', '--out', project]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /holds other files \(README\.md\): give --out an empty or new folder, or one rolekit feed wrote/);
  assert.deepEqual(files(project), ['README.md', 'package.json']);
});

test('usage: exit 2 with the usage for a missing or unknown board, a bad board name, no --out, --region off Lever', async () => {
  for (const args of [[], ['bamboo:x', '--out', 'o'], ['workable', '--out', 'o'], ['workable:../x', '--out', 'o'], ['workable:x'], ['workable:x', '--out', 'o', '--region', 'eu'], ['lever:x', '--out', 'o', '--region', 'us'], ['workable:x', '--out', 'o', '--retries', '-1'], ['workable:x', '--bogus']]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /Usage: rolekit feed <ats>:<board>/);
  }
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /Example: rolekit feed greenhouse:acme --out data\/openings\//);
});

test('Retry-After in seconds or as an HTTP date', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  assert.equal(retryAfterMs('120', now), 120_000);
  assert.equal(retryAfterMs('Tue, 01 Dec 2026 10:00:30 GMT', now), 30_000);
  assert.equal(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', now), 0);
  assert.equal(retryAfterMs('soon', now), undefined);
  assert.equal(retryAfterMs(null, now), undefined);
});

test('the built CLI: rolekit feed --from (run `npm run build` first)', () => {
  const out = join(tempDir(), 'o');
  const r = spawnSync(process.execPath, ['dist/cli.js', 'feed', 'smartrecruiters:NorthwindTraders', '--from', 'test/fixtures/feeds/smartrecruiters/small.json', '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(checkFolder(out).length, 3);
});

test('greenhouse, lever and ashby: their URLs, Lever paged by skip/limit until a short page, --region eu', async () => {
  const gh = { jobs: [{ id: 127817, title: 'Vault Designer', updated_at: '2026-01-14T10:55:28-05:00', location: { name: 'NYC' }, absolute_url: 'https://boards.greenhouse.io/vaulttec/jobs/127817', content: '&lt;p&gt;Design vaults.&lt;/p&gt;', departments: [], offices: [] }], meta: { total: 1 } };
  routes.set('/greenhouse/v1/boards/vaulttec/jobs', (_q, res) => send(res, 200, JSON.stringify(gh)));
  const ghRun = await run(['greenhouse:vaulttec', '--out', join(tempDir(), 'o'), '--organization', 'Vault-Tec', ...base('greenhouse')]);
  assert.equal(ghRun.code, 0, ghRun.err);
  assert.equal(log.findLast((l) => l.path.startsWith('/greenhouse/v1/boards/vaulttec'))!.query.get('content'), 'true');

  const posting = (i: number) => ({ id: `5ac21346-${i}`, text: `Engineer ${i}`, createdAt: 1712764800000 + i, categories: { location: 'Berlin' }, description: '<p>Build.</p>', hostedUrl: `https://jobs.lever.co/acme/5ac21346-${i}` });
  const all = Array.from({ length: 150 }, (_, i) => posting(i));
  const lever = (prefix: string) => (_q: IncomingMessage, res: ServerResponse, url: URL) => {
    const skip = Number(url.searchParams.get('skip'));
    const limit = Number(url.searchParams.get('limit'));
    assert.equal(url.searchParams.get('mode'), 'json', prefix);
    send(res, 200, JSON.stringify(all.slice(skip, skip + limit)));
  };
  routes.set('/lever/v0/postings/acme', lever('lever'));
  const before = log.length;
  const out = join(tempDir(), 'o');
  const leverRun = await run(['lever:acme', '--out', out, '--organization', 'Acme', ...base('lever')]);
  assert.equal(leverRun.code, 0, leverRun.err);
  assert.deepEqual(log.slice(before).map((l) => [l.query.get('skip'), l.query.get('limit')]), [['0', '100'], ['100', '100']]);
  assert.equal(checkFolder(out).length, 150);

  routes.set('/posting-api/job-board/acme', (_q, res, url) => {
    assert.equal(url.searchParams.get('includeCompensation'), 'true');
    send(res, 200, JSON.stringify({ apiVersion: '1', jobs: [{ id: 'a1', title: 'PM', location: 'Houston, TX', isListed: true, descriptionHtml: '<p>Join.</p>', publishedAt: '2021-04-30T16:21:55.393+00:00', jobUrl: 'https://jobs.ashbyhq.com/acme/a1' }] }));
  });
  const ashbyRun = await run(['ashby:acme', '--out', join(tempDir(), 'o'), '--organization', 'Acme', '--base-url', origin]);
  assert.equal(ashbyRun.code, 0, ashbyRun.err);
});

test('the ATSs\' own hosts, Lever\'s EU host with --region eu', () => {
  assert.deepEqual(Object.fromEntries(Object.entries(SOURCES).map(([ats, s]) => [ats, s.base({})])), {
    greenhouse: 'https://boards-api.greenhouse.io',
    lever: 'https://api.lever.co',
    ashby: 'https://api.ashbyhq.com',
    workable: 'https://apply.workable.com',
    recruitee: 'https://{board}.recruitee.com',
    smartrecruiters: 'https://api.smartrecruiters.com',
    personio: 'https://{board}.jobs.personio.de',
  });
  assert.equal(SOURCES.lever.base({ region: 'eu' }), 'https://api.eu.lever.co');
});
