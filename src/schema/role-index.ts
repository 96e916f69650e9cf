import * as z from 'zod/mini';
import { href, ISO_DATE_PATTERN, LANGUAGE_PATTERN, LIMITS, SLUG_PATTERN, text } from './role.js';

/** Most roles one index may list: enough for any careers site, small enough to search per keystroke. */
export const MAX_INDEX_ROLES = 100_000;


/** One role in a listing: what a card shows and where the full role lives. */
export const RoleIndexEntrySchema = z.object({
  slug: z.string().check(z.maxLength(LIMITS.shortText), z.regex(SLUG_PATTERN, { error: 'must be kebab-case' })),
  title: text(LIMITS.shortText),
  category: text(LIMITS.shortText),
  summary: text(LIMITS.summary),
  href: href(),
  updated: z.string().check(z.regex(ISO_DATE_PATTERN, { error: 'must be an ISO date, like "2026-11-24"' })),
  /** How many positions are open for the role (its card says "3 open positions"); counted when the listing is made. */
  openings: z.optional(z.number().check(z.gte(0))),
});

/** A listing of roles (data/index.json), generated from the role files by `npm run data:index`. */
export const RoleIndexSchema = z.object({
  /** BCP 47 tag of the listing's text (default "en"): sets `lang`, `dir` and the UI strings. */
  language: z.optional(z.string().check(z.regex(LANGUAGE_PATTERN, { error: 'must be a BCP 47 language tag, like "en" or "pt-BR"' }))),
  roles: z.array(RoleIndexEntrySchema).check(z.maxLength(MAX_INDEX_ROLES)),
});

export type RoleIndex = z.infer<typeof RoleIndexSchema>;
export type RoleIndexEntry = z.infer<typeof RoleIndexEntrySchema>;
