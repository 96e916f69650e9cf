/// <reference types="node" />
/**
 * The first step of `rolekit import`: a page, as plain text or as HTML, becomes a list of blocks
 * — headings, lines (paragraphs), list items, definition terms and their descriptions — each with
 * the line it starts on. The layout (which block is the title, which a section) is recognised
 * from these in import.ts, the same way for both.
 */
import { parseDocument } from 'htmlparser2';

export type BlockKind = 'heading' | 'line' | 'item' | 'term' | 'definition';

export interface Block {
  kind: BlockKind;
  /** The text, whitespace collapsed, trimmed: never empty. */
  text: string;
  /** 1-based line of the page the block starts on. */
  line: number;
  /** A heading's level, 1–6. */
  level?: number;
}

/** Something at a line of the page: a warning (not imported) or a problem (no document). */
export interface ImportNote {
  line: number;
  message: string;
}

/** A block's text, shortened for a message. */
export const clip = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface PageBlocks {
  blocks: Block[];
  /** The page's `<html lang>`, when it has one. */
  language?: string;
}

/** A bullet the text layout writes before a list item ("  • Build …"), or a Markdown-style one. */
const BULLET = /^\s*(?:[•·▪◦‣∙]|[-*–](?=\s))\s*/u;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Plain text: one block per non-blank line; a line that starts with a bullet is a list item. */
export function textBlocks(text: string): PageBlocks {
  const blocks: Block[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const bullet = BULLET.exec(raw);
    const content = collapse(bullet ? raw.slice(bullet[0].length) : raw);
    if (content) blocks.push({ kind: bullet ? 'item' : 'line', text: content, line: i + 1 });
  });
  return { blocks };
}

/** Elements whose whole text is one block, and what kind. */
const LEAVES: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'line', li: 'item', dt: 'term', dd: 'definition', td: 'line', th: 'line', caption: 'line',
  figcaption: 'line', blockquote: 'line', pre: 'line', address: 'line', summary: 'line', legend: 'line',
};
/** What a page has that is not its content. */
const SKIP = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea', 'form']);

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  startIndex: number | null;
}

/** The start offset of each line, to turn a parser's offset into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const textOf = (node: DomNode): string =>
  node.type === 'text' ? (node.data ?? '') : node.type === 'tag' && !SKIP.has(node.name!) ? (node.name === 'br' ? ' ' : (node.children ?? []).map(textOf).join('')) : '';

/**
 * HTML, by a real parser (htmlparser2, with entity decoding): headings, paragraphs, list items,
 * definition lists and table cells become blocks; text directly inside a container (a `<div>`,
 * a link in a `<header>`) becomes a line of its own. Scripts, styles, forms and the `<head>` are
 * not content. A list item's nested list is its own items.
 */
export function htmlBlocks(html: string): PageBlocks {
  const document = parseDocument(html, { withStartIndices: true, decodeEntities: true }) as unknown as DomNode;
  const starts = lineStarts(html);
  const blocks: Block[] = [];
  let language: string | undefined;
  const push = (kind: BlockKind, text: string, offset: number, level?: number) => {
    const content = collapse(text);
    if (content) blocks.push({ kind, text: content, line: lineOf(starts, offset), ...(level ? { level } : {}) });
  };
  const walk = (node: DomNode): void => {
    let run = '';
    let runStart = -1;
    const flush = () => {
      if (runStart >= 0) push('line', run, runStart);
      run = '';
      runStart = -1;
    };
    for (const child of node.children ?? []) {
      if (child.type === 'tag' && child.name === 'html' && child.attribs?.lang) language = child.attribs.lang;
      const kind = child.type === 'tag' ? LEAVES[child.name!] : undefined;
      const inline = child.type === 'text' || (child.type === 'tag' && !kind && INLINE.has(child.name!));
      if (inline) {
        const text = textOf(child);
        if (runStart < 0 && /\S/.test(text)) runStart = child.startIndex ?? 0;
        run += text;
        continue;
      }
      flush();
      if (child.type !== 'tag' || SKIP.has(child.name!)) continue;
      if (kind === 'item') {
        // the item's own text, then any list inside it as items of their own
        const own = (child.children ?? []).filter((c) => !(c.type === 'tag' && (c.name === 'ul' || c.name === 'ol')));
        push('item', own.map(textOf).join(''), child.startIndex ?? 0);
        for (const c of child.children ?? []) if (c.type === 'tag' && (c.name === 'ul' || c.name === 'ol')) walk(c);
      } else if (kind) {
        push(kind, textOf(child), child.startIndex ?? 0, kind === 'heading' ? Number(child.name!.slice(1)) : undefined);
      } else {
        walk(child);
      }
    }
    flush();
  };
  walk(document);
  return { blocks, ...(language ? { language } : {}) };
}

/** Elements that are part of a line of text, not blocks of their own. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'label', 'img',
]);
