/**
 * What `<rk-openings>` searches and filters, made once per listing: each open opening's folded
 * search text, and its facet values as small integers in typed columns, so a keystroke over
 * 50,000 openings is one pass of `includes` and integer compares (and typing on narrows the
 * previous matches). DOM-free: the server renders the same list.
 */
import { runInSlices, runNow, sortInSlices, type Work } from '../../internal/slices.js';
import type { Strings } from '../../i18n/strings.js';
import { employmentText, locationText, placeName, workplaceText } from '../../internal/opening-text.js';
import type { OpeningIndex, OpeningIndexEntry } from '../../schema/opening.js';
import { isExpired } from '../../schema/opening-rules.js';
import { fold, slugify } from '../../schema/text.js';

/** The facets, in the order of their controls; each is a URL parameter of the same name. */
export const FACETS = ['location', 'workplace', 'department', 'type'] as const;
export type Facet = (typeof FACETS)[number];

export const OPENINGS_SORTS = ['newest', 'title'] as const;
export type OpeningsSort = (typeof OPENINGS_SORTS)[number];

/** One value of a facet: its URL key ("de", "de-berlin", "remote"), its name, and (a city) its country's id (-1: none). */
export interface FacetValue {
  key: string;
  name: string;
  country?: number;
}

export interface Prepared {
  /** the listing's open openings (expired ones left out), in the listing's order */
  entries: OpeningIndexEntry[];
  /** folded titles (the title order compares these) and folded search texts, by opening */
  titles: string[];
  texts: string[];
  /** locations: opening i's location value ids are `places[placeStart[i]]` up to `places[placeStart[i + 1]]` (countries and cities) */
  placeStart: Int32Array;
  places: Int32Array;
  /** by opening: its workplace's and department's value id (-1: none), its employment types as bits of their ids */
  workplace: Int32Array;
  department: Int32Array;
  types: Int32Array;
  /** per facet, every value that occurs, and URL key → id */
  facets: FacetValue[][];
  ids: Map<string, number>[];
  /** the openings (indexes) for one role ('' for all), per order, made when first asked for */
  views: Map<string, Int32Array>;
  /** the last search, to narrow as the reader types on */
  last?: { order: Int32Array; terms: readonly string[]; matches: Int32Array };
}

const prepared = new WeakMap<OpeningIndex, Prepared>();


// eslint-disable-next-line no-control-regex -- ASCII is what it is
const ASCII = /^[\u0000-\u007f]*$/;
/** `fold`, with a shortcut for ASCII text (most titles), where folding is lower-casing. */
const quickFold = (text: string): string => (ASCII.test(text) ? text.toLowerCase() : fold(text));

/** `make(key)`, made once per key: many openings share their places, departments and types. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = make(key)));
    return value;
  };
}

/** Listings up to this size are indexed at once, in the render that shows them (a few ms); larger ones in slices. */
export const AT_ONCE = 2_000;

/** The listing's search index, made now (on first use) and kept as long as the listing is. */
export function prepare(index: OpeningIndex, t: Strings): Prepared {
  return prepared.get(index) ?? runNow(prepareWork(index, t));
}

/** The listing's search index if it is made, else undefined. */
export const preparedIndex = (index: OpeningIndex): Prepared | undefined => prepared.get(index);

const working = new WeakMap<OpeningIndex, Promise<unknown>>();

/**
 * Makes the listing's search index a few milliseconds at a time (50,000 openings: no long task);
 * the same promise for every caller while it runs. `cancelled()`: stop (the element left the page).
 */
export function prepareInSlices(index: OpeningIndex, t: Strings, cancelled: () => boolean): Promise<unknown> {
  if (prepared.has(index)) return Promise.resolve();
  let run = working.get(index);
  if (!run) {
    run = runInSlices(prepareWork(index, t), cancelled).finally(() => working.delete(index));
    working.set(index, run);
  }
  return run;
}

/** Makes the search index: every entry's folded text and facet values, yielding every few hundred entries. */
function* prepareWork(index: OpeningIndex, t: Strings): Work<Prepared> {
  const language = index.language ?? 'en';
  const facets: FacetValue[][] = FACETS.map(() => []);
  const ids: Map<string, number>[] = FACETS.map(() => new Map());
  const id = (facet: number, key: string, name: () => string, country?: number): number => {
    let n = ids[facet].get(key);
    if (n === undefined) {
      ids[facet].set(key, (n = facets[facet].length));
      facets[facet].push(country === undefined ? { key, name: name() } : { key, name: name(), country });
    }
    return n;
  };
  const slug = memo(slugify);
  const typesText = memo((key) => quickFold(employmentText(key.split(' ') as never, t, language)));
  const now = new Date();
  const entries: OpeningIndexEntry[] = [];
  for (let i = 0; i < index.openings.length; i++) {
    if (!isExpired(index.openings[i], now)) entries.push(index.openings[i]);
    if ((i & 1023) === 1023) yield;
  }
  const n = entries.length;
  const list: Prepared = {
    entries,
    titles: new Array<string>(n),
    texts: new Array<string>(n),
    placeStart: new Int32Array(n + 1),
    places: new Int32Array(entries.reduce((sum, entry) => sum + 2 * (entry.locations?.length ?? 0), 0)),
    workplace: new Int32Array(n).fill(-1),
    department: new Int32Array(n).fill(-1),
    types: new Int32Array(n),
    facets,
    ids,
    views: new Map(),
  };
  const place = memo((key) => {
    const [name, city, region, country] = key.split('\n');
    return quickFold(locationText({ name: name || undefined, city: city || undefined, region: region || undefined, country: country || undefined }, language));
  });
  /** Adds a value to opening i's places, once. */
  const add = (i: number, value: number, end: number): number => {
    for (let q = list.placeStart[i]; q < end; q++) if (list.places[q] === value) return end;
    list.places[end] = value;
    return end + 1;
  };
  let p = 0;
  for (let i = 0; i < n; i++) {
    if (i % 256 === 255) yield;
    const entry = entries[i];
    list.placeStart[i] = p;
    const words = [quickFold(entry.title), entry.organization, entry.department, entry.team];
    for (const { name = '', city = '', region = '', country: code = '' } of entry.locations ?? []) {
      words.push(place(`${name}\n${city}\n${region}\n${code}`));
      // a city counts in its country and on its own
      const country = code ? id(0, code.toLowerCase(), () => placeName(code, language)) : -1;
      if (country >= 0) p = add(i, country, p);
      if (city) p = add(i, id(0, `${code.toLowerCase() || 'xx'}-${slug(city)}`, () => city, country), p);
    }
    if (entry.workplace) {
      list.workplace[i] = id(1, entry.workplace, () => workplaceText(entry.workplace!, t));
      words.push(workplaceText(entry.workplace, t));
    }
    if (entry.department) list.department[i] = id(2, slug(entry.department), () => entry.department!);
    for (const type of entry.employmentType ?? []) list.types[i] |= 1 << id(3, type, () => t[`employment-${type}`]);
    if (entry.employmentType) words.push(typesText(entry.employmentType.join(' ')));
    list.titles[i] = words[0]!;
    // joined, not concatenated: a flat string, which the first search need not flatten
    list.texts[i] = quickFold(words.filter(Boolean).join(' '));
  }
  list.placeStart[n] = p;
  // the first view (all, newest first) sorted here, in slices, not in the render that shows it
  const order = Array.from({ length: n }, (_, i) => i);
  yield* sortInSlices(order, (a, b) => (entries[a].posted < entries[b].posted ? 1 : entries[a].posted > entries[b].posted ? -1 : 0));
  list.views.set(viewKey('newest', ''), Int32Array.from(order));
  prepared.set(index, list);
  return list;
}

const viewKey = (sort: OpeningsSort, role: string) => `${sort} ${role}`;

/** The openings for `role` ('' for all), in `sort` order, made once per role and order. */
export function view(list: Prepared, role: string, sort: OpeningsSort): Int32Array {
  const key = viewKey(sort, role);
  let order = list.views.get(key);
  if (!order) {
    const { entries, titles } = list;
    const picked: number[] = [];
    for (let i = 0; i < entries.length; i++) if (!role || entries[i].role === role) picked.push(i);
    // posted dates are ISO dates: as text they sort like dates; ties keep the listing's order
    if (sort === 'newest') picked.sort((a, b) => (entries[a].posted < entries[b].posted ? 1 : entries[a].posted > entries[b].posted ? -1 : a - b));
    else picked.sort((a, b) => (titles[a] < titles[b] ? -1 : titles[a] > titles[b] ? 1 : a - b));
    list.views.set(key, (order = Int32Array.from(picked)));
  }
  return order;
}

/** The openings of `order` whose text holds every term: from the last search's matches when these terms only narrow it. */
function search(list: Prepared, order: Int32Array, terms: readonly string[]): Int32Array {
  if (!terms.length) return order;
  const last = list.last;
  const same = last?.order === order && last.terms.length === terms.length && last.terms.every((term, i) => term === terms[i]);
  if (same) return last.matches;
  const narrower = last?.order === order && last.terms.every((term) => terms.some((now) => now.includes(term)));
  const from = narrower ? last.matches : order;
  const { texts } = list;
  const out = new Int32Array(from.length);
  let n = 0;
  outer: for (let k = 0; k < from.length; k++) {
    const text = texts[from[k]];
    for (let j = 0; j < terms.length; j++) if (!text.includes(terms[j])) continue outer;
    out[n++] = from[k];
  }
  list.last = { order, terms: [...terms], matches: out.subarray(0, n) };
  return list.last.matches;
}

export interface Selection {
  /** what matches the search and every chosen facet value: indexes into `entries` */
  results: Int32Array;
  /** per facet, per value id: how many match the search and the other facets' choices */
  counts: Int32Array[];
  /** per facet: how many match the search and the other facets' choices (its "All …" option) */
  totals: number[];
}

/**
 * Filters `order` by the search `terms` (folded) and the `chosen` facet values (per facet, a URL
 * key or ''), and counts each facet's values among what the other facets let through — so every
 * option shown leads somewhere, and choosing one changes only the others' counts. One pass.
 */
export function select(list: Prepared, order: Int32Array, terms: readonly string[], chosen: readonly string[]): Selection {
  // -1: not filtered; a key the listing does not have (an old shared link) matches nothing: -2
  const [wl, ww, wd, wt] = chosen.map((key, f) => (key ? (list.ids[f].get(key) ?? -2) : -1));
  const bit = wt >= 0 ? 1 << wt : 0;
  const { placeStart, places, workplace, department, types } = list;
  const counts = list.facets.map((values) => new Int32Array(values.length));
  const [cl, cw, cd, ct] = counts;
  const totals = [0, 0, 0, 0];
  const matches = search(list, order, terms);
  const results = new Int32Array(matches.length);
  let found = 0;
  for (let k = 0; k < matches.length; k++) {
    const i = matches[k];
    const start = placeStart[i];
    const end = placeStart[i + 1];
    let fails = 0;
    let failed = -1;
    if (wl !== -1) {
      let has = false;
      for (let q = start; q < end && !has; q++) has = places[q] === wl;
      if (!has) {
        fails++;
        failed = 0;
      }
    }
    if (ww !== -1 && workplace[i] !== ww) {
      fails++;
      failed = 1;
    }
    if (fails < 2 && wd !== -1 && department[i] !== wd) {
      fails++;
      failed = 2;
    }
    if (fails < 2 && wt !== -1 && !(types[i] & bit)) {
      fails++;
      failed = 3;
    }
    if (fails > 1) continue;
    if (!fails || failed === 0) {
      totals[0]++;
      for (let q = start; q < end; q++) cl[places[q]]++;
    }
    if (!fails || failed === 1) {
      totals[1]++;
      if (workplace[i] >= 0) cw[workplace[i]]++;
    }
    if (!fails || failed === 2) {
      totals[2]++;
      if (department[i] >= 0) cd[department[i]]++;
    }
    if (!fails || failed === 3) {
      totals[3]++;
      for (let b = types[i], type = 0; b; b >>= 1, type++) if (b & 1) ct[type]++;
    }
    if (!fails) results[found++] = i;
  }
  return { results: results.subarray(0, found), counts, totals };
}
