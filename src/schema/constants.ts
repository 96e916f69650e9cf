// The schema's constants, apart from the zod schemas themselves: the elements and the compiled
// validator import these without pulling zod into the script-tag bundle.

/** The one schemaVersion this release reads. A file with another version is refused, not guessed at. */
export const SCHEMA_VERSION = 1;

/** AI impact on demand for the role, from strongest headwind to strongest tailwind. */
export const AI_IMPACT_RATINGS = [
  'strong-headwind',
  'headwind',
  'neutral',
  'tailwind',
  'strong-tailwind',
] as const;
export type AiImpactRating = (typeof AI_IMPACT_RATINGS)[number];

/**
 * Maximum lengths. Generous for real content, small enough that a hostile or broken file
 * cannot make a widget render megabytes of text.
 */
export const LIMITS = {
  shortText: 200,
  fact: 600,
  listItem: 600,
  summary: 1500,
  paragraph: 5000,
  href: 2048,
  list: 60,
  paragraphs: 40,
  faq: 100,
} as const;

/**
 * A link a widget may put in an `href`: http(s), mailto, or relative (no scheme at all). `javascript:`,
 * `data:`, `vbscript:` and every other scheme are refused in any casing. Whitespace and control
 * characters are refused anywhere, because browsers strip them ("java\tscript:", " javascript:").
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
export const SAFE_HREF_PATTERN = /^(?:[Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\u0000-\u0020\u007F]+$/;


/** The language of a role that names none. */
export const DEFAULT_LANGUAGE = 'en';
