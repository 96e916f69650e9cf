/**
 * Recruitee's Careers Site API: `GET https://{company}.recruitee.com/api/offers/` (or the company's
 * own careers domain) → `{ offers[] }`. Each offer: `id`, `title`, `status` (only "published" ones
 * are openings), `description` and `requirements` (HTML, joined in that order), `department`,
 * `employment_type_code` ("fulltime_permanent", "parttime_fixed_term", "internship", …),
 * `remote`/`hybrid`/`on_site`, `locations[]` (or its own `city`/`country_code`), `salary` (`min`
 * and `max` as strings, `period`, `currency`; all null when unsaid), `published_at` and `close_at`
 * ("2026-07-30 19:46:15 UTC"), `careers_url` (the posting page), `careers_apply_url`,
 * `company_name`, and `translations[lang]` (`title`, `description`, `requirements`), used when
 * the options' language has one.
 */
import { countryCode } from './countries.js';
import { finish, unknownShape, type Draft } from './finish.js';
import { joinDescription } from './description.js';
import { MAX_BLOCKS } from './html.js';
import { isRecord, openingId, plain, salaryOf, toIsoDate, toIsoDateTime } from './normalize.js';
import type { EmploymentType } from '../schema/opening-constants.js';
import type { Adapter, FeedProblem } from './types.js';

const ATS = 'Recruitee';

/** `employment_type_code`: how long ("permanent", "fixed_term") and how much ("fulltime", "parttime"), or a kind of its own. */
const EMPLOYMENT: Readonly<Record<string, EmploymentType[]>> = {
  fulltime: ['full-time'],
  fulltime_permanent: ['full-time'],
  fulltime_fixed_term: ['full-time', 'temporary'],
  parttime: ['part-time'],
  parttime_permanent: ['part-time'],
  parttime_fixed_term: ['part-time', 'temporary'],
  fixed_term: ['temporary'],
  temporary: ['temporary'],
  freelance: ['contract'],
  contract: ['contract'],
  internship: ['intern'],
  traineeship: ['intern'],
  volunteer: ['volunteer'],
  other: ['other'],
};

/** Said by the feed only when one flag is true: hybrid before remote (a hybrid job is partly remote). */
function workplace(offer: Record<string, unknown>) {
  if (offer.hybrid === true) return 'hybrid';
  if (offer.remote === true) return 'remote';
  if (offer.on_site === true) return 'onsite';
  return undefined;
}

function place(l: Record<string, unknown>) {
  const city = plain(l.city);
  const region = plain(l.state) ?? plain(l.state_name);
  const country = countryCode(l.country_code) ?? countryCode(l.country);
  const name = plain(l.name) ?? plain(l.location) ?? ([city, region, plain(l.country)].filter(Boolean).join(', ') || undefined);
  if (!name && !city && !country) return undefined;
  return { name, city, region, country, postalCode: plain(l.postal_code, 32), streetAddress: plain(l.street) };
}

function locations(offer: Record<string, unknown>) {
  const listed = Array.isArray(offer.locations) ? offer.locations.filter(isRecord).map(place).filter((l) => l !== undefined) : [];
  if (listed.length > 0) return listed;
  const own = place(offer);
  return own && [own];
}

export const recruitee: Adapter = (response, options) => {
  if (!isRecord(response) || !Array.isArray(response.offers)) return unknownShape(ATS, 'expected an object with an `offers` list (/api/offers/)', 'offers');
  const problems: FeedProblem[] = [];
  const drafts: Draft[] = [];
  // the company's name is on each offer; one that lacks it takes the others'
  const named = response.offers.find((o) => isRecord(o) && plain(o.company_name) !== undefined) as Record<string, unknown> | undefined;
  const feedCompany = named && plain(named.company_name);
  const seen = new Map<string, string>();
  response.offers.forEach((offer: unknown, i) => {
    const path = `offers[${i}]`;
    if (!isRecord(offer)) return problems.push({ path, message: `${ATS}: an offer is an object; this is ${offer === null ? 'null' : typeof offer}`, severity: 'error' });
    const job = typeof offer.id === 'number' || typeof offer.id === 'string' ? String(offer.id) : undefined;
    if (offer.status !== undefined && offer.status !== 'published') return; // a draft or closed offer is no opening
    const text = options?.language && isRecord(offer.translations) && isRecord(offer.translations[options.language]) ? offer.translations[options.language] as Record<string, unknown> : offer;
    const title = text.title ?? offer.title;
    const id = openingId(job, title);
    if (!job || !id) return problems.push({ path: `${path}.id`, message: `${ATS}: the offer has no id`, severity: 'error' });
    if (seen.has(job)) return problems.push({ job, path, message: `${ATS}: offer ${job} is listed twice (also at ${seen.get(job)}): left out here`, severity: 'warning' });
    seen.set(job, path);
    const { blocks: description, clipped } = joinDescription([{ html: text.description ?? offer.description }, { html: text.requirements ?? offer.requirements }]);
    if (clipped) problems.push({ job, path: `${path}.description`, message: `${ATS}: the description is longer than ${MAX_BLOCKS} blocks: the rest is left out`, severity: 'warning' });
    // every salary field is null when the offer states none: only figures that make no salary are said
    let salary: unknown;
    if (isRecord(offer.salary) && Object.values(offer.salary).some((v) => v !== null && v !== undefined && v !== '')) {
      const made = salaryOf(offer.salary.currency, offer.salary.period, offer.salary.min, offer.salary.max);
      if ('salary' in made) salary = made.salary;
      else problems.push({ job, path: `${path}.salary`, message: `${ATS}: ${made.reason}: no salary shown`, severity: 'warning' });
    }
    const company = plain(offer.company_name) ?? feedCompany;
    drafts.push({
      job,
      path,
      fields: {
        id: 'id',
        title: 'title',
        organization: 'company_name',
        department: 'department',
        employmentType: 'employment_type_code',
        workplace: 'remote',
        locations: Array.isArray(offer.locations) ? 'locations' : 'city',
        salary: 'salary',
        posted: 'published_at',
        validThrough: 'close_at',
        applyUrl: offer.careers_url !== undefined || offer.careers_apply_url === undefined ? 'careers_url' : 'careers_apply_url',
        description: 'description',
      },
      draft: {
        schemaVersion: 1,
        id,
        title: plain(title) ?? title,
        organization: company ? { name: company } : undefined,
        department: plain(offer.department),
        employmentType: typeof offer.employment_type_code === 'string' ? EMPLOYMENT[offer.employment_type_code] : undefined,
        workplace: workplace(offer),
        locations: locations(offer),
        salary,
        posted: toIsoDate(offer.published_at) ?? offer.published_at ?? toIsoDate(offer.created_at),
        validThrough: toIsoDateTime(offer.close_at),
        applyUrl: offer.careers_url ?? offer.careers_apply_url,
        description: description.length > 0 ? description : undefined,
      },
    });
  });
  return finish(drafts, problems, options);
};
