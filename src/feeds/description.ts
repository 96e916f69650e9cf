/**
 * A job's description from several parts (Lever, Recruitee, Ashby) and from plain text: the HTML
 * parts through `convertHtml` (html.ts), within one budget of blocks.
 */
import { LIMITS } from '../schema/constants.js';
import { convertHtml, MAX_BLOCKS, pieces, type HtmlConversion, type HtmlOptions } from './html.js';
import { clip, cleanText, visible } from './normalize.js';
import type { DescriptionBlock } from './types.js';

const HEADING_MAX = LIMITS.shortText;
const PARAGRAPH_MAX = LIMITS.paragraph;

/**
 * Plain text (an ATS's `descriptionPlain`) → paragraphs: each non-blank line one, within the same
 * limits as `htmlToBlocks`. Nothing in it is read as markup.
 */
export function textToBlocks(plain: string, options: HtmlOptions = {}): DescriptionBlock[] {
  return textBlocks(plain, Math.max(0, Math.min(options.maxBlocks ?? MAX_BLOCKS, MAX_BLOCKS)));
}

function textBlocks(plain: unknown, maxBlocks: number): DescriptionBlock[] {
  const blocks: DescriptionBlock[] = [];
  for (const line of String(plain ?? '').split(/[\r\n\u2028\u2029]+/)) {
    for (const piece of pieces(cleanText(line), PARAGRAPH_MAX)) {
      if (blocks.length >= maxBlocks) return blocks;
      blocks.push({ type: 'paragraph', text: piece });
    }
  }
  return blocks;
}

/** One part of a job's description: HTML (with its plain-text twin, used when the HTML has no text), or a heading's text. */
export type DescriptionPart = { html: unknown; plain?: unknown } | { heading: unknown };

/**
 * A description from several parts of a job, in order (Lever: description, each list's heading and
 * items, additional; Recruitee: description and requirements), within one budget of `maxBlocks`.
 * A part that is not text adds nothing; `clipped` says text was left out.
 */
export function joinDescription(parts: readonly DescriptionPart[], options: HtmlOptions = {}): HtmlConversion {
  const maxBlocks = Math.max(0, Math.min(options.maxBlocks ?? MAX_BLOCKS, MAX_BLOCKS));
  const blocks: DescriptionBlock[] = [];
  let clipped = false;
  for (const part of parts) {
    const room = maxBlocks - blocks.length;
    if ('heading' in part) {
      const text = typeof part.heading === 'string' ? cleanText(part.heading) : '';
      if (!visible(text)) continue;
      if (room > 0) blocks.push({ type: 'heading', text: clip(text, HEADING_MAX) });
      else clipped = true;
      continue;
    }
    const converted = typeof part.html === 'string' ? convertHtml(part.html, { maxBlocks: room }) : undefined;
    if (converted && (converted.blocks.length || converted.clipped)) {
      blocks.push(...converted.blocks);
      clipped ||= converted.clipped;
    } else if (typeof part.plain === 'string') {
      const lines = textBlocks(part.plain, room + 1);
      if (lines.length > room) clipped = true;
      blocks.push(...lines.slice(0, room));
    }
  }
  return { blocks, clipped };
}
