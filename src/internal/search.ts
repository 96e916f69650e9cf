/**
 * Case- and accent-insensitive search: "cafe" finds "Café", "UBER" finds "Über".
 * DOM-free, so a server renders the same highlights.
 */

import { fold } from '../schema/text.js';

/** The search terms in a query: folded, split on white space. */
export const termsOf = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/**
 * How much of a clamped card summary is surely on screen, in widths of a Latin letter (a wide
 * CJK character or an emoji counts 2). Measured in Chromium on the 13 sample summaries in the
 * narrowest card a board makes by default (16em, `--rk-board-card-min`: 222 px of text at 16 px;
 * a 320 px screen gives wider ones): three lines hold 63+ characters in DejaVu Sans (as wide as
 * Verdana) or a serif, 50+ in a monospace. 48 keeps a match clear of the clamp's own "…" in all
 * of them, and in a sans up to a 20 px `--rk-font-size`. Too low only costs a snippet where the
 * start would have done; too high hides the match. Assumes three `--rk-card-summary-lines`.
 */
export const SUMMARY_VISIBLE = 48;
/** Context kept before the first hidden match (same units), so the snippet starts on a word. */
const LEAD = 20;
/** Marks the text left out in front of a snippet: real text, so it is read out too. */
export const ELLIPSIS = '…';

/**
 * From the CJK radicals (U+2E80) up, a character counts as wide: CJK, kana, Hangul, full-width
 * forms, emoji (astral: its two halves compare high). The few narrow ones up there are
 * overestimated, which costs at most a snippet where none was needed, never a hidden match.
 */
const width = (char: string): number => (char >= '\u2e80' ? 2 : 1);
/** Where a character starts that must not begin a snippet: a surrogate's second half, a mark, a joined emoji. */
const JOINED = /^(?:[\udc00-\udfff\p{M}]|\u200d|\p{Emoji_Modifier})/u; // variation selectors are marks

/** Matches of `terms` in `text`: which characters are matched, and each term's first match [start, end). */
function matchesIn(text: string, terms: readonly string[]): { marked: Uint8Array; first: ([number, number] | undefined)[] } {
  // folded text with, for each folded character, the index of the original character it came from
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]);
    folded += f;
    for (let k = 0; k < f.length; k++) from.push(i);
  }
  from.push(text.length);
  const marked = new Uint8Array(text.length);
  const first = terms.map((term) => {
    let hit: [number, number] | undefined;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      let end = from[at + term.length - 1] + 1;
      while (end < text.length && !fold(text[end])) end++; // the accent of a decomposed "é" too
      marked.fill(1, from[at], end);
      hit ??= [from[at], end];
    }
    return hit;
  });
  return { marked, first };
}

/** `text` from `start` as [plain, match, plain, …] runs (even indexes plain, odd indexes matched). */
function runs(text: string, marked: Uint8Array, start: number): string[] {
  const parts: string[] = [];
  for (let i = start + 1, from = start; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[from]) {
      if (!parts.length && marked[from]) parts.push('');
      parts.push(text.slice(from, i));
      from = i;
    }
  }
  return parts.length ? parts : [''];
}

/**
 * Splits `text` into plain runs and matches of any of `terms`, in order: [plain, match, plain, …]
 * (even indexes plain, odd indexes matched). Matching runs on the folded text, mapped back to the
 * original characters, so highlights land on "Café" for "cafe".
 */
export function markMatches(text: string, terms: readonly string[]): string[] {
  return terms.length ? runs(text, matchesIn(text, terms).marked, 0) : [text];
}

/**
 * Like `markMatches`, for a card's clamped summary: when a term is in `text` but neither in
 * `shown` (the text beside it: title, category) nor whole within the first SUMMARY_VISIBLE
 * widths, the runs start at a word shortly before that term's first match, after an "…" in the
 * first plain run ("…They work on Django or FastAPI backends"; the clamp ends it). Decided from
 * the text alone, never by measuring, so a server renders the same snippet.
 */
export function markSnippet(text: string, terms: readonly string[], shown = ''): string[] {
  if (!terms.length) return [text];
  const { marked, first } = matchesIn(text, terms);
  let seen = -1; // end of the text surely visible, found when first needed
  let at = Infinity;
  const elsewhere = fold(shown);
  terms.forEach((term, i) => {
    const hit = first[i];
    if (!hit || hit[0] >= at || elsewhere.includes(term)) return;
    if (seen < 0) seen = visibleEnd(text);
    if (hit[1] > seen) at = hit[0];
  });
  const start = at === Infinity ? 0 : snippetStart(text, at);
  const parts = runs(text, marked, start);
  if (start) parts[0] = ELLIPSIS + parts[0];
  return parts;
}

/** The index after as many characters of `text` as fit in SUMMARY_VISIBLE widths. */
function visibleEnd(text: string): number {
  let i = 0;
  for (let widths = SUMMARY_VISIBLE; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if ((widths -= width(char)) < 0) break;
    i += char.length;
  }
  return i;
}

/**
 * The start of the first word within LEAD widths before `at`, else `at` moved back onto a whole
 * character; 0 when `at` is that near the start already (a long match: cutting gains nothing).
 */
function snippetStart(text: string, at: number): number {
  let from = at;
  for (let widths = LEAD; from > 0 && (widths -= width(text[from - 1])) >= 0; ) from--;
  if (!from) return 0;
  const space = /\s+/.exec(text.slice(from, at));
  if (space) return from + space.index + space[0].length;
  while (at > 0 && (JOINED.test(text.slice(at, at + 2)) || text[at - 1] === '\u200d')) at--;
  return at;
}
