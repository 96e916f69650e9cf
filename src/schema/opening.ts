import * as z from 'zod/mini';
import { LIMITS } from './constants.js';
import { COUNTRY_PATTERN, CURRENCY_PATTERN, EMPLOYMENT_TYPES, MAX_OPENINGS, SALARY_UNITS, WORKPLACES } from './opening-constants.js';
import { href, ISO_DATE_PATTERN, LANGUAGE_PATTERN, schemaVersion, SLUG_PATTERN, text } from './role.js';

export * from './opening-constants.js';

/** An ISO 8601 date-time with a time zone: "2027-01-31T23:59:59Z", "2027-01-31T18:00:00+01:00". */
export const ISO_DATE_TIME_PATTERN = z.regexes.datetime({ offset: true } as never) as RegExp;

const list = <T extends z.ZodMiniType>(item: T, max: number = LIMITS.list) => z.array(item).check(z.minLength(1), z.maxLength(max));
const isoDate = () => z.string().check(z.regex(ISO_DATE_PATTERN, { error: 'must be an ISO date, like "2026-11-24"' }));
const country = () => z.string().check(z.regex(COUNTRY_PATTERN, { error: 'must be an ISO 3166-1 country code, like "DE"' }));
const id = () => z.string().check(z.maxLength(LIMITS.shortText), z.regex(SLUG_PATTERN, { error: 'must be kebab-case, like "python-web-developer-berlin"' }));

export const OrganizationSchema = z.object({
  name: text(LIMITS.shortText),
  /** The organization's own site. */
  url: z.optional(href()),
  /** A logo image. */
  logo: z.optional(href()),
});

/** One place of work, as precise as the source says — nothing more. */
export const LocationSchema = z.object({
  /** The place as the source writes it: "Berlin, Germany", "Remote - Europe". */
  name: z.optional(text(LIMITS.shortText)),
  city: z.optional(text(LIMITS.shortText)),
  region: z.optional(text(LIMITS.shortText)),
  country: z.optional(country()),
  postalCode: z.optional(text(32)),
  streetAddress: z.optional(text(LIMITS.shortText)),
});

export const SalarySchema = z.object({
  currency: z.string().check(z.regex(CURRENCY_PATTERN, { error: 'must be an ISO 4217 currency code, like "EUR"' })),
  min: z.optional(z.number().check(z.gte(0))),
  max: z.optional(z.number().check(z.gte(0))),
  unit: z.enum(SALARY_UNITS),
});

/**
 * A link inside a paragraph or a list: `text` is a run of the block's own text — the first
 * occurrence after the previous link (a list's items read in order) — and `href` where it goes.
 */
export const TextLinkSchema = z.object({ text: text(LIMITS.shortText), href: href() });
const links = () => z.optional(list(TextLinkSchema, 50));

/**
 * A block of an opening's description: plain text, like every text in rolekit, and in paragraphs
 * and lists optional `links`, each naming a run of that text.
 */
export const DescriptionBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: text(LIMITS.shortText) }),
  z.object({ type: z.literal('paragraph'), text: text(LIMITS.paragraph), links: links() }),
  z.object({ type: z.literal('list'), items: list(text(LIMITS.listItem)), ordered: z.optional(z.boolean()), links: links() }),
]);

const roleSlug = () => z.optional(z.string().check(z.maxLength(LIMITS.shortText), z.regex(SLUG_PATTERN, { error: 'must be kebab-case' })));
const language = () => z.optional(z.string().check(z.regex(LANGUAGE_PATTERN, { error: 'must be a BCP 47 language tag, like "en" or "pt-BR"' })));

/** What an opening and its listing entry both say, after its id, title and organization (in this order). */
const FACTS = {
  department: z.optional(text(LIMITS.shortText)),
  team: z.optional(text(LIMITS.shortText)),
  /** Only what the source says: absent when it does not. */
  employmentType: z.optional(list(z.enum(EMPLOYMENT_TYPES), EMPLOYMENT_TYPES.length)),
  workplace: z.optional(z.enum(WORKPLACES)),
  locations: z.optional(list(LocationSchema, 50)),
  /** For remote work: the countries (ISO codes) or regions ("EU") applicants may work from. */
  remoteFrom: z.optional(list(text(LIMITS.shortText), 50)),
  salary: z.optional(SalarySchema),
  posted: isoDate(),
  /** When applications close. */
  validThrough: z.optional(z.string().check(z.regex(ISO_DATE_TIME_PATTERN, { error: 'must be an ISO date-time, like "2027-01-31T23:59:59Z"' }))),
};

/** One position a company is hiring for. Plain text throughout; unknown keys are dropped. */
export const OpeningSchema = z.object({
  schemaVersion: schemaVersion(),
  /** Stable and URL-safe: the opening's page is found by it. */
  id: id(),
  title: text(LIMITS.shortText),
  /** The slug of the role profile this opening is for. */
  role: roleSlug(),
  /** BCP 47 tag of the document's text (default "en"). */
  language: language(),
  organization: OrganizationSchema,
  ...FACTS,
  applyUrl: href(),
  /** Applying happens on the opening's own page. */
  directApply: z.optional(z.boolean()),
  description: list(DescriptionBlockSchema, 200),
});

/** One opening in a listing: what a list row shows and filters on, and where the full opening lives. */
export const OpeningIndexEntrySchema = z.object({
  id: id(),
  title: text(LIMITS.shortText),
  role: roleSlug(),
  organization: z.optional(text(LIMITS.shortText)),
  ...FACTS,
  /** The opening's page. */
  href: href(),
});

/** A listing of openings (data/openings/index.json), generated from the opening files. */
export const OpeningIndexSchema = z.object({
  language: language(),
  openings: z.array(OpeningIndexEntrySchema).check(z.maxLength(MAX_OPENINGS)),
});

export type Opening = z.infer<typeof OpeningSchema> & { language: string };
export type OpeningInput = z.input<typeof OpeningSchema>;
export type OpeningIndex = z.infer<typeof OpeningIndexSchema>;
export type OpeningIndexEntry = z.infer<typeof OpeningIndexEntrySchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type OpeningLocation = z.infer<typeof LocationSchema>;
export type Salary = z.infer<typeof SalarySchema>;
export type DescriptionBlock = z.infer<typeof DescriptionBlockSchema>;
export type DescriptionLink = z.infer<typeof TextLinkSchema>;
