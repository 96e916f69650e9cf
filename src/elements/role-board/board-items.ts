/**
 * What a board searches, filters and sorts: each listing entry with its folded text, made once
 * per listing and kept per order. Small listings are prepared at once; large ones in slices
 * (src/internal/slices.ts), with a first page of cards chosen before the whole listing is sorted,
 * so 100,000 roles never make a long task.
 */
import type { RoleInput } from '../../schema/role.js';
import type { RoleIndex, RoleIndexEntry } from '../../schema/role-index.js';
import { fold, slugify } from '../../schema/text.js';
import { runInSlices, runNow, sortInSlices, type Work } from '../../internal/slices.js';

export type BoardSort = 'title' | 'updated';

/** An entry with what searching and filtering need, computed once per listing. */
export interface Item {
  entry: RoleIndexEntry;
  /** the entry as the role card takes it */
  role: RoleInput;
  /** the folded title: the title order compares it first */
  title: string;
  /** folded "title category summary": a search is one `includes` per term */
  text: string;
  /** the category's slug, as in `?category=` */
  category: string;
}

/** Listings up to this size are prepared at once, in the render that shows them (a few ms). */
export const AT_ONCE = 2_000;

/**
 * The orders. Folded strings compared as they are sort like a collator for Latin scripts at a
 * fraction of the cost (10,000 titles: ~3 ms instead of ~16 ms). Ties keep the listing's order.
 */
const COMPARE: Record<BoardSort, (a: Item, b: Item) => number> = {
  title: (a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  updated: (a, b) => (a.entry.updated < b.entry.updated ? 1 : a.entry.updated > b.entry.updated ? -1 : 0),
};

interface Prepared {
  /** every entry's item, in the listing's order */
  all?: Item[];
  orders: Partial<Record<BoardSort, Item[]>>;
  /** the first cards of an order, while the whole order is still being made */
  first: Partial<Record<BoardSort, Item[]>>;
  /** the slices at work on an order */
  working: Partial<Record<BoardSort, Promise<unknown>>>;
}

const prepared = new WeakMap<RoleIndex, Prepared>();
const preparedOf = (index: RoleIndex): Prepared => {
  let p = prepared.get(index);
  if (!p) prepared.set(index, (p = { orders: {}, first: {}, working: {} }));
  return p;
};

function itemOf(entry: RoleIndexEntry, slugs: Map<string, string>): Item {
  let category = slugs.get(entry.category);
  if (category === undefined) slugs.set(entry.category, (category = slugify(entry.category)));
  const role = { schemaVersion: 1, slug: entry.slug, title: entry.title, summary: entry.summary, category: { name: entry.category }, updated: entry.updated } as const;
  return { entry, role, title: fold(entry.title), text: fold(`${entry.title} ${entry.category} ${entry.summary}`), category };
}

function* itemsWork(index: RoleIndex, p: Prepared): Work<Item[]> {
  if (p.all) return p.all;
  const slugs = new Map<string, string>(); // few categories, many roles: slugify each name once
  const all: Item[] = [];
  for (let i = 0; i < index.roles.length; i++) {
    all.push(itemOf(index.roles[i], slugs));
    if ((i & 255) === 255) yield;
  }
  return (p.all = all);
}

function* orderWork(index: RoleIndex, sort: BoardSort, p: Prepared): Work<Item[]> {
  const all = yield* itemsWork(index, p);
  const order = yield* sortInSlices(all.slice(), COMPARE[sort]);
  p.orders[sort] = order;
  delete p.first[sort];
  return order;
}

/** The listing's items in `sort` order, made now if they are not made yet (small listings, the server). */
export function itemsOf(index: RoleIndex, sort: BoardSort): Item[] {
  const p = preparedOf(index);
  return p.orders[sort] ?? runNow(orderWork(index, sort, p));
}

/** The items in `sort` order when they are made; else undefined. */
export const readyItems = (index: RoleIndex, sort: BoardSort): Item[] | undefined => prepared.get(index)?.orders[sort];

/** The first `count` cards of `sort` order, known before the whole order is made (large listings). */
export const firstItems = (index: RoleIndex, sort: BoardSort): Item[] | undefined => prepared.get(index)?.first[sort];

/**
 * Prepares a large listing's `sort` order in slices; `progress` is called when the first
 * `count` cards are known and when the whole order is made. Once per listing and order.
 */
export function prepareInSlices(index: RoleIndex, sort: BoardSort, count: number, progress: () => void, cancelled: () => boolean): Promise<unknown> {
  const p = preparedOf(index);
  if (p.orders[sort]) return Promise.resolve();
  if (p.working[sort]) return p.working[sort];
  const work = async () => {
    // the first page: the `count` best entries, a cheap pass over the listing
    if (!p.all) {
      const first = await runInSlices(firstWork(index, sort, count), cancelled);
      if (first) {
        p.first[sort] = first;
        progress();
      }
    }
    await runInSlices(orderWork(index, sort, p), cancelled);
    delete p.working[sort];
    if (p.orders[sort]) progress();
  };
  return (p.working[sort] = work());
}

/** The `count` first items of `sort` order, found in one pass that keeps only the best so far. */
function* firstWork(index: RoleIndex, sort: BoardSort, count: number): Work<Item[]> {
  const slugs = new Map<string, string>();
  const key = (entry: RoleIndexEntry) => (sort === 'title' ? fold(entry.title) : entry.updated);
  const before = sort === 'title' ? (a: string, b: string) => a < b : (a: string, b: string) => a > b;
  // the best `count` entries by key, and every entry tied with the last of them
  let best: { key: string; at: number }[] = [];
  let edge: string | undefined; // the worst key kept at the last trim
  let limit = 4 * count;
  for (let at = 0; at < index.roles.length; at++) {
    const k = key(index.roles[at]);
    if (edge === undefined || before(k, edge) || k === edge) {
      best.push({ key: k, at });
      if (best.length > limit) {
        best = trim(best, count, before);
        edge = best[best.length - 1].key;
        limit = Math.max(limit, 2 * best.length); // many ties at the edge: trim less often
      }
    }
    if ((at & 1023) === 1023) yield;
  }
  // the full order among the candidates: ties on the key are broken as the full sort breaks them
  const candidates = trim(best, count, before).map(({ at }) => itemOf(index.roles[at], slugs));
  return candidates.sort(COMPARE[sort]).slice(0, count);
}

/** The `count` best of `list` by key, plus those tied with the last of them, listing order kept among ties. */
function trim(list: { key: string; at: number }[], count: number, before: (a: string, b: string) => boolean): { key: string; at: number }[] {
  const sorted = list.slice().sort((a, b) => (before(a.key, b.key) ? -1 : before(b.key, a.key) ? 1 : a.at - b.at));
  const edge = sorted[Math.min(count, sorted.length) - 1]?.key;
  return sorted.filter((item, i) => i < count || item.key === edge);
}
