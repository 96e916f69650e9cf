// Inline links in an opening's description, kept apart from its plain text: a block's `text`
// (or a list's `items`) stays the whole text, and each link names a run of it. DOM-free and small:
// the schema's check, the element and the JobPosting all place links the same way, here.

/** A link in a description block: `text` is a run of the block's own text, `href` where it goes. */
export interface TextLink {
  text: string;
  href: string;
}

/** Where a run of text sits: in which of the block's texts (0 for a paragraph, the item for a list), at which offsets. */
export interface RunAt {
  index: number;
  start: number;
  end: number;
}

/** A link placed in its block's text. */
export interface PlacedLink extends RunAt {
  href: string;
}

/** Where reading goes on: in which of the block's texts, from which offset. */
export interface LinkCursor {
  index: number;
  at: number;
}

/** The first occurrence of `text` at or after `from` (a list's items read in order), or `undefined`. */
export function findRun(texts: readonly string[], text: string, from: LinkCursor = { index: 0, at: 0 }): RunAt | undefined {
  if (!text) return undefined;
  for (let i = from.index; i < texts.length; i++) {
    const start = texts[i].indexOf(text, i === from.index ? from.at : 0);
    if (start >= 0) return { index: i, start, end: start + text.length };
  }
  return undefined;
}

/**
 * Places each link at the first occurrence of its text after the previous link (reading a list's
 * items in order): `undefined` for a link whose text does not occur there.
 */
export function placeLinks(texts: readonly string[], links: readonly TextLink[] = []): (PlacedLink | undefined)[] {
  let from: LinkCursor = { index: 0, at: 0 };
  return links.map((link) => {
    const found = findRun(texts, link.text, from);
    if (!found) return undefined;
    from = { index: found.index, at: found.end };
    return { ...found, href: link.href };
  });
}

/** A text in runs: plain strings, and the linked runs with their `href`, in order. */
export type Run = string | { text: string; href: string };

/** The `index`th text of a block in runs, with the links placed in it. */
export function runsOf(text: string, index: number, placed: readonly (PlacedLink | undefined)[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const link of placed) {
    if (link?.index !== index) continue;
    if (link.start > at) runs.push(text.slice(at, link.start));
    runs.push({ text: text.slice(link.start, link.end), href: link.href });
    at = link.end;
  }
  if (at < text.length || !runs.length) runs.push(text.slice(at));
  return runs;
}
