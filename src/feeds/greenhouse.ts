/**
 * Greenhouse Job Board API: `GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true`
 * → `{ jobs[], meta: { total } }`. Each job: `id` (the job post's), `title`, `content` (HTML whose
 * tags are entity-escaped: decoded once here, then converted), `departments[] { name }`,
 * `offices[] { name, location }`, `location { name }` (free text), `absolute_url` (the posting
 * page, where the application form is), `first_published` / `updated_at` (ISO 8601 with an offset),
 * `company_name` (often empty in the board list: one job's stands for the board's), `metadata[]`
 * (custom fields).
 *
 * What is mapped, and only where the feed says it:
 * - `posted`: `first_published`, else `updated_at`; `applyUrl`: `absolute_url`.
 * - `department`: the first of `departments`.
 * - `locations`: `location.name`, with a country when every office whose `location` is a country
 *   (the whole text, e.g. "United States") names the same one; without `location.name`, the offices.
 * - `employmentType`: only from a custom field named "Employment Type" (`metadata`), by the table.
 * - No workplace (Greenhouse has no field for it: "Remote" in a location's free text is not read),
 *   no salary (not in the board list), no validThrough.
 */
import { countryCode } from './countries.js';
import { finish, unknownShape, type Draft } from './finish.js';
import { convertHtml, decodeEntities } from './html.js';
import { employmentTypes, isRecord, openingId, plain, tableKey, toIsoDate } from './normalize.js';
import type { Adapter, FeedProblem } from './types.js';

const ATS = 'Greenhouse';

const records = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** The job's places: `location.name`, and a country only when the offices agree on one. */
function locations(job: Record<string, unknown>, language: string | undefined) {
  const offices = records(job.offices);
  const officeCountries = new Set(offices.map((o) => countryCode(o.location, language) ?? countryCode(o.name, language)).filter((c) => c !== undefined));
  const name = isRecord(job.location) ? plain(job.location.name) : undefined;
  if (name) {
    const country = countryCode(name, language) ?? (officeCountries.size === 1 ? [...officeCountries][0] : undefined);
    return [{ name, country }];
  }
  const places = offices
    .map((o) => ({ name: plain(o.location) ?? plain(o.name), country: countryCode(o.location, language) ?? countryCode(o.name, language) }))
    .filter((p) => p.name !== undefined);
  return places.length ? places.slice(0, 50) : undefined;
}

/** The values of the custom field named "Employment Type", when the employer added one. */
function employmentField(metadata: unknown): unknown {
  return records(metadata).find((field) => typeof field.name === 'string' && tableKey(field.name) === 'employmenttype')?.value;
}

export const greenhouse: Adapter = (response, options = {}) => {
  if (!isRecord(response) || !Array.isArray(response.jobs)) {
    const said = isRecord(response) && typeof response.error === 'string' ? ` (it says: ${plain(response.error)})` : '';
    return unknownShape(ATS, `expected the Job Board API's { jobs: [...] } (GET /v1/boards/{board}/jobs?content=true)${said}`, 'jobs');
  }
  const language = options.language;
  // a board is one company's: a company_name any job gives stands for the jobs that give none
  const company = response.jobs.map((job: unknown) => (isRecord(job) ? plain(job.company_name) : undefined)).find((name) => name !== undefined);
  const problems: FeedProblem[] = [];
  const drafts: Draft[] = [];
  response.jobs.forEach((job: unknown, i) => {
    const path = `jobs[${i}]`;
    if (!isRecord(job)) return void problems.push({ path, message: `${ATS}: a job is an object; this one is ${job === null ? 'null' : Array.isArray(job) ? 'a list' : typeof job}`, severity: 'error' });
    const key = typeof job.id === 'number' || typeof job.id === 'string' ? String(job.id) : undefined;
    const at = key === undefined ? {} : { job: key };
    const missing = (field: string, what: string) => problems.push({ ...at, path: `${path}.${field}`, message: `${ATS}: the job has no ${what}`, severity: 'error' });
    const id = openingId(job.id, job.title);
    const title = plain(job.title);
    const posted = toIsoDate(job.first_published) ?? toIsoDate(job.updated_at);
    if (!id) return void missing('id', 'id');
    if (!title) return void missing('title', 'title');
    if (typeof job.absolute_url !== 'string') return void missing('absolute_url', 'absolute_url (its posting page)');
    if (!posted) return void missing(job.first_published === undefined ? 'updated_at' : 'first_published', 'date it was published (first_published or updated_at, ISO 8601)');
    if (typeof job.content !== 'string') return void missing('content', 'content: fetch the board with ?content=true');
    const { blocks, clipped } = convertHtml(decodeEntities(job.content));
    if (!blocks.length) return void problems.push({ ...at, path: `${path}.content`, message: `${ATS}: the job's content has no text`, severity: 'error' });
    if (clipped) problems.push({ ...at, path: `${path}.content`, message: `${ATS}: the description is longer than ${blocks.length} blocks: the rest is left out`, severity: 'warning' });
    const department = records(job.departments).map((d) => plain(d.name)).find((name) => name !== undefined);
    drafts.push({
      ...at,
      path,
      fields: {
        id: 'id',
        title: 'title',
        organization: 'company_name',
        department: 'departments',
        employmentType: 'metadata',
        locations: isRecord(job.location) ? 'location' : 'offices',
        posted: job.first_published === undefined ? 'updated_at' : 'first_published',
        applyUrl: 'absolute_url',
        description: 'content',
      },
      draft: {
        schemaVersion: 1,
        id,
        title,
        organization: (plain(job.company_name) ?? company) === undefined ? undefined : { name: plain(job.company_name) ?? company },
        department,
        employmentType: employmentTypes(employmentField(job.metadata)),
        locations: locations(job, language),
        posted,
        applyUrl: job.absolute_url.trim(),
        description: blocks,
      },
    });
  });
  return finish(drafts, problems, options);
};
