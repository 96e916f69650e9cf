/**
 * Ashby's public job posting API: `GET https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true`
 * → `{ apiVersion: "1", jobs[] }`, the whole board at once. Each job: `id`, `title`, `department`,
 * `team`, `employmentType` (`FullTime | PartTime | Intern | Contract | Temporary`), `location`
 * (its name) and `address.postalAddress { addressLocality, addressRegion, addressCountry,
 * postalCode, streetAddress }` (schema.org's PostalAddress), `secondaryLocations[] { location,
 * address }`, `workplaceType` (`OnSite | Remote | Hybrid`), `isRemote` (true for hybrid jobs
 * too), `isListed`, `publishedAt` (ISO 8601), `jobUrl`, `applyUrl`, `descriptionHtml` /
 * `descriptionPlain`, and — only with `includeCompensation=true` — `compensation {
 * compensationTiers[] { components[] { compensationType, interval, currencyCode, minValue,
 * maxValue } }, summaryComponents[] }`, with `shouldDisplayCompensationOnJobPostings`.
 *
 * What is mapped, and only where the feed says it:
 * - `workplace`: `workplaceType` only (`isRemote` cannot tell remote from hybrid).
 * - `locations`: `location` with its postal address, then each secondary location with its own;
 *   `country` from `addressCountry` (a code or a country's name, looked up whole).
 * - `salary`: the "Salary" components of the compensation tiers (or of `summaryComponents`) that
 *   share one currency and period, from the lowest minimum to the highest maximum; none when the
 *   employer hides compensation, and a warning when the tiers mix currencies or periods.
 * - `posted`: `publishedAt`; `applyUrl`: `applyUrl`, else `jobUrl`. Jobs with `isListed: false`
 *   are left out (a warning): they are not on the public board.
 */
import { countryCode } from './countries.js';
import { finish, unknownShape, type Draft } from './finish.js';
import { joinDescription } from './description.js';
import { employmentTypes, isRecord, openingId, plain, salaryOf, tableKey, toIsoDate, workplace } from './normalize.js';
import type { Adapter, FeedProblem } from './types.js';

const ATS = 'Ashby';

const records = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** One place: its name and, from a PostalAddress (`address.postalAddress`, or the address itself), its parts. */
function place(name: unknown, address: unknown, language: string | undefined) {
  const postal = isRecord(address) ? (isRecord(address.postalAddress) ? address.postalAddress : address) : {};
  const located = {
    name: plain(name),
    city: plain(postal.addressLocality),
    region: plain(postal.addressRegion),
    country: countryCode(postal.addressCountry, language),
    postalCode: plain(postal.postalCode, 32),
    streetAddress: plain(postal.streetAddress),
  };
  return Object.values(located).some((v) => v !== undefined) ? located : undefined;
}

function locations(job: Record<string, unknown>, language: string | undefined) {
  const all = [place(job.location, job.address, language), ...records(job.secondaryLocations).map((s) => place(s.location, s.address, language))].filter((p) => p !== undefined);
  // the same place twice (a secondary location repeating the primary) once
  const seen = new Set<string>();
  const unique = all.filter((p) => {
    const key = JSON.stringify(p);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return unique.length ? unique.slice(0, 50) : undefined;
}

/** The salary of the compensation's "Salary" components, or why there is none to show. */
function compensationSalary(job: Record<string, unknown>): { salary?: unknown; reason?: string } {
  if (job.shouldDisplayCompensationOnJobPostings === false || !isRecord(job.compensation)) return {};
  const compensation = job.compensation;
  const tiers = records(compensation.compensationTiers).flatMap((tier) => records(tier.components));
  const components = (tiers.length ? tiers : records(compensation.summaryComponents)).filter((c) => typeof c.compensationType === 'string' && tableKey(c.compensationType) === 'salary');
  if (!components.length) return {};
  const made = components.map((c) => salaryOf(c.currencyCode, c.interval, c.minValue, c.maxValue));
  const salaries = made.flatMap((m) => ('salary' in m ? [m.salary] : []));
  if (!salaries.length) return { reason: (made[0] as { reason: string }).reason };
  const { currency, unit } = salaries[0];
  if (salaries.some((s) => s.currency !== currency || s.unit !== unit)) return { reason: 'the tiers pay in different currencies or periods, which one range cannot say' };
  const mins = salaries.flatMap((s) => (s.min === undefined ? [] : [s.min]));
  const maxes = salaries.flatMap((s) => (s.max === undefined ? [] : [s.max]));
  return { salary: { currency, unit, min: mins.length ? Math.min(...mins) : undefined, max: maxes.length ? Math.max(...maxes) : undefined } };
}

export const ashby: Adapter = (response, options = {}) => {
  if (!isRecord(response) || !Array.isArray(response.jobs)) {
    const said = isRecord(response) && typeof response.error === 'string' ? ` (it says: ${plain(response.error)})` : '';
    return unknownShape(ATS, `expected the posting API's { apiVersion, jobs: [...] } (GET /posting-api/job-board/{board}?includeCompensation=true)${said}`, 'jobs');
  }
  const language = options.language;
  const problems: FeedProblem[] = [];
  const drafts: Draft[] = [];
  response.jobs.forEach((job: unknown, i) => {
    const path = `jobs[${i}]`;
    if (!isRecord(job)) return void problems.push({ path, message: `${ATS}: a job is an object; this one is ${job === null ? 'null' : Array.isArray(job) ? 'a list' : typeof job}`, severity: 'error' });
    const key = typeof job.id === 'string' ? job.id : undefined;
    const at = key === undefined ? {} : { job: key };
    const missing = (field: string, what: string) => problems.push({ ...at, path: `${path}.${field}`, message: `${ATS}: the job has no ${what}`, severity: 'error' });
    if (job.isListed === false) return void problems.push({ ...at, path: `${path}.isListed`, message: `${ATS}: the job is not listed on the public board: left out`, severity: 'warning' });
    const id = openingId(key, job.title);
    const title = plain(job.title);
    const posted = toIsoDate(job.publishedAt);
    const applyUrl = typeof job.applyUrl === 'string' ? job.applyUrl.trim() : typeof job.jobUrl === 'string' ? job.jobUrl.trim() : undefined;
    if (!id) return void missing('id', 'id');
    if (!title) return void missing('title', 'title');
    if (!applyUrl) return void missing('jobUrl', 'jobUrl or applyUrl');
    if (!posted) return void missing('publishedAt', 'publishedAt (ISO 8601)');
    const { blocks, clipped } = joinDescription([{ html: job.descriptionHtml, plain: job.descriptionPlain }]);
    if (!blocks.length) return void missing('descriptionHtml', 'description text (descriptionHtml or descriptionPlain)');
    if (clipped) problems.push({ ...at, path: `${path}.descriptionHtml`, message: `${ATS}: the description is longer than ${blocks.length} blocks: the rest is left out`, severity: 'warning' });
    const pay = compensationSalary(job);
    if (pay.reason) problems.push({ ...at, path: `${path}.compensation`, message: `${ATS}: ${pay.reason}: no salary shown`, severity: 'warning' });
    drafts.push({
      ...at,
      path,
      fields: {
        id: 'id',
        title: 'title',
        department: 'department',
        team: 'team',
        employmentType: 'employmentType',
        workplace: 'workplaceType',
        locations: 'location',
        salary: 'compensation',
        posted: 'publishedAt',
        applyUrl: typeof job.applyUrl === 'string' ? 'applyUrl' : 'jobUrl',
        description: 'descriptionHtml',
      },
      draft: {
        schemaVersion: 1,
        id,
        title,
        department: plain(job.department),
        team: plain(job.team),
        employmentType: employmentTypes(job.employmentType),
        workplace: workplace(job.workplaceType),
        locations: locations(job, language),
        salary: pay.salary,
        posted,
        applyUrl,
        description: blocks,
      },
    });
  });
  return finish(drafts, problems, options);
};
