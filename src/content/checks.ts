/// <reference types="node" />
/**
 * Warnings for what will look wrong on a page or in search results, though the documents are
 * valid: a summary longer than a search snippet, a question asked twice, a slug (or an opening's
 * id) used by two files, placeholder text `rolekit new` left in.
 */
import type { Opening } from '../schema/opening.js';
import type { Role } from '../schema/role.js';
import { fold } from '../schema/text.js';
import { pathLocator, type DocumentKind } from './load.js';
import { joinPath, locator, type Located } from './located.js';

/**
 * About what a search result shows of a page's description (the role's `summary` is the page's
 * meta description): longer text is cut there.
 */
export const SNIPPET_LENGTH = 160;

/** The marker of text `rolekit new` writes for you to replace: "TODO: …". */
export const PLACEHOLDER = 'TODO';
const PLACEHOLDER_TEXT = new RegExp(`\\b${PLACEHOLDER}\\b`);

/** A file that loaded. */
export interface Loaded {
  file: string;
  text: string;
  kind: DocumentKind;
  value: Role | Opening;
}

/** The warnings for these documents: each on its own, then what two files share. */
export function contentWarnings(documents: readonly Loaded[]): Located[] {
  // each file parsed again (for positions) only if it has a warning, and once
  const places = new Map<Loaded, { at: ReturnType<typeof locator>; locate: ReturnType<typeof pathLocator> }>();
  const warn = (doc: Loaded, path: (string | number)[], message: string): Located => {
    if (!places.has(doc)) places.set(doc, { at: locator(doc.file, doc.text), locate: pathLocator(doc.file, doc.text) });
    const { at, locate } = places.get(doc)!;
    return at(locate(path), joinPath(path), message, 'warning');
  };
  const warnings = documents.flatMap((doc) => documentWarnings(doc, warn));
  const owners = new Map<string, Loaded>();
  for (const doc of documents) {
    const key = doc.kind === 'role' ? 'slug' : 'id';
    const name = doc.kind === 'role' ? (doc.value as Role).slug : (doc.value as Opening).id;
    const first = owners.get(`${doc.kind} ${name}`);
    if (!first) owners.set(`${doc.kind} ${name}`, doc);
    else warnings.push(warn(doc, [key], `${doc.kind === 'role' ? 'slug' : 'id'} "${name}" is also used by ${first.file}: one page would replace the other`));
  }
  return warnings;
}

type Warn = (doc: Loaded, path: (string | number)[], message: string) => Located;

function documentWarnings(doc: Loaded, warn: Warn): Located[] {
  const warnings: Located[] = [];
  for (const [path, text] of texts(doc.value, [])) {
    if (PLACEHOLDER_TEXT.test(text)) warnings.push(warn(doc, path, `placeholder text (${PLACEHOLDER}) left from \`rolekit new\`: write the real text`));
  }
  if (doc.kind !== 'role') return warnings;
  const role = doc.value as Role;
  if (role.summary.length > SNIPPET_LENGTH) {
    warnings.push(
      warn(doc, ['summary'], `is ${role.summary.length} characters: search results show about the first ${SNIPPET_LENGTH}, so say what matters first or shorten it`),
    );
  }
  const asked = new Map<string, number>();
  (role.faq ?? []).forEach(({ question }, i) => {
    const key = fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const first = asked.get(key);
    if (first === undefined) asked.set(key, i);
    else warnings.push(warn(doc, ['faq', i, 'question'], `the same question as faq[${first}]: readers see it twice`));
  });
  return warnings;
}

/** Every text in a document, with its path. */
function* texts(value: unknown, path: (string | number)[]): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* texts(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key]);
}
