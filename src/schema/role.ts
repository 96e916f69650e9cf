import * as z from 'zod/mini';
import { AI_IMPACT_RATINGS, LIMITS, SAFE_HREF_PATTERN, SCHEMA_VERSION } from './constants.js';

export * from './constants.js';

/** Anything with a visible character: rejects "", "   " and other blank strings. */
const NOT_BLANK = /\S/;
/** A calendar date, YYYY-MM-DD, that exists (leap years included). zod's own date pattern. */
export const ISO_DATE_PATTERN = z.regexes.date;
/** kebab-case: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A BCP 47 language tag, in the shape browsers accept for `lang` ("en", "pt-BR", "zh-Hant-TW"). */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Non-blank text of at most `max` characters. */
export const text = (max: number) =>
  z.string().check(z.regex(NOT_BLANK, { error: 'must not be empty' }), z.maxLength(max));
const list = <T extends z.ZodMiniType>(item: T, max: number = LIMITS.list) =>
  z.array(item).check(z.minLength(1), z.maxLength(max));
/** A safe link: http(s), mailto or relative. */
export const href = () =>
  z
    .string()
    .check(
      z.maxLength(LIMITS.href),
      z.regex(SAFE_HREF_PATTERN, { error: 'must be an http(s), mailto or relative link' }),
    );

/** The document's `schemaVersion`: the one this release reads; another is refused, with a message that says so. */
// an enum of one, not z.literal: the bundle already carries z.enum, and this reads the same
export const schemaVersion = () =>
  z.enum({ current: SCHEMA_VERSION }, {
    // undefined falls through to the general "is required" message
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `unsupported schemaVersion ${JSON.stringify(issue.input)}: this version of rolekit reads ${SCHEMA_VERSION}`,
  });

export const LinkSchema = z.object({
  label: text(LIMITS.shortText),
  href: href(),
});

export const AiImpactSchema = z.object({
  /** Where the role sits on the headwind … tailwind scale. */
  rating: z.enum(AI_IMPACT_RATINGS),
  /** Why, in a sentence or two. */
  text: z.optional(text(LIMITS.fact)),
  /** The period the rating looks at, e.g. "through 2030". */
  horizon: z.optional(text(LIMITS.shortText)),
});

export const FactSchema = z.object({
  label: text(LIMITS.shortText),
  value: text(LIMITS.fact),
});

export const AtAGlanceSchema = z.object({
  education: z.optional(text(LIMITS.fact)),
  experience: z.optional(text(LIMITS.fact)),
  certifications: z.optional(text(LIMITS.fact)),
  employerTypes: z.optional(text(LIMITS.fact)),
  growthOutlook: z.optional(text(LIMITS.fact)),
  aiImpact: z.optional(AiImpactSchema),
  /** Further labelled facts, shown after the standard ones in this order. */
  extra: z.optional(list(FactSchema, 20)),
});

export const QualificationGroupSchema = z.object({
  /** e.g. "Django expertise". */
  heading: text(LIMITS.shortText),
  /** Who the group applies to, e.g. "for Django-focused roles". */
  qualifier: z.optional(text(LIMITS.shortText)),
  items: list(text(LIMITS.listItem)),
});

/**
 * A sample cover letter. Placeholders the reader fills in are written in square brackets —
 * "[Company]", "[Your Name]" — in any of the texts (see `PLACEHOLDER_PATTERN`).
 */
export const CoverLetterSchema = z.object({
  greeting: text(LIMITS.shortText),
  paragraphs: list(text(LIMITS.paragraph), LIMITS.paragraphs),
  /** A closing line before the signature, e.g. "I'd welcome the chance to talk." */
  closing: z.optional(text(LIMITS.fact)),
  signature: text(LIMITS.shortText),
});

export const FaqEntrySchema = z.object({
  question: text(LIMITS.shortText * 2),
  answer: text(LIMITS.paragraph),
});

export const CategorySchema = z.object({
  name: text(LIMITS.shortText),
  /** Where the category's listing lives (a link back from the role). */
  href: z.optional(href()),
});

/**
 * A job-role document. All text is plain text: it is always rendered as text, never as HTML.
 * Unknown keys are dropped, so a widget reads files written for a newer minor release.
 */
export const RoleSchema = z.object({
  schemaVersion: schemaVersion(),
  slug: z.string().check(
    z.maxLength(LIMITS.shortText),
    z.regex(SLUG_PATTERN, { error: 'must be kebab-case, like "python-web-developer"' }),
  ),
  title: text(LIMITS.shortText),
  /** BCP 47 tag of the document's text (default "en", filled in by `parseRole`). Sets `lang` and `dir`. */
  language: z.optional(z.string().check(z.regex(LANGUAGE_PATTERN, { error: 'must be a BCP 47 language tag, like "en" or "pt-BR"' }))),
  category: z.optional(CategorySchema),
  summary: text(LIMITS.summary),
  /** When the document was last reviewed, as an ISO date (YYYY-MM-DD). */
  updated: z.optional(z.string().check(z.regex(ISO_DATE_PATTERN, { error: 'must be an ISO date, like "2026-11-24"' }))),
  atAGlance: z.optional(AtAGlanceSchema),
  duties: z.optional(list(text(LIMITS.listItem))),
  overview: z.optional(list(text(LIMITS.paragraph), LIMITS.paragraphs)),
  qualifications: z.optional(list(QualificationGroupSchema, 30)),
  careerOutlook: z.optional(list(text(LIMITS.paragraph), LIMITS.paragraphs)),
  coverLetter: z.optional(CoverLetterSchema),
  faq: z.optional(list(FaqEntrySchema, LIMITS.faq)),
  relatedLinks: z.optional(list(LinkSchema, 20)),
});

/**
 * A validated role, as the elements receive it: the schema's output, with `language` always set
 * (`parseRole` fills in the default — done there rather than with z._default, which would add its
 * weight to the script-tag bundle).
 */
export type Role = z.infer<typeof RoleSchema> & { language: string };
/** What a role file may contain before validation (defaults not yet applied). */
export type RoleInput = z.input<typeof RoleSchema>;
export type FaqEntry = z.infer<typeof FaqEntrySchema>;
export type QualificationGroup = z.infer<typeof QualificationGroupSchema>;
export type CoverLetter = z.infer<typeof CoverLetterSchema>;
export type AtAGlance = z.infer<typeof AtAGlanceSchema>;
export type AiImpact = z.infer<typeof AiImpactSchema>;
export type Link = z.infer<typeof LinkSchema>;
