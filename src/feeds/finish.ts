/**
 * What every adapter does last: each job's draft opening checked with `parseOpening`, duplicates
 * left out, warnings kept, and the listing built — as one `FeedResult`. DOM-free; never throws.
 */
import { DEFAULT_LANGUAGE } from '../schema/constants.js';
import { MAX_OPENINGS } from '../schema/opening-constants.js';
import type { Opening, OpeningIndex, OpeningIndexEntry } from '../schema/opening.js';
import { parseOpening, parseOpeningIndex } from '../schema/parse-opening.js';
import { newestFirst, openingIndexEntry } from './listing.js';
import { isRecord } from './normalize.js';
import type { FeedOptions, FeedProblem, FeedResult } from './types.js';

/** One job of a feed, as an adapter made it into an opening document (not yet checked). */
export interface Draft {
  /** The ATS's id of the job. */
  job?: string;
  /** Where the job is in the ATS's response: `jobs[3]`. */
  path: string;
  /** The opening document, as `parseOpening` takes it. */
  draft: unknown;
  /**
   * Where each of the opening's fields came from, relative to `path` (`{ title: 'text',
   * applyUrl: 'hostedUrl' }`): a problem with `title` is then reported at `jobs[3].text`.
   */
  fields?: Readonly<Record<string, string>>;
}

/** The listing's `href` of each opening unless `hrefTemplate` says otherwise. */
export const DEFAULT_HREF_TEMPLATE = '/jobs/{id}/';

/** `hrefTemplate` with the opening's id put in for every `{id}`. */
export const hrefFor = (id: string, template = DEFAULT_HREF_TEMPLATE): string => template.split('{id}').join(id);

/** `jobs[3]` + `text` → `jobs[3].text`; `jobs[3]` + `[0]` → `jobs[3][0]`. */
export const joinPath = (base: string, rest: string): string => (!rest ? base : !base ? rest.replace(/^\./, '') : rest.startsWith('[') ? `${base}${rest}` : `${base}.${rest}`);

/** An opening's path (`locations[0].name`) in the ATS's response, by the draft's `fields`. */
function sourcePath(draft: Draft, openingPath: string): string {
  const top = /^[^.[]*/.exec(openingPath)![0];
  const from = draft.fields?.[top];
  return joinPath(draft.path, from ?? '');
}

/** Drops `undefined` values from objects and arrays, deeply, so a result holds only what was said. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = compact(v);
  return out;
}

/**
 * The openings of a feed from its drafts: each checked with `parseOpening` (a job that fails is
 * left out, every problem reported at the job's path, or at the ATS field its `fields` name),
 * `options.organization` and `options.language` put in (they win over the feed's own), a second
 * job with an id already seen left out, `parseOpening`'s warnings kept as warnings, and the
 * listing built from the openings as `npm run data:index` builds data/openings/index.json (newest
 * first; `href` from `options.hrefTemplate`, default `/jobs/{id}/`). `problems`: what the adapter
 * found already, kept first.
 */
export function finish(drafts: readonly Draft[], problems: readonly FeedProblem[] = [], options: FeedOptions = {}): FeedResult {
  const out: FeedProblem[] = [...problems];
  const openings: Opening[] = [];
  const sources: Draft[] = [];
  const seen = new Map<string, Draft>();
  let toldOrganization = false;

  for (const item of drafts) {
    const given = isRecord(item.draft) ? item.draft : {};
    const draft = compact({
      ...given,
      ...(options.language !== undefined ? { language: options.language } : {}),
      ...(options.organization !== undefined ? { organization: options.organization } : {}),
    }) as Record<string, unknown>;
    const job = item.job === undefined ? {} : { job: item.job };
    if (draft.organization === undefined) {
      // said once for the whole feed, not once per job
      if (!toldOrganization) {
        out.push({ path: '', message: 'the feed names no hiring organization: pass `organization` in the options', severity: 'error' });
        toldOrganization = true;
      }
      continue;
    }
    const result = parseOpening(draft);
    if (!result.ok) {
      for (const p of result.problems) out.push({ ...job, path: sourcePath(item, p.path), message: `${p.path || 'opening'}: ${p.message}`, severity: 'error' });
      continue;
    }
    const opening = result.value;
    const first = seen.get(opening.id);
    if (first) {
      const same = first.job !== undefined && first.job === item.job;
      out.push({
        ...job,
        path: item.path,
        message: same
          ? `job ${item.job} is listed twice (also at ${first.path}): left out here`
          : `its opening id "${opening.id}" is the same as that of ${first.path}${first.job === undefined ? '' : ` (job ${first.job})`}: left out`,
        severity: same ? 'warning' : 'error',
      });
      continue;
    }
    if (openings.length >= MAX_OPENINGS) {
      out.push({ ...job, path: item.path, message: `a listing holds at most ${MAX_OPENINGS} openings: left out`, severity: 'error' });
      continue;
    }
    seen.set(opening.id, item);
    openings.push(opening);
    sources.push(item);
    for (const w of result.warnings) out.push({ ...job, path: sourcePath(item, w.path), message: `${w.path}: ${w.message} (shown, without a JobPosting)`, severity: 'warning' });
  }

  // the listing; an entry it refuses (an unsafe href from the template) takes its opening with it
  const template = options.hrefTemplate ?? DEFAULT_HREF_TEMPLATE;
  let entries = openings.map((o, i) => ({ entry: openingIndexEntry(o, hrefFor(o.id, template)), i }));
  const checked = parseOpeningIndex({ openings: entries.map((e) => e.entry) });
  if (!checked.ok) {
    const bad = new Set<number>();
    for (const p of checked.problems) {
      const at = /^openings\[(\d+)\](.*)$/.exec(p.path);
      const e = at ? entries[Number(at[1])] : undefined;
      if (!e) {
        out.push({ path: '', message: `the listing: ${p.path ? `${p.path}: ` : ''}${p.message}`, severity: 'error' });
        continue;
      }
      bad.add(e.i);
      const item = sources[e.i];
      out.push({ ...(item.job === undefined ? {} : { job: item.job }), path: item.path, message: `its listing entry${at![2]}: ${p.message}: left out`, severity: 'error' });
    }
    entries = entries.filter((e) => !bad.has(e.i));
  }
  const kept = new Set(entries.map((e) => e.i));
  const entriesInOrder: OpeningIndexEntry[] = entries.map((e) => e.entry).sort(newestFirst);
  const finalOpenings = openings.filter((_, i) => kept.has(i));
  const languages = new Set(finalOpenings.map((o) => o.language));
  const language = options.language ?? (languages.size === 1 ? [...languages][0] : undefined);
  const index: OpeningIndex = language !== undefined && language !== DEFAULT_LANGUAGE ? { language, openings: entriesInOrder } : { openings: entriesInOrder };
  return { openings: finalOpenings, index, problems: out };
}

/** A result with no openings and one problem: the response is not what the ATS sends. */
export function unknownShape(ats: string, message: string, path = ''): FeedResult {
  return { openings: [], index: { openings: [] }, problems: [{ path, message: `${ats}: ${message}`, severity: 'error' }] };
}
