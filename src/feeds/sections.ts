/**
 * A description from named HTML sections (SmartRecruiters' `jobAd.sections`, Personio's
 * `jobDescriptions`): each section with visible text becomes its title as a heading (when it has
 * one), then its blocks; a section with no text adds nothing, not even its title. One budget of
 * MAX_BLOCKS for all; `clipped` says text was left out.
 */
import { convertHtml, MAX_BLOCKS, type HtmlConversion } from './html.js';
import { plain } from './normalize.js';
import type { DescriptionBlock } from './types.js';

export function sectionsToBlocks(sections: readonly { title: unknown; html: unknown }[]): HtmlConversion {
  const blocks: DescriptionBlock[] = [];
  let clipped = false;
  for (const section of sections) {
    if (typeof section.html !== 'string') continue;
    const title = plain(section.title);
    const room = MAX_BLOCKS - blocks.length - (title ? 1 : 0);
    const body = convertHtml(section.html, { maxBlocks: Math.max(0, room) });
    clipped ||= body.clipped;
    if (body.blocks.length === 0) continue;
    if (title) blocks.push({ type: 'heading', text: title });
    blocks.push(...body.blocks);
  }
  return { blocks, clipped };
}
