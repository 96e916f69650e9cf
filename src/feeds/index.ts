/**
 * rolekit/feeds: openings from where they already live. One adapter per applicant tracking system
 * turns its public job-board response into rolekit openings and their listing, every job checked
 * with `parseOpening`, every problem at its path in the ATS's own response. DOM-free: Node,
 * browsers and edge runtimes alike; nothing here fetches.
 *
 * ```ts
 * import { ADAPTERS } from 'rolekit/feeds';
 * const response = await (await fetch('https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true')).json();
 * const { openings, index, problems } = ADAPTERS.greenhouse(response, { organization: { name: 'Acme' } });
 * ```
 */
import { ashby } from './ashby.js';
import { greenhouse } from './greenhouse.js';
import { lever } from './lever.js';
import { personio } from './personio.js';
import { recruitee } from './recruitee.js';
import { smartrecruiters } from './smartrecruiters.js';
import { workable } from './workable.js';
import type { Adapter } from './types.js';

export type * from './types.js';
export { ashby, greenhouse, lever, personio, recruitee, smartrecruiters, workable };
export { convertHtml, decodeEntities, htmlToBlocks, MAX_BLOCKS, type HtmlConversion, type HtmlOptions } from './html.js';
export { joinDescription, textToBlocks, type DescriptionPart } from './description.js';
export { DEFAULT_HREF_TEMPLATE, finish, hrefFor, unknownShape, type Draft } from './finish.js';
export { newestFirst, openingIndexEntry } from './listing.js';
export { countryCode, COUNTRY_ALIASES } from './countries.js';
export {
  amount,
  asciiSlug,
  currency,
  EMPLOYMENT_TYPE_NAMES,
  employmentType,
  employmentTypes,
  openingId,
  plain,
  SALARY_UNIT_NAMES,
  salaryOf,
  salaryUnit,
  toIsoDate,
  toIsoDateTime,
  WORKPLACE_NAMES,
  workplace,
  type SalaryResult,
} from './normalize.js';

/** Every adapter, by the name `rolekit feed <ats>:<board>` and `<rk-openings feed>` use. */
export const ADAPTERS = {
  greenhouse,
  lever,
  ashby,
  workable,
  recruitee,
  smartrecruiters,
  personio,
} as const satisfies Record<string, Adapter>;

export type AtsName = keyof typeof ADAPTERS;
