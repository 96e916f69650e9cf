/**
 * The links of a feed's HTML, for `convertHtml` (html.ts): which `<a href>`s are kept, and where
 * each lands in the blocks made from the text around it. A link is kept only when its `href` is an
 * absolute http(s) or mailto URL, its text shows something and fits a short text (200 characters),
 * it lies within one paragraph or list item, and the schema's rule finds it where it was — the
 * first occurrence of its text after the previous link. Otherwise only its text stays.
 */
import { LIMITS, SAFE_HREF_PATTERN } from '../schema/constants.js';
import { findRun, type LinkCursor } from '../schema/links.js';
import type { DescriptionLink } from '../schema/opening.js';
import { cleanText, visible } from './normalize.js';

/** Most links one block may hold (the schema's limit). */
const MAX_LINKS = 50;
const HREF_MAX = 2048;

/** A link as the parser met it: offsets in the raw text gathered for a paragraph or item. */
export interface RawLink {
  start: number;
  end: number;
  href: string;
}

/** A kept link, at its offsets in a cleaned text (`index`: which text of a list). */
export interface FoundLink {
  index: number;
  start: number;
  end: number;
  text: string;
  href: string;
}

/** An `<a href>`'s value as a link to keep: an absolute http(s) or mailto URL, or `undefined`. */
export function linkHref(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw || raw.length > HREF_MAX || !/^(?:https?:\/\/|mailto:)/i.test(raw)) return undefined;
  try {
    const { href, protocol } = new URL(raw);
    return /^(?:https?|mailto):$/.test(protocol) && href.length <= HREF_MAX && SAFE_HREF_PATTERN.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The links of one raw text, at their offsets in `line` (= `cleanText(raw)`), in order. */
export function linksOfLine(raw: string, line: string, links: readonly RawLink[], index = 0): FoundLink[] {
  const found: FoundLink[] = [];
  let at = 0;
  for (const link of links) {
    const text = cleanText(raw.slice(link.start, link.end));
    if (!visible(text) || text.length > LIMITS.shortText) continue;
    // where the cleaned text before it ends: the link starts there, or one space on
    const before = cleanText(raw.slice(0, link.start)).length;
    const start = line.indexOf(text, at);
    if (start !== before && start !== before + 1) continue;
    found.push({ index, start, end: start + text.length, text, href: link.href });
    at = start + text.length;
  }
  return found;
}

/**
 * The links of `found` that land in `texts[index]` for a text cut out of it at `[from, to)` (a
 * paragraph's piece, a list item clipped with "…"), moved to that text's offsets and to `index`.
 */
export function linksWithin(found: readonly FoundLink[], from: number, to: number, index = 0): FoundLink[] {
  return found.filter((link) => link.start >= from && link.end <= to).map((link) => ({ ...link, index, start: link.start - from, end: link.end - from }));
}

/** The links for a block of `texts`: those the schema's rule places where they were, at most 50. */
export function blockLinks(texts: readonly string[], found: readonly FoundLink[]): DescriptionLink[] | undefined {
  const links: DescriptionLink[] = [];
  let from: LinkCursor = { index: 0, at: 0 };
  for (const link of found) {
    if (links.length === MAX_LINKS) break;
    const placed = findRun(texts, link.text, from);
    if (placed?.index !== link.index || placed.start !== link.start) continue;
    links.push({ text: link.text, href: link.href });
    from = { index: placed.index, at: placed.end };
  }
  return links.length ? links : undefined;
}
