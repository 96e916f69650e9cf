/**
 * SmartRecruiters' Posting API. The list, `GET https://api.smartrecruiters.com/v1/companies/{id}/postings`
 * in pages of at most 100 (`{ offset, limit, totalFound, content[] }`), has no description; each
 * posting's own `GET …/postings/{postingId}` has it. So this adapter takes both, as
 * `{ postings, details }`: every list row (the pages' `content` joined) and each posting's detail
 * by its id. `rolekit feed` fetches them so; `--from` takes a file of that shape.
 *
 * A posting: `id`, `name`, `company { identifier, name }`, `releasedDate` (ISO), `location { city,
 * region, country (ISO code, lower case), postalCode, address, remote, hybrid, fullLocation }`,
 * `department { label }`, `typeOfEmployment { label }`. A detail: `postingUrl`, `applyUrl`,
 * `jobAd.sections.{companyDescription, jobDescription, qualifications, additionalInformation}`,
 * each `{ title, text }` (text is HTML). No salary. Workplace only as the flags say: `remote: true`
 * remote, `hybrid: true` hybrid, both false (when both are given) onsite.
 */
import { countryCode } from './countries.js';
import { finish, unknownShape, type Draft } from './finish.js';
import { MAX_BLOCKS } from './html.js';
import { sectionsToBlocks } from './sections.js';
import { employmentTypes, isRecord, openingId, plain, toIsoDate } from './normalize.js';
import type { Adapter, FeedProblem } from './types.js';

const ATS = 'SmartRecruiters';
/** Marks a field that comes from the detail, not the list row: its problem's path starts at `details`. */
const DETAIL = '§';
const AT_DETAIL = /^postings\[\d+\]\.§/;

/** The detail's sections, in the order SmartRecruiters shows them. */
const SECTIONS = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'] as const;

export interface SmartRecruitersResponse {
  /** Every row of the postings list. */
  postings: unknown[];
  /** Each posting's detail (`GET …/postings/{id}`), by posting id. */
  details: Record<string, unknown>;
}

function workplace(location: Record<string, unknown>) {
  if (location.hybrid === true) return 'hybrid';
  if (location.remote === true) return 'remote';
  if (location.remote === false && location.hybrid === false) return 'onsite';
  return undefined;
}

function place(location: unknown) {
  if (!isRecord(location)) return undefined;
  const l = {
    name: plain(location.fullLocation),
    city: plain(location.city),
    region: plain(location.region),
    // an ISO code in lower case ("us"): the same code
    country: countryCode(typeof location.country === 'string' && /^[a-z]{2}$/.test(location.country) ? location.country.toUpperCase() : location.country),
    postalCode: plain(location.postalCode, 32),
    streetAddress: plain(location.address),
  };
  if (!l.name) l.name = [l.city, l.region, l.country].filter(Boolean).join(', ') || undefined;
  return l.name ? [l] : undefined;
}

/** The detail's sections, or undefined when it has none. */
function sections(detail: Record<string, unknown>) {
  const all = isRecord(detail.jobAd) && isRecord(detail.jobAd.sections) ? detail.jobAd.sections : undefined;
  return all && SECTIONS.map((key) => (isRecord(all[key]) ? { title: all[key].title, html: all[key].text } : { title: undefined, html: undefined }));
}

export const smartrecruiters: Adapter = (response, options) => {
  if (!isRecord(response) || !Array.isArray(response.postings) || !isRecord(response.details)) {
    return unknownShape(ATS, 'expected { postings, details }: the postings list (every page\'s `content`) and each posting\'s detail by its id');
  }
  const details = response.details;
  const problems: FeedProblem[] = [];
  const drafts: Draft[] = [];
  const seen = new Map<string, string>();
  response.postings.forEach((posting: unknown, i) => {
    const path = `postings[${i}]`;
    if (!isRecord(posting)) return problems.push({ path, message: `${ATS}: a posting is an object; this is ${posting === null ? 'null' : typeof posting}`, severity: 'error' });
    const job = typeof posting.id === 'string' ? posting.id : undefined;
    const id = openingId(job, posting.name);
    if (!job || !id) return problems.push({ path: `${path}.id`, message: `${ATS}: the posting has no id`, severity: 'error' });
    if (seen.has(job)) return problems.push({ job, path, message: `${ATS}: posting ${job} is listed twice (also at ${seen.get(job)}): left out here`, severity: 'warning' });
    seen.set(job, path);
    const detail = Object.hasOwn(details, job) ? details[job] : undefined;
    if (!isRecord(detail)) return problems.push({ job, path: `details["${job}"]`, message: `${ATS}: no detail for this posting (its description is only there)`, severity: 'error' });
    const { blocks, clipped } = sectionsToBlocks(sections(detail) ?? []);
    if (clipped) problems.push({ job, path: `details["${job}"].jobAd.sections`, message: `${ATS}: the description is longer than ${MAX_BLOCKS} blocks: the rest is left out`, severity: 'warning' });
    const company = isRecord(posting.company) ? posting.company : {};
    const location = isRecord(posting.location) ? posting.location : {};
    const identifier = typeof company.identifier === 'string' && /^[A-Za-z0-9._-]+$/.test(company.identifier) ? company.identifier : undefined;
    drafts.push({
      job,
      path,
      fields: {
        id: 'id',
        title: 'name',
        organization: 'company.name',
        department: 'department.label',
        employmentType: 'typeOfEmployment.label',
        workplace: 'location.remote',
        locations: 'location',
        posted: 'releasedDate',
        applyUrl: `${DETAIL}details["${job}"].postingUrl`,
        description: `${DETAIL}details["${job}"].jobAd.sections`,
      },
      draft: {
        schemaVersion: 1,
        id,
        title: plain(posting.name) ?? posting.name,
        organization: plain(company.name) ? { name: plain(company.name) } : undefined,
        department: isRecord(posting.department) ? plain(posting.department.label) : undefined,
        employmentType: isRecord(posting.typeOfEmployment) ? employmentTypes(posting.typeOfEmployment.label) : undefined,
        workplace: workplace(location),
        locations: place(posting.location),
        posted: toIsoDate(posting.releasedDate) ?? posting.releasedDate,
        applyUrl: detail.postingUrl ?? detail.applyUrl ?? (identifier ? `https://jobs.smartrecruiters.com/${identifier}/${encodeURIComponent(job)}` : undefined),
        description: blocks.length > 0 ? blocks : undefined,
      },
    });
  });
  const result = finish(drafts, problems, options);
  return { ...result, problems: result.problems.map((p) => (AT_DETAIL.test(p.path) ? { ...p, path: p.path.replace(AT_DETAIL, '') } : p)) };
};
