/**
 * Small helpers every adapter needs: dates to ISO 8601, ids, and the tables that map an ATS's own
 * values to rolekit's. Each maps only what the feed says, exactly: a value not in a table gives
 * `undefined` (the field stays absent), never a guess from free text.
 */
import type { EmploymentType, SalaryUnit, Workplace } from '../schema/opening-constants.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/**
 * A date or date-time as the feeds write them: "2026-07-30", "2026-07-30T19:46:15-05:00",
 * "2026-07-30T19:46:15.393Z", "2026-07-30 19:46:15 UTC" (Recruitee), "2026-07-30T10:00:00+0200"
 * (Personio), "2026-07-30T19:46:15 GMT+2".
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|UT|(?:(?:UTC|GMT)\s*)?[+-]\d{1,2}(?::?\d{2})?)?)?$/i;

interface Parts {
  date: string;
  /** "T19:46:15.393" */
  time?: string;
  /** "Z" or "+02:00"; undefined when the text names no zone. */
  zone?: string;
}

function parts(value: string): Parts | undefined {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zoneText] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return { date };
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  const time = `T${h}:${mi}:${s ?? '00'}${fraction ?? ''}`;
  if (zoneText === undefined) return { date, time };
  const offset = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zoneText);
  if (!offset) return { date, time, zone: 'Z' };
  const [, sign, oh, om = '00'] = offset;
  if (Number(oh) > 23 || Number(om) > 59) return undefined;
  const zone = Number(oh) === 0 && Number(om) === 0 ? 'Z' : `${sign}${pad(Number(oh))}:${om}`;
  return { date, time, zone };
}

/** Milliseconds since 1970 that make a date from year 1970 to 9999. */
const epoch = (ms: number): Date | undefined =>
  Number.isFinite(ms) && ms >= 0 && ms <= 253402300799999 ? new Date(ms) : undefined;

/**
 * An ISO date ("2026-07-30") from what a feed gives: epoch milliseconds (Lever's `createdAt`: the
 * UTC date), or a date or date-time text (the date as written, in the time zone it was written
 * in). `undefined` for anything else, or a date that does not exist.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value === 'number') return epoch(value)?.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  return parts(value)?.date;
}

/**
 * An ISO date-time with its time zone ("2026-07-30T19:46:15Z", "2026-07-30T10:00:00+02:00"), as
 * an opening's `validThrough` takes it: from epoch milliseconds (UTC) or a date-time text that
 * names its zone (the zone kept, "UTC" and "+00:00" written "Z"). A text without a time or
 * without a zone is `undefined`: which moment it means is not said.
 */
export function toIsoDateTime(value: unknown): string | undefined {
  if (typeof value === 'number') return epoch(value)?.toISOString();
  if (typeof value !== 'string') return undefined;
  const p = parts(value);
  return p?.time && p.zone ? `${p.date}${p.time}${p.zone}` : undefined;
}

/** Text folded to ASCII kebab-case words ("Développeur·euse (m/w/d)" → "developpeur-euse-m-w-d"). */
export function asciiSlug(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[œ]/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '');
}

/**
 * A stable, URL-safe opening id from the ATS's job id and title: "senior-engineer-127817". The same
 * job gives the same id every time; the ATS id keeps two jobs of one title apart. A title with no
 * Latin letters or digits gives the ATS id alone. `undefined` when the ATS id has no letters or
 * digits (the adapter reports it).
 */
export function openingId(atsId: unknown, title: unknown): string | undefined {
  const idText = typeof atsId === 'number' && Number.isFinite(atsId) ? String(atsId) : typeof atsId === 'string' ? atsId : '';
  const idSlug = asciiSlug(idText, 100);
  if (!idSlug) return undefined;
  const titleSlug = typeof title === 'string' ? asciiSlug(title, 80) : '';
  return titleSlug ? `${titleSlug}-${idSlug}` : idSlug;
}

/** A feed's value as a table key: lower case, letters and digits only ("Full-time" → "fulltime"). */
export const tableKey = (value: string): string => value.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Employment types as feeds write them, by `tableKey`: Ashby's enum ("FullTime"), Lever's and
 * Workable's labels ("Full-time", "Part Time", "Internship"), Recruitee's and Personio's codes.
 * Only labels that name one type; "Full-time or part-time" is no key (`employmentTypes` splits
 * lists the feed gives as lists, not text).
 */
export const EMPLOYMENT_TYPE_NAMES: Readonly<Record<string, EmploymentType>> = {
  fulltime: 'full-time',
  parttime: 'part-time',
  contract: 'contract',
  contractor: 'contract',
  freelance: 'contract',
  freelancer: 'contract',
  temporary: 'temporary',
  temp: 'temporary',
  intern: 'intern',
  internship: 'intern',
  volunteer: 'volunteer',
  volunteering: 'volunteer',
  perdiem: 'per-diem',
  other: 'other',
};

/** One feed value → rolekit's employment type, when the table has it. */
export function employmentType(value: unknown): EmploymentType | undefined {
  return typeof value === 'string' ? EMPLOYMENT_TYPE_NAMES[tableKey(value)] : undefined;
}

/** Several feed values (or one) → rolekit's employment types, each once, in order; `undefined` when none maps. */
export function employmentTypes(values: unknown): EmploymentType[] | undefined {
  const list = Array.isArray(values) ? values : [values];
  const types = [...new Set(list.map(employmentType).filter((t): t is EmploymentType => t !== undefined))];
  return types.length ? types : undefined;
}

/**
 * Workplace values as feeds write them, by `tableKey`: Lever's `workplaceType` ("on-site",
 * "remote", "hybrid"; "unspecified" is no key), Ashby's ("OnSite", "Remote", "Hybrid"), Workable's
 * ("on_site").
 */
export const WORKPLACE_NAMES: Readonly<Record<string, Workplace>> = {
  onsite: 'onsite',
  inoffice: 'onsite',
  office: 'onsite',
  remote: 'remote',
  fullyremote: 'remote',
  hybrid: 'hybrid',
};

export function workplace(value: unknown): Workplace | undefined {
  return typeof value === 'string' ? WORKPLACE_NAMES[tableKey(value)] : undefined;
}

/**
 * Salary periods as feeds write them, by `tableKey`: Lever's `salaryRange.interval`
 * ("per-year-salary", "per-hour-wage"), Ashby's `interval` ("1 YEAR", "1 HOUR"), plain words
 * ("yearly", "month"). One-time amounts and "NONE" are no key: no salary.
 */
export const SALARY_UNIT_NAMES: Readonly<Record<string, SalaryUnit>> = Object.fromEntries(
  (
    [
      ['year', ['year', 'yearly', 'annual', 'annually', 'peryear', 'peryearsalary', '1year', 'perannum', 'pa', 'yr']],
      ['month', ['month', 'monthly', 'permonth', 'permonthsalary', 'permonthwage', '1month', 'mo']],
      ['week', ['week', 'weekly', 'perweek', 'perweeksalary', 'perweekwage', '1week', 'wk']],
      ['day', ['day', 'daily', 'perday', 'perdaywage', 'perdaysalary', '1day']],
      ['hour', ['hour', 'hourly', 'perhour', 'perhourwage', 'perhoursalary', '1hour', 'hr']],
    ] as const
  ).flatMap(([unit, keys]) => keys.map((key) => [key, unit])),
);

export function salaryUnit(value: unknown): SalaryUnit | undefined {
  return typeof value === 'string' ? SALARY_UNIT_NAMES[tableKey(value)] : undefined;
}

/**
 * A salary figure from a feed: a non-negative finite number, or a text of one ("85000",
 * "85000.50"; Recruitee sends strings). Anything else — "85k", "", "competitive" — is `undefined`.
 */
export function amount(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A currency code as ISO 4217 wants it ("usd" → "USD"), or `undefined`. */
export function currency(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{3}$/.test(value.trim()) ? value.trim().toUpperCase() : undefined;
}

/** Any Unicode space (JavaScript's `\s`: `&nbsp;`, U+2000–U+200A, U+3000 …). */
const SPACES = /\s+/g;
// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/** Characters that show nothing on their own. */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Text as one line: control characters dropped, every run of spaces one space, trimmed. */
export const cleanText = (text: string): string => text.replace(CONTROLS, '').replace(SPACES, ' ').trim();

/** Whether a text shows anything (not only spaces, zero-width characters or soft hyphens). */
export const visible = (text: string): boolean => text.replace(INVISIBLE, '').length > 0;

/** Where to cut `text` at `max` code units without splitting a surrogate pair. */
export function cutAt(text: string, max: number): number {
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** `text` in at most `max` code units: cut, ending in "…", when longer. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, cutAt(text, max - 1)).trimEnd()}…`;
}

/**
 * A feed's text as one line (`cleanText`), cut to `max` characters (default 200, the schema's
 * short text); `undefined` when it is not text or shows nothing.
 */
export function plain(value: unknown, max = 200): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = cleanText(value);
  return visible(text) ? clip(text, max) : undefined;
}

/** Whether a value is a plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A salary as an opening holds it, or why a feed's figures make none. */
export type SalaryResult = { salary: { currency: string; min?: number; max?: number; unit: SalaryUnit } } | { reason: string };

/**
 * A salary from a feed's currency, period and figures, when they make one: an ISO currency, a
 * period the table knows, and at least one figure, the minimum not above the maximum. Otherwise the
 * reason, for a warning (the opening comes through without a salary).
 */
export function salaryOf(currencyValue: unknown, period: unknown, min: unknown, max: unknown): SalaryResult {
  const code = currency(currencyValue);
  const unit = salaryUnit(period);
  const low = amount(min);
  const high = amount(max);
  if (!code) return { reason: `no ISO 4217 currency code (${JSON.stringify(currencyValue ?? null)})` };
  if (!unit) return { reason: `${JSON.stringify(period ?? null)} is no period of pay rolekit can say (hour, day, week, month, year)` };
  if (low === undefined && high === undefined) return { reason: `no figure (min ${JSON.stringify(min ?? null)}, max ${JSON.stringify(max ?? null)})` };
  if (low !== undefined && high !== undefined && low > high) return { reason: `the minimum is above the maximum (${low} > ${high})` };
  return { salary: { currency: code, ...(low === undefined ? {} : { min: low }), ...(high === undefined ? {} : { max: high }), unit } };
}
