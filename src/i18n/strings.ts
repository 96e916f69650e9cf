import type { AiImpactRating } from '../schema/role.js';

/**
 * A message that names a count: one text per plural category its language has (CLDR's `zero`,
 * `one`, `two`, `few`, `many`, `other`; English needs `one` and `other`, Arabic all six, Japanese
 * only `other`). `{count}` is the count, formatted for the language ("10,000", "10.000").
 */
export type Plural = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/**
 * Every string the elements show that does not come from the role document. One small
 * catalogue per language; `en` is complete and is the fallback for anything a catalogue lacks.
 * The other built-in languages are modules of their own (`rolekit/locales/de`), loaded only by
 * the pages that show them.
 */
export const en = {
  loading: 'Loading role…',
  error: 'This role could not be shown.',
  'loading-roles': 'Loading roles…',
  'error-roles': 'These roles could not be shown.',
  'loading-opening': 'Loading the position…',
  'error-opening': 'This position could not be shown.',
  'loading-openings': 'Loading open positions…',
  'error-openings': 'The open positions could not be shown.',
  'error-network': 'Check your connection and try again.',
  'error-http': 'The server answered {status}.',
  'error-timeout': 'The server took too long to answer.',
  'error-too-large': 'The file is too large.',
  'error-parse': 'The file is not valid JSON.',
  'error-invalid': 'The file has problems:',
  'error-render': 'Something went wrong while showing it.',
  'error-code': 'Part of this page did not load. Reload the page to try again.',
  retry: 'Try again',
  empty: 'Nothing to show for this role yet.',
  atAGlance: 'Role at a glance',
  education: 'Typical education',
  experience: 'Typical experience',
  certifications: 'Key certifications',
  employerTypes: 'Top employer types',
  growthOutlook: 'Growth outlook',
  aiImpact: 'AI impact',
  'strong-headwind': 'Strong headwind',
  headwind: 'Headwind',
  neutral: 'Neutral',
  tailwind: 'Tailwind',
  'strong-tailwind': 'Strong tailwind',
  duties: 'Duties and responsibilities',
  overview: 'Overview',
  qualifications: 'Qualifications',
  careerOutlook: 'Career outlook',
  coverLetter: 'Sample cover letter',
  fillPlaceholders: 'Fill in the placeholders',
  copy: 'Copy letter',
  copied: 'Letter copied to the clipboard.',
  copyFailed: 'Copying failed: select the letter and copy it by hand.',
  faq: 'Frequently asked questions',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  contents: 'On this page',
  lastUpdated: 'Last updated {date}',
  search: 'Search roles',
  category: 'Category',
  allCategories: 'All categories ({count})',
  sort: 'Sort by',
  sortTitle: 'Title (A–Z)',
  sortUpdated: 'Recently updated',
  roles: { one: '{count} role', other: '{count} roles' },
  noMatches: 'No roles match your search.',
  clearFilters: 'Clear filters',
  showMore: 'Show more ({count} more)',
  apply: 'Apply',
  aboutRole: 'About this role',
  closed: 'This position is no longer open.',
  posted: 'Posted {when}',
  closes: 'Applications close {date}',
  closedOn: 'Applications closed {date}',
  location: 'Location',
  locations: 'Locations',
  workplace: 'Workplace',
  remoteFrom: 'Work from',
  employmentType: 'Employment type',
  salary: 'Salary',
  department: 'Department',
  team: 'Team',
  'workplace-onsite': 'On-site',
  'workplace-hybrid': 'Hybrid',
  'workplace-remote': 'Remote',
  'employment-full-time': 'Full time',
  'employment-part-time': 'Part time',
  'employment-contract': 'Contract',
  'employment-temporary': 'Temporary',
  'employment-intern': 'Internship',
  'employment-volunteer': 'Volunteer',
  'employment-per-diem': 'Per diem',
  'employment-other': 'Other',
  'salary-hour': '{amount} an hour',
  'salary-day': '{amount} a day',
  'salary-week': '{amount} a week',
  'salary-month': '{amount} a month',
  'salary-year': '{amount} a year',
  salaryFrom: 'From {amount}',
  salaryUpTo: 'Up to {amount}',
  openPositions: 'Open positions',
  searchOpenings: 'Search positions',
  allLocations: 'All locations ({count})',
  allOfCountry: 'All of {country}',
  allWorkplaces: 'All workplaces ({count})',
  allDepartments: 'All departments ({count})',
  allTypes: 'All types ({count})',
  sortNewest: 'Newest first',
  openings: { one: '{count} open position', other: '{count} open positions' },
  moreLocations: '{first} + {count} more',
  noOpenings: 'No open positions right now.',
  noOpeningsForRole: 'No open positions for this role right now.',
  noOpeningMatches: 'No positions match your search.',
  allRoles: 'Browse all roles',
  seeAllOpenings: { one: 'See the open position', other: 'See all {count} open positions' },
} satisfies Record<string, string | Plural> & Record<AiImpactRating, string>;

/** A language's catalogue: every key English has; the counted ones are plural messages. */
export type Catalogue = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : Plural };
export type StringKey = keyof Catalogue;
/** What the elements render with: a catalogue and `lang`, the language its words are in (unset: English). */
export type Strings = Catalogue & { readonly lang?: string };

/**
 * What a site may register: any catalogue keys; a plural message may also be one string for
 * every count. (0.x's `oneRole`, `oneOpening` and `seeOneOpening` are now the `one` forms of
 * `roles`, `openings` and `seeAllOpenings`.)
 */
export type PartialStrings = { [K in StringKey]?: Catalogue[K] | string };

const catalogues = new Map<string, Partial<Catalogue>>([['en', en]]);

/**
 * Adds or extends the catalogue for a language ("de", "pt-BR"). Missing keys fall back to the
 * base language ("pt" for "pt-BR"), then to English. A built-in catalogue (`rolekit/locales/de`,
 * or the one the script tag loads) goes in with `builtIn` — under what the site registered for
 * that language, whichever came first: the site's own wording wins.
 */
export function registerStrings(language: string, strings: PartialStrings, builtIn?: boolean): void {
  const key = language.toLowerCase();
  const had = catalogues.get(key);
  catalogues.set(key, (builtIn ? { ...strings, ...had } : { ...had, ...strings }) as Partial<Catalogue>);
}

/** A language tag's base language, lower case: "pt" for "pt-BR" — a language's words are the same under any region ("de", "de-AT"). */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

/**
 * The strings for a language: "pt-BR" looks in "pt-br", then "pt", then "en". `lang` is the
 * language asked for when it or its base has a catalogue, else "en".
 */
export function stringsFor(language = 'en'): Strings & { readonly lang: string } {
  const tag = language.toLowerCase();
  const base = catalogues.get(baseLanguage(tag));
  const own = catalogues.get(tag);
  return { ...en, ...base, ...own, lang: (base ?? own) ? language : 'en' };
}


/**
 * A counted message in `language`: the form `Intl.PluralRules` picks for `count`, with `{count}`
 * formatted by `Intl.NumberFormat` — plural(t.roles, 10000, 'de') is "10.000 Rollen". A plain
 * string is one form for every count.
 */
export function plural(message: Plural | string, count: number, language = 'en'): string {
  try {
    const forms: Plural = typeof message === 'string' ? { other: message } : message;
    return format(forms[new Intl.PluralRules(language).select(count)] ?? forms.other, { count: formatNumber(count, language) });
  } catch {
    return plural(message, count); // a tag Intl refuses ("x-site", "en_US") counts in English
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in `language`'s digits and grouping: formatNumber(10000, 'de') is "10.000"; a tag Intl refuses counts in English. */
export function formatNumber(value: number, language = 'en'): string {
  let numbers = numberFormats.get(language);
  if (!numbers) {
    try {
      numbers = new Intl.NumberFormat(language);
    } catch {
      numbers = new Intl.NumberFormat('en');
    }
    numberFormats.set(language, numbers);
  }
  return numbers.format(value);
}

/** Fills `{name}` slots: format('Last updated {date}', { date }) */
export const format = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
