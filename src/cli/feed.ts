/// <reference types="node" />
/**
 * npx rolekit feed <ats>:<board> --out <folder> [--from <response file>] [--organization NAME] [--language TAG] …
 *
 * Fetches an ATS's public job board (or reads a saved response with --from), converts it with
 * that ATS's adapter (src/feeds/), and writes `<id>.json` per valid opening plus `index.json`,
 * replacing the folder as a whole. Problems are printed per job; errors exit 1, warnings alone 0.
 * A job with an error is left out and the others are written; when no job comes through and there
 * are errors (a response that is not a board, say), nothing is written.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { commandArgs, type Writable } from './command.js';
import { FetchFailure } from './feed-fetch.js';
import { ATS_NAMES, BOARD_PATTERN, fetchBoard, NoBoardError, SOURCES, type AtsName } from './feed-sources.js';
import { WriteFailure, writeBoard } from './feed-write.js';
import { ADAPTERS } from '../feeds/index.js';
import type { FeedOptions, FeedProblem, FeedResult } from '../feeds/types.js';

const USAGE = `Usage: rolekit feed <ats>:<board> --out <folder> [--from <response file>] [--save <response file>]
         [--organization <name>] [--language <tag>] [--href-template <template>] [--region eu]
         [--timeout <seconds>] [--retries <n>] [--max-size <MB>] [--base-url <url>]
ATSs: ${ATS_NAMES.join(', ')}
  --from      convert a saved response instead of fetching (SmartRecruiters: { postings, details }; Personio: the XML)
  --save      also write the fetched response there, for --from later
  --region    eu: Lever's EU host (api.eu.lever.co)
  --base-url  replaces the ATS's origin, {board} filled in (for tests, a proxy, or Recruitee's custom careers domain)
Example: rolekit feed greenhouse:acme --out data/openings/ --organization "Acme Inc."`;

const LABELS = Object.fromEntries(ATS_NAMES.map((ats) => [ats, SOURCES[ats].label])) as Record<AtsName, string>;

export async function feed(argv: string[], out: Writable, err: Writable): Promise<number> {
  const args = commandArgs(
    argv,
    {
      out: { type: 'string' },
      from: { type: 'string' },
      save: { type: 'string' },
      organization: { type: 'string' },
      language: { type: 'string' },
      'href-template': { type: 'string' },
      region: { type: 'string' },
      timeout: { type: 'string', default: '30' },
      retries: { type: 'string', default: '3' },
      'max-size': { type: 'string', default: '64' },
      'base-url': { type: 'string' },
    },
    USAGE,
    out,
    err,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals, usage } = args;
  const [target, ...extra] = positionals;
  if (!target || extra.length > 0) return usage(target ? `one board at a time (got ${positionals.join(' ')})` : 'which board? <ats>:<board>, like greenhouse:acme');
  const colon = target.indexOf(':');
  const ats = target.slice(0, colon) as AtsName;
  const board = target.slice(colon + 1);
  if (colon < 0 || !ATS_NAMES.includes(ats)) return usage(`'${target}' is not <ats>:<board> with one of ${ATS_NAMES.join(', ')}`);
  if (!BOARD_PATTERN.test(board)) return usage(`'${board}' is not a board name (letters, digits, '.', '_', '-')`);
  if (!values.out) return usage('--out <folder> is required');
  if (values.region !== undefined && (values.region !== 'eu' || ats !== 'lever')) return usage(`--region eu is for Lever only`);
  const timeout = Number(values.timeout);
  const retries = Number(values.retries);
  const maxSize = Number(values['max-size']);
  if (!(timeout > 0) || !Number.isInteger(retries) || retries < 0 || !(maxSize > 0)) return usage('--timeout and --max-size take positive numbers, --retries a whole number');
  if (values['base-url'] !== undefined && !/^https?:\/\//.test(values['base-url'])) return usage('--base-url must be an http(s) URL');

  const name = `${ats}:${board}`;
  let response: unknown;
  try {
    response = values.from ? readResponse(ats, board, values.from) : await fetchBoard(ats, board, {
      baseUrl: values['base-url'],
      region: values.region as 'eu' | undefined,
      language: values.language,
      fetch: { timeoutMs: timeout * 1000, retries, maxBytes: maxSize * 1024 * 1024 },
      progress: err.isTTY ? progress(err, name) : undefined,
    });
    if (values.save && !values.from) save(values.save, response);
  } catch (error) {
    if (error instanceof NoBoardError) err.write(`${error.message}\n`);
    else if (error instanceof FetchFailure) err.write(`${name}: ${error.message} (${error.url})\n`);
    else if (error instanceof InputFailure || error instanceof WriteFailure) err.write(`${name}: ${error.message}\n`);
    else throw error;
    return 1;
  }

  const options: FeedOptions = {
    organization: values.organization ? { name: values.organization } : undefined,
    language: values.language,
    hrefTemplate: values['href-template'],
  };
  const result = withoutReservedIds(ADAPTERS[ats](response, options));
  for (const p of result.problems) err.write(`${formatFeedProblem(name, p)}\n`);
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  const counts = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  if (result.openings.length === 0 && errors.length > 0) {
    err.write(`${name}: nothing written (${counts})\n`);
    return 1;
  }
  try {
    writeBoard(values.out, result.openings, result.index);
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error;
    err.write(`${name}: ${error.message}\n`);
    return 1;
  }
  out.write(`${name}: ${result.openings.length} ${result.openings.length === 1 ? 'opening' : 'openings'} written to ${values.out} (${counts})\n`);
  return errors.length > 0 ? 1 : 0;
}

/** `greenhouse:acme job 127817 jobs[0].title: error: <message>` */
export const formatFeedProblem = (name: string, p: FeedProblem): string =>
  `${name}${p.job === undefined ? '' : ` job ${p.job}`} ${p.path || '(response)'}: ${p.severity}: ${p.message}`;

/** A saved response could not be read. */
class InputFailure extends Error {}

function readResponse(ats: AtsName, board: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputFailure(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (ats === 'personio') return { board, xml: text };
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputFailure(`${file} is not JSON (${LABELS[ats]} answers JSON): ${(error as Error).message}`);
  }
}

function save(file: string, response: unknown): void {
  const text = typeof (response as { xml?: unknown }).xml === 'string' ? (response as { xml: string }).xml : `${JSON.stringify(response)}\n`;
  const temp = `${file}.rolekit-${process.pid}`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new WriteFailure(`could not save the response to ${file}: ${(error as Error).message}`);
  }
}

/** `index.json` is the listing's own file: an opening may not take its name. */
function withoutReservedIds(result: FeedResult): FeedResult {
  const reserved = result.openings.filter((o) => o.id === 'index');
  if (reserved.length === 0) return result;
  const openings = result.openings.filter((o) => o.id !== 'index');
  return {
    openings,
    index: { ...result.index, openings: result.index.openings.filter((o) => o.id !== 'index') },
    problems: [...result.problems, { path: 'id', message: `an opening may not have the id "index" (index.json is the listing); it was left out`, severity: 'error' }],
  };
}

/** `smartrecruiters:acme: details 12/340` on one terminal line. */
function progress(err: Writable, name: string): (done: number, total: number) => void {
  return (done, total) => {
    if (total === 0) return;
    err.write(`\r${name}: details ${done}/${total}`);
    if (done === total) err.write('\n');
  };
}
