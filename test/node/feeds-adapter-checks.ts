// Checks every adapter test makes of a result: valid openings, a listing of exactly them, problems
// that say where, and descriptions holding no markup that came in as markup.
import { strict as assert } from 'node:assert';
import type { FeedResult } from '../../src/feeds/types.js';
import { parseOpening, parseOpeningIndex } from '../../src/schema/index.js';

/** Every opening parses, the listing lists exactly them, every problem has a path, a message and a severity. */
export function checkResult(result: FeedResult): void {
  for (const o of result.openings) assert.ok(parseOpening(o).ok, JSON.stringify(o).slice(0, 400));
  assert.ok(parseOpeningIndex(result.index).ok);
  assert.deepEqual(result.index.openings.map((e) => e.id).sort(), result.openings.map((o) => o.id).sort());
  for (const p of result.problems) {
    assert.equal(typeof p.path, 'string');
    assert.ok(p.message.length > 0);
    assert.ok(p.severity === 'error' || p.severity === 'warning');
  }
}

/**
 * Markup the hostile corpus brings as tags: after conversion, none of it is left in a description's
 * paragraphs and lists (headings may come from a feed's plain-text section titles, kept as text).
 */
const TAGS = /<(script|img|iframe|svg|style|link|math|a )|onerror=|onload=/i;

export function checkDescriptionsHaveNoTags(result: FeedResult): void {
  for (const o of result.openings) {
    for (const b of o.description) {
      if (b.type === 'heading') continue;
      const texts = b.type === 'list' ? b.items : [b.text];
      for (const t of texts) assert.doesNotMatch(t, TAGS, `${o.id}: ${t}`);
    }
  }
}

/** `value` with every string in it replaced by `text`, keys kept. */
export function replaceStrings(value: unknown, text: string): unknown {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, text));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, text)]));
  return value;
}

/** Problems as `path severity` lines, sorted: what a test compares. */
export const problemLines = (result: FeedResult): string[] => result.problems.map((p) => `${p.job ?? '-'} ${p.path} ${p.severity}`).sort();
