/**
 * Case- and accent-insensitive search: "cafe" finds "Café", "UBER" finds "Über".
 * DOM-free, so a server renders the same highlights.
 */

import { fold } from '../schema/text.js';

/** The search terms in a query: folded, split on white space. */
export const termsOf = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/**
 * Splits `text` into plain runs and matches of any of `terms`, in order: [plain, match, plain, …]
 * (even indexes plain, odd indexes matched). Matching runs on the folded text, mapped back to the
 * original characters, so highlights land on "Café" for "cafe".
 */
export function markMatches(text: string, terms: readonly string[]): string[] {
  if (!terms.length) return [text];
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
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      marked.fill(1, from[at], from[at + term.length - 1] + 1);
    }
  }
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      if (!parts.length && marked[start]) parts.push('');
      parts.push(text.slice(start, i));
      start = i;
    }
  }
  return parts;
}
