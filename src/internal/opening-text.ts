/**
 * An opening's facts in words, in the document's language: salary ranges (Intl.NumberFormat),
 * "Posted 3 days ago" (Intl.RelativeTimeFormat), places, workplace and employment types. Shared
 * by `<rk-opening>` and `<rk-openings>`; DOM-free, so a server renders the same text.
 */
import { format, type Strings } from '../i18n/strings.js';
import type { EmploymentType, OpeningLocation, Salary, Workplace } from '../schema/opening.js';

const DAY = 86_400_000;

/** One Intl formatter per language and options: they are slow to make and used for every row. */
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: (language: string) => T, language: string): T {
  const id = `${key}|${language}`;
  let value = cache.get(id) as T | undefined;
  if (value === undefined) {
    try {
      value = make(language);
    } catch {
      value = make('en'); // a tag Intl cannot handle: English, rather than nothing
    }
    cache.set(id, value);
  }
  return value;
}

const places = new Map<string, string>();
/** A country's name from its ISO code ("DE" → "Germany"); other text ("EU", "Europe") as Intl or the source names it. */
export function placeName(code: string, language: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  const key = `${language}|${code}`;
  let name = places.get(key);
  if (name === undefined) {
    const names = cached('region', (l) => new Intl.DisplayNames(l, { type: 'region', fallback: 'code' }), language);
    try {
      name = names.of(code) ?? code;
    } catch {
      name = code;
    }
    places.set(key, name);
  }
  return name;
}

/** A location as the source writes it (`name`), else "City, Region, Country". */
export const locationText = (location: OpeningLocation, language: string): string =>
  location.name ?? [location.city, location.region, location.country && placeName(location.country, language)].filter(Boolean).join(', ');

/** Words joined as the language lists them, without "and": "Full time, Part time". */
export const listText = (words: readonly string[], language: string): string =>
  cached('list', (l) => new Intl.ListFormat(l, { type: 'unit', style: 'short' }), language).format(words);

export const workplaceText = (workplace: Workplace, t: Strings): string => t[`workplace-${workplace}`];

export const employmentText = (types: readonly EmploymentType[], t: Strings, language: string): string =>
  listText(
    types.map((type) => t[`employment-${type}`]),
    language,
  );

/**
 * "€65,000–80,000 a year", "From $30 an hour", "Up to ¥9,000,000 a year" — or '' when the salary
 * names no amount. A range whose ends both carry the currency symbol shows it once.
 */
export function salaryText(salary: Salary, language: string, t: Strings): string {
  const { min, max, currency, unit } = salary;
  const whole = [min, max].every((n) => n === undefined || Number.isInteger(n));
  const numbers = cached(
    `money:${currency}:${whole}`,
    (l) => new Intl.NumberFormat(l, { style: 'currency', currency, ...(whole ? { maximumFractionDigits: 0 } : {}) }),
    language,
  );
  let amount: string;
  if (min !== undefined && max !== undefined && min !== max) amount = range(numbers, Math.min(min, max), Math.max(min, max));
  else if (min !== undefined && max !== undefined) amount = numbers.format(min);
  else if (min !== undefined) amount = format(t.salaryFrom, { amount: numbers.format(min) });
  else if (max !== undefined) amount = format(t.salaryUpTo, { amount: numbers.format(max) });
  else return '';
  return format(t[`salary-${unit}`], { amount });
}

/** `formatRange`, with the currency once when ICU repeats it before both numbers ("€65,000 – €80,000" → "€65,000–80,000"). */
function range(numbers: Intl.NumberFormat, low: number, high: number): string {
  const parts = numbers.formatRangeToParts(low, high);
  const start = parts.find((p) => p.source === 'startRange' && p.type === 'currency');
  const endAt = parts.findIndex((p) => p.source === 'endRange');
  const end = parts[endAt];
  if (!start || end?.type !== 'currency' || end.value !== start.value) return parts.map((p) => p.value).join('');
  return parts
    .filter((_, i) => i !== endAt)
    .map((p, i, kept) => (p.source === 'shared' && kept[i + 1]?.source === 'endRange' ? p.value.trim() : p.value))
    .join('');
}

/** Whole days from an ISO date (UTC midnight) to `now`; never negative (a clock behind the server's). */
const daysSince = (iso: string, now: number): number => Math.max(0, Math.floor((now - Date.parse(iso)) / DAY));

/** "3 days ago", "yesterday", "2 weeks ago", "5 months ago": the time since `iso`, in words. */
export function ago(iso: string, language: string, now = Date.now()): string {
  const days = daysSince(iso, now);
  const words = cached('relative', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }), language);
  if (days < 7) return words.format(-days, 'day');
  if (days < 30) return words.format(-Math.floor(days / 7), 'week');
  if (days < 365) return words.format(-Math.floor(days / 30), 'month');
  return words.format(-Math.floor(days / 365), 'year');
}

/** A date (or a date-time's day) in the long form of the language: "November 21, 2026". */
export function dateText(iso: string, language: string): string {
  const date = new Date(iso.slice(0, 10)); // the day as the source wrote it, whatever its time zone
  if (Number.isNaN(date.getTime())) return iso;
  return cached('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }), language).format(date);
}

/** The template's text around a `{slot}`: [before, after], for markup (a `<time>`) in between. */
export const around = (template: string, slot: string): [string, string] => {
  const [before, after = ''] = template.split(`{${slot}}`);
  return [before, after];
};
