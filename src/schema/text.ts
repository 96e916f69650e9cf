/**
 * DOM-free text helpers shared by the elements, the server renderer and scripts.
 */

/**
 * Text folded for matching: lower case, compatibility forms unified (full-width "Ｐ" is "p"),
 * Latin diacritics dropped ("Café" is "cafe"). Other scripts' combining marks are parts of their
 * letters and stay.
 */
export const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * A stable, URL-safe id from text: "What is WSGI vs. ASGI, and why does it matter?" →
 * "what-is-wsgi-vs-asgi-and-why-does-it-matter". Accents are folded; letters of any script are kept.
 */
export function slugify(text: string): string {
  return (
    fold(text)
      .normalize('NFC') // recompose what is left (Japanese dakuten …), as a URL hash spells it
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'item'
  );
}

/** Gives each text a unique slug: duplicates get "-2", "-3" … in order. */
export function uniqueSlugs(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const base = slugify(t);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** A placeholder in sample text: "[Company]", "[Your Name]". */
export const PLACEHOLDER_PATTERN = /\[([^[\]\n]{1,60})\]/g;

/** A piece of text: plain, or a placeholder named by its label ("Company"). */
export type TextPart = string | { placeholder: string };

/** Splits text into plain runs and placeholders, in order. */
export function splitPlaceholders(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ placeholder: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Every distinct placeholder label in the texts, in order of first appearance. */
export const placeholdersIn = (texts: readonly string[]): string[] => [
  ...new Set(texts.flatMap((text) => splitPlaceholders(text).flatMap((part) => (typeof part === 'string' ? [] : [part.placeholder])))),
];

/** Right-to-left languages (primary subtag), unless a script subtag says otherwise, and right-to-left scripts. */
const RTL = /^(?:(?:ar|arc|ckb|dv|fa|he|ks|ps|sd|syr|ug|ur|yi)(?!-[a-z]{4}(?:-|$))|[a-z]{2,3}-(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg)(?:-|$))/i;

/** `rtl` or `ltr` for a BCP 47 tag; an explicit script subtag wins ("pa-Arab" is rtl, "az-Latn" ltr). */
export const textDirection = (language: string): 'ltr' | 'rtl' => (RTL.test(language) ? 'rtl' : 'ltr');
