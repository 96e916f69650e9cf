/**
 * What `renderPage` says about each kind of document: its default title and description, and the
 * structured data of its page — a role's graph, an ItemList for a listing, a JobPosting for an
 * opening (none when the opening is expired or lacks what a JobPosting requires).
 */
import { hrefOf } from '../elements/role-board/role-board.js';
import type { JsonLdGraph } from '../schema/jsonld.js';
import { toItemList, toJsonLd } from '../schema/jsonld.js';
import type { Opening, OpeningIndex } from '../schema/opening.js';
import { toJobPosting, toOpeningsItemList } from '../schema/jobposting.js';
import { isExpired } from '../schema/parse-opening.js';
import type { Role } from '../schema/role.js';
import type { RoleIndex } from '../schema/role-index.js';

export interface About {
  title: string;
  description: string;
  /** The page's JSON-LD for its canonical URL, or undefined when it has none. */
  graph(url: string): JsonLdGraph | undefined;
}

/** A meta description from the start of a text: whole words, at most `max` characters, "…" when cut. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

export function aboutPage(element: string, doc: Role | RoleIndex | Opening | OpeningIndex, hrefTemplate?: string, forRole?: string): About {
  if (element === 'rk-role-board') {
    const index = doc as RoleIndex;
    return { title: 'Roles', description: `${index.roles.length} roles`, graph: (url) => toItemList(index, { url, href: (entry) => hrefOf(entry, hrefTemplate) }) };
  }
  if (element === 'rk-openings') {
    const index = doc as OpeningIndex;
    const open = index.openings.filter((entry) => !isExpired(entry) && (forRole === undefined || entry.role === forRole)).length;
    return { title: 'Open positions', description: `${open} open positions`, graph: (url) => toOpeningsItemList(index, { url, role: forRole }) };
  }
  if (element === 'rk-opening') {
    const opening = doc as Opening;
    const first = opening.description.find((block) => block.type === 'paragraph');
    return {
      title: opening.title,
      description: first ? excerpt(first.text) : `${opening.title} — ${opening.organization.name}`,
      graph: (url) => {
        const posting = toJobPosting(opening, { url });
        return posting && { '@context': 'https://schema.org', '@graph': [posting] };
      },
    };
  }
  const role = doc as Role;
  return { title: role.title, description: role.summary, graph: (url) => toJsonLd(role, { url }) };
}
