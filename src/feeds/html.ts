/**
 * HTML → rolekit's description blocks, once, at the feed boundary. DOM-free (htmlparser2's
 * tokenizing parser: Node, browsers, edge runtimes), linear in the input, never throws.
 *
 * What becomes what:
 * - `h1`–`h6` → a heading block (no level: the element renders headings under the page's own).
 * - `p`, `div` and every other block-level element (section, blockquote, pre, dd, tr, …) → paragraphs:
 *   each block boundary ends one. `br` and `hr` end a paragraph too (two lines are two paragraphs;
 *   `<br><br>` makes no empty one). Inside a heading or a list item a `br` is a space.
 * - `ul`, `ol` (and `menu`, `dir`) → a list block, `ordered: true` for `ol`. Nested lists are
 *   flattened into the outermost list: the parent item's own text, then the nested items, in
 *   document order. Block elements inside an item join it with a space. `li` outside any list (Lever's
 *   `lists[].content`) makes a list of its own. A list longer than the schema's 60 items continues
 *   in the next list block.
 * - Inline elements (`b`, `i`, `span`, …) and unknown tags: their text is kept, the tags are not.
 * - `a href` → a link of its paragraph or list block (`links`: its text and href), when the href is
 *   an absolute http(s) or mailto URL and the link lies within one paragraph or item (see
 *   html-links.ts); any other link keeps only its text. Links in headings keep only their text.
 * - Dropped with their content: script, style, noscript, template, title, iframe/frame/frameset,
 *   noembed/noframes, object/embed/applet, svg/math, canvas/audio/video, and form controls
 *   (button, select, option, optgroup, datalist, textarea). Images, inputs and every attribute but
 *   a link's `href` (event handlers, `style`, `src`) are dropped; comments and CDATA too. A `form` element itself
 *   goes, its text (labels) stays.
 * - Entities are decoded exactly once, by the parser. Whitespace (any Unicode space, `&nbsp;`
 *   included) is collapsed to one space and trimmed; control characters are dropped; blocks with no
 *   visible character (`<p>&nbsp;</p>`, a zero-width space) are dropped.
 * - Every text fits the schema's limits: a paragraph over 5,000 characters continues in the next
 *   paragraph (cut at a space where there is one); a heading over 200 or a list item over 600
 *   characters is cut, ending in "…". At most `maxBlocks` blocks (default 200, the schema's most);
 *   past that the rest is left out and `clipped` says so.
 */
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities/decode';
import { LIMITS } from '../schema/constants.js';
import { blockLinks, linkHref, linksOfLine, linksWithin, type FoundLink, type RawLink } from './html-links.js';
import { clip, cleanText, cutAt, visible } from './normalize.js';
import type { DescriptionBlock } from './types.js';

/** Most blocks an opening's description may hold (the schema's limit). */
export const MAX_BLOCKS = 200;
/** Most items in one list block (the schema's limit); longer lists continue in the next block. */
const MAX_ITEMS = LIMITS.list;
const HEADING_MAX = LIMITS.shortText;
const ITEM_MAX = LIMITS.listItem;
const PARAGRAPH_MAX = LIMITS.paragraph;

export interface HtmlOptions {
  /** Most blocks to return (default and at most 200, the schema's limit). */
  maxBlocks?: number;
}

export interface HtmlConversion {
  blocks: DescriptionBlock[];
  /** Whether text was left out because the blocks reached `maxBlocks`. */
  clipped: boolean;
}

/** Elements whose content is not text a reader sees: dropped whole. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'title',
  'iframe', 'frame', 'frameset', 'noembed', 'noframes',
  'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'audio', 'video',
  'button', 'select', 'option', 'optgroup', 'datalist', 'textarea',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol', 'menu', 'dir']);
/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  'p', 'div', 'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'html',
  'legend', 'listing', 'main', 'nav', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'xmp', 'plaintext', 'search',
]);
/** Elements whose neighbours' text must not run into theirs: a space between. */
const SPACED = new Set(['td', 'th', 'li']);

/** `text` in pieces of at most `max` code units, cut at the last space before the limit where there is one. */
export function pieces(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let end = rest.lastIndexOf(' ', max);
    if (end < max / 2) end = cutAt(rest, max);
    out.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  if (rest) out.push(rest);
  return out.filter(visible);
}

interface OpenList {
  ordered: boolean;
  /** How many elements were open when the list's items began: its items are opened one deeper. */
  depth: number;
  /** A list made for `li` elements found outside any list. */
  implicit: boolean;
}

/** HTML → description blocks, and whether any text was left out (see the module's notes). */
export function convertHtml(html: string, options: HtmlOptions = {}): HtmlConversion {
  const maxBlocks = Math.max(0, Math.min(options.maxBlocks ?? MAX_BLOCKS, MAX_BLOCKS));
  const blocks: DescriptionBlock[] = [];
  let clipped = false;
  let text = '';
  let depth = 0;
  let dropping = 0;
  /** Inside a heading whose text is not out yet: a heading gives one heading block; what follows in it is paragraphs. */
  let heading = false;
  const lists: OpenList[] = [];
  let items: string[] = [];
  /** The outermost open `<a>`: its href when kept, where its text began (-1 once a block ended inside it). */
  let anchor: { href?: string; start: number; depth: number } | undefined;
  /** The links in the text being gathered, and in the list items so far. */
  let rawLinks: RawLink[] = [];
  let itemLinks: FoundLink[] = [];

  const room = () => blocks.length < maxBlocks;
  const add = (block: DescriptionBlock) => {
    if (room()) blocks.push(block);
    else clipped = true;
  };

  /** Ends the text being gathered: an item, a heading or paragraphs, by where it stands. */
  const flush = () => {
    const line = cleanText(text);
    const found = rawLinks.length ? linksOfLine(text, line, rawLinks) : [];
    text = '';
    rawLinks = [];
    if (anchor) anchor.start = -1;
    if (!visible(line)) return;
    if (lists.length) {
      // no more items than the blocks left can hold
      if (items.length < (maxBlocks - blocks.length) * MAX_ITEMS) {
        const item = clip(line, ITEM_MAX);
        itemLinks.push(...linksWithin(found, 0, item === line ? line.length : item.length - 1, items.length));
        items.push(item);
      } else clipped = true;
    } else if (heading) {
      add({ type: 'heading', text: clip(line, HEADING_MAX) });
      heading = false;
    } else {
      let from = 0;
      for (const piece of pieces(line, PARAGRAPH_MAX)) {
        const start = line.indexOf(piece, from);
        from = start + piece.length;
        const links = found.length ? blockLinks([piece], linksWithin(found, start, from)) : undefined;
        add(links ? { type: 'paragraph', text: piece, links } : { type: 'paragraph', text: piece });
      }
    }
  };

  /** Closes the innermost list; the outermost one becomes list blocks. */
  const endList = () => {
    flush();
    const list = lists.pop()!;
    if (lists.length) return;
    for (let i = 0; i < items.length; i += MAX_ITEMS) {
      const chunk = items.slice(i, i + MAX_ITEMS);
      const within = itemLinks.filter((link) => link.index >= i && link.index < i + MAX_ITEMS).map((link) => ({ ...link, index: link.index - i }));
      const links = within.length ? blockLinks(chunk, within) : undefined;
      add({ type: 'list', items: chunk, ...(list.ordered && { ordered: true }), ...(links && { links }) });
    }
    items = [];
    itemLinks = [];
  };

  /** Inside a list a block boundary is a space; elsewhere it ends a paragraph or heading. */
  const boundary = () => {
    if (lists.length) text += ' ';
    else flush();
  };

  /** The innermost list, when it is one made for stray `li` elements. */
  const implicit = () => {
    const top = lists[lists.length - 1];
    return top?.implicit ? top : undefined;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropping) {
          depth++;
          if (DROP.has(name)) dropping++;
          return;
        }
        // a list made for stray items ends at the first element beside them that is not one
        if (name !== 'li' && !DROP.has(name) && implicit()?.depth === depth) endList();
        if (name === 'a' && !anchor) anchor = { href: linkHref(attributes.href), start: text.length, depth };
        depth++;
        if (DROP.has(name)) dropping++;
        else if (LISTS.has(name)) {
          if (lists.length) flush();
          else boundary();
          lists.push({ ordered: name === 'ol', depth, implicit: false });
        } else if (name === 'li') {
          if (!lists.length) {
            flush();
            lists.push({ ordered: false, depth: depth - 1, implicit: true });
          }
          flush();
        } else if (HEADINGS.has(name)) {
          boundary();
          if (!lists.length) heading = true;
        } else if (name === 'br') {
          if (lists.length || heading) text += ' ';
          else flush();
        } else if (name === 'hr' || BLOCKS.has(name)) boundary();
        else if (SPACED.has(name)) text += ' ';
      },
      onclosetag(name) {
        depth--;
        if (dropping) {
          if (DROP.has(name)) dropping--;
          return;
        }
        if (name === 'a' && anchor?.depth === depth) {
          if (anchor.href && anchor.start >= 0) rawLinks.push({ start: anchor.start, end: text.length, href: anchor.href });
          anchor = undefined;
        }
        if (LISTS.has(name)) {
          // a made-up list is never the innermost one here: it is only made when no list is open
          if (lists.length && !implicit()) endList();
        } else if (name === 'li') flush();
        else if (HEADINGS.has(name)) {
          if (!lists.length) flush();
          heading = false;
        } else if (BLOCKS.has(name)) boundary();
        else if (SPACED.has(name)) text += ' ';
        // …and with the element around them
        const made = implicit();
        if (made && depth < made.depth) endList();
      },
      ontext(data) {
        if (dropping) return;
        // …and at text beside them
        if (implicit()?.depth === depth && visible(data)) endList();
        text += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: false, recognizeSelfClosing: false },
  );
  try {
    parser.end(typeof html === 'string' ? html : String(html ?? ''));
  } catch {
    // htmlparser2 is not known to throw on any input; if it ever does, keep what was read
  }
  while (lists.length) endList();
  flush();
  return { blocks, clipped };
}

/** HTML → description blocks (see the module's notes): plain text only, always valid as an opening's. */
export function htmlToBlocks(html: string, options?: HtmlOptions): DescriptionBlock[] {
  return convertHtml(html, options).blocks;
}

/**
 * Decodes HTML character references once (`&lt;p&gt;` → `<p>`, `&amp;lt;` → `&lt;`), as a browser
 * decodes text. For Greenhouse's `content`, whose HTML arrives entity-escaped: decode it with this
 * once, then give the result to `htmlToBlocks` — which decodes what is left once more, as text, so
 * `&amp;lt;script&amp;gt;` ends as the visible text `<script>`, never as markup.
 */
export function decodeEntities(text: string): string {
  return decodeHTML(typeof text === 'string' ? text : String(text ?? ''));
}
