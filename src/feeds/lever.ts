/**
 * Lever Postings API: `GET https://api.lever.co/v0/postings/{site}?mode=json` (EU boards:
 * `api.eu.lever.co`), paged with `skip`/`limit` → a list of postings (or, with `group=`, a list of
 * `{ title, postings[] }`, flattened here). Each posting: `id`, `text` (the title), `categories`
 * `{ location, commitment, team, department, allLocations[] }`, `country` (ISO alpha-2),
 * `workplaceType` (`on-site | remote | hybrid | unspecified`), `description` (HTML: opening and
 * body; `descriptionPlain` its plain twin), `lists[] { text, content }` (a heading and the HTML of
 * its `<li>` items), `additional` (HTML), `salaryRange { currency, interval, min, max }`,
 * `salaryDescription`, `createdAt` (epoch milliseconds), `hostedUrl` (the posting page), `applyUrl`
 * (its form).
 *
 * What is mapped, and only where the feed says it:
 * - `description`: `description` (or `descriptionPlain` when its HTML has no text), then each list
 *   as a heading and a list, then `salaryDescription`, then `additional`.
 * - `team`, `department`: `categories.team` / `.department`; `employmentType`: `categories.commitment`
 *   by the table ("Full-time" → full-time; a label it does not hold says nothing).
 * - `locations`: `categories.allLocations` (else `.location`), `country` on the posting's own
 *   `categories.location` (or the first); `workplace`: `workplaceType` ("unspecified" says nothing).
 * - `salary`: `salaryRange`, when its interval is a period (`per-year-salary` → year; one-time
 *   amounts are no salary, said as a warning).
 * - `posted`: `createdAt`; `applyUrl`: `applyUrl`, else `hostedUrl`.
 */
import { countryCode } from './countries.js';
import { finish, unknownShape, type Draft } from './finish.js';
import { joinDescription } from './description.js';
import { MAX_BLOCKS } from './html.js';
import { employmentTypes, isRecord, openingId, plain, salaryOf, toIsoDate, workplace } from './normalize.js';
import type { Adapter, FeedProblem } from './types.js';

const ATS = 'Lever';

/** Postings with their paths: a plain list, or `group=`'s `{ title, postings[] }` groups. */
function postings(response: unknown[]): { job: unknown; path: string }[] {
  const grouped = response.length > 0 && response.every((g) => isRecord(g) && Array.isArray(g.postings) && g.text === undefined && g.id === undefined);
  if (!grouped) return response.map((job, i) => ({ job, path: `[${i}]` }));
  return response.flatMap((g, i) => ((g as { postings: unknown[] }).postings).map((job, j) => ({ job, path: `[${i}].postings[${j}]` })));
}

function locations(job: Record<string, unknown>, categories: Record<string, unknown>) {
  const own = plain(categories.location);
  const all = Array.isArray(categories.allLocations) ? categories.allLocations.map((l) => plain(l)).filter((l) => l !== undefined) : [];
  const names = [...new Set(all.length ? all : own ? [own] : [])].slice(0, 50);
  if (!names.length) return undefined;
  // Lever's `country` is the posting's own: it goes with its own location
  const country = countryCode(job.country);
  const home = own && names.includes(own) ? own : names[0];
  return names.map((name) => ({ name, country: name === home ? country : undefined }));
}

export const lever: Adapter = (response, options = {}) => {
  if (!Array.isArray(response)) {
    const said = isRecord(response) && typeof response.error === 'string' ? ` (it says: ${plain(response.error)})` : '';
    return unknownShape(ATS, `expected the Postings API's list of postings (GET /v0/postings/{site}?mode=json)${said}`);
  }
  const problems: FeedProblem[] = [];
  const drafts: Draft[] = [];
  for (const { job, path } of postings(response)) {
    if (!isRecord(job)) {
      problems.push({ path, message: `${ATS}: a posting is an object; this one is ${job === null ? 'null' : Array.isArray(job) ? 'a list' : typeof job}`, severity: 'error' });
      continue;
    }
    const key = typeof job.id === 'string' ? job.id : undefined;
    const at = key === undefined ? {} : { job: key };
    const missing = (field: string, what: string) => problems.push({ ...at, path: `${path}.${field}`, message: `${ATS}: the posting has no ${what}`, severity: 'error' });
    const id = openingId(key, job.text);
    const title = plain(job.text);
    const posted = toIsoDate(job.createdAt);
    const applyUrl = typeof job.applyUrl === 'string' ? job.applyUrl.trim() : typeof job.hostedUrl === 'string' ? job.hostedUrl.trim() : undefined;
    if (!id) { missing('id', 'id'); continue; }
    if (!title) { missing('text', 'title (text)'); continue; }
    if (!applyUrl) { missing('hostedUrl', 'hostedUrl or applyUrl'); continue; }
    if (!posted) { missing('createdAt', 'createdAt (epoch milliseconds)'); continue; }

    // the description: description + lists + salaryDescription + additional, as Lever's page shows them
    const lists = Array.isArray(job.lists) ? job.lists.filter(isRecord) : [];
    const { blocks, clipped } = joinDescription([
      { html: job.description, plain: job.descriptionPlain },
      // each list's content is "unstyled HTML of list elements": bare <li> items, made a list either way
      ...lists.flatMap((list) => [{ heading: list.text }, { html: typeof list.content === 'string' ? `<ul>${list.content}</ul>` : undefined }]),
      { html: job.salaryDescription, plain: job.salaryDescriptionPlain },
      { html: job.additional, plain: job.additionalPlain },
    ]);
    if (!blocks.length) { missing('description', 'description text (description, lists or additional)'); continue; }
    if (clipped) problems.push({ ...at, path: `${path}.description`, message: `${ATS}: the description is longer than ${MAX_BLOCKS} blocks: the rest is left out`, severity: 'warning' });

    const categories = isRecord(job.categories) ? job.categories : {};
    let salary: unknown;
    if (isRecord(job.salaryRange)) {
      const range = job.salaryRange;
      const made = salaryOf(range.currency, range.interval, range.min, range.max);
      if ('salary' in made) salary = made.salary;
      else problems.push({ ...at, path: `${path}.salaryRange`, message: `${ATS}: ${made.reason}: no salary shown`, severity: 'warning' });
    }
    drafts.push({
      ...at,
      path,
      fields: {
        id: 'id',
        title: 'text',
        team: 'categories.team',
        department: 'categories.department',
        employmentType: 'categories.commitment',
        workplace: 'workplaceType',
        locations: 'categories.location',
        salary: 'salaryRange',
        posted: 'createdAt',
        applyUrl: typeof job.applyUrl === 'string' ? 'applyUrl' : 'hostedUrl',
        description: 'description',
      },
      draft: {
        schemaVersion: 1,
        id,
        title,
        team: plain(categories.team),
        department: plain(categories.department),
        employmentType: employmentTypes(categories.commitment),
        workplace: workplace(job.workplaceType),
        locations: locations(job, categories),
        salary,
        posted,
        applyUrl,
        description: blocks,
      },
    });
  }
  return finish(drafts, problems, options);
};
