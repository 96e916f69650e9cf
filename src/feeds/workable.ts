/**
 * Workable's public widget API: `GET https://apply.workable.com/api/v1/widget/accounts/{slug}?details=true`
 * → `{ name, description, jobs[] }`. Each job: `shortcode` (its id), `title`, `department`,
 * `employment_type` (a label: "Full-time", "Internship"; older responses call it `type`),
 * `telecommuting`, `city`/`state`/`country` (a country *name*) or `locations[]`, `published_on` /
 * `created_at` ("2026-11-02"), `url` (the posting page), `shortlink`, `application_url`, and with
 * `details=true` the `description` HTML. No salary; no hybrid or on-site flag (`telecommuting:
 * false` does not say which), so only `telecommuting: true` maps, to remote.
 */
import { countryCode } from './countries.js';
import { finish, unknownShape, type Draft } from './finish.js';
import { htmlToBlocks } from './html.js';
import { employmentTypes, isRecord, openingId, plain, toIsoDate } from './normalize.js';
import type { Adapter, FeedProblem } from './types.js';

const ATS = 'Workable';

function location(city: unknown, region: unknown, country: unknown) {
  const parts = [plain(city), plain(region), plain(country)].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return undefined;
  return { name: parts.join(', '), city: plain(city), region: plain(region), country: countryCode(country) };
}

/** `locations[]` when the job has it (each `{ city, region, country, countryCode, hidden }`), else its own city/state/country. */
function locations(job: Record<string, unknown>) {
  if (Array.isArray(job.locations)) {
    const shown = job.locations
      .filter((l): l is Record<string, unknown> => isRecord(l) && l.hidden !== true)
      .map((l) => {
        const place = location(l.city, l.region, l.country);
        return place && { ...place, country: countryCode(l.countryCode) ?? place.country };
      })
      .filter((l) => l !== undefined);
    if (shown.length > 0) return shown;
  }
  const own = location(job.city, job.state, job.country);
  return own && [own];
}

export const workable: Adapter = (response, options) => {
  if (!isRecord(response) || !Array.isArray(response.jobs)) return unknownShape(ATS, 'expected an object with a `jobs` list (the widget API with details=true)', 'jobs');
  const organization = plain(response.name) ? { name: plain(response.name)! } : undefined;
  const problems: FeedProblem[] = [];
  const drafts: Draft[] = [];
  const seen = new Map<string, string>();
  response.jobs.forEach((job: unknown, i) => {
    const path = `jobs[${i}]`;
    if (!isRecord(job)) return problems.push({ path, message: `${ATS}: a job is an object; this is ${job === null ? 'null' : typeof job}`, severity: 'error' });
    const shortcode = typeof job.shortcode === 'string' ? job.shortcode : undefined;
    const id = openingId(shortcode, job.title);
    if (!shortcode || !id) return problems.push({ path: `${path}.shortcode`, message: `${ATS}: the job has no shortcode (its id)`, severity: 'error' });
    if (seen.has(shortcode)) return problems.push({ job: shortcode, path, message: `${ATS}: job ${shortcode} is listed twice (also at ${seen.get(shortcode)}): left out here`, severity: 'warning' });
    seen.set(shortcode, path);
    const description = typeof job.description === 'string' ? htmlToBlocks(job.description) : [];
    drafts.push({
      job: shortcode,
      path,
      fields: {
        id: 'shortcode',
        title: 'title',
        department: 'department',
        employmentType: 'employment_type',
        workplace: 'telecommuting',
        locations: Array.isArray(job.locations) ? 'locations' : 'city',
        posted: typeof job.published_on === 'string' ? 'published_on' : 'created_at',
        applyUrl: 'url',
        description: 'description',
        organization: 'name',
      },
      draft: {
        schemaVersion: 1,
        id,
        title: plain(job.title) ?? job.title,
        organization,
        department: plain(job.department),
        employmentType: employmentTypes(job.employment_type ?? job.type),
        workplace: job.telecommuting === true ? 'remote' : undefined,
        locations: locations(job),
        posted: toIsoDate(job.published_on) ?? toIsoDate(job.created_at) ?? job.published_on ?? job.created_at,
        applyUrl: job.url ?? job.shortlink ?? job.application_url,
        description: description.length > 0 ? description : undefined,
      },
    });
  });
  return finish(drafts, problems, options);
};
