import type { AiImpactRating } from '../schema/role.js';

/**
 * Every string the elements show that does not come from the role document. One small
 * catalogue per language; `en` is complete and is the fallback for anything a catalogue lacks.
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
  roles: '{count} roles',
  oneRole: '1 role',
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
  openings: '{count} open positions',
  oneOpening: '1 open position',
  moreLocations: '{first} + {count} more',
  noOpenings: 'No open positions right now.',
  noOpeningsForRole: 'No open positions for this role right now.',
  noOpeningMatches: 'No positions match your search.',
  allRoles: 'Browse all roles',
  seeAllOpenings: 'See all {count} open positions',
  seeOneOpening: 'See the open position',
} satisfies Record<string, string> & Record<AiImpactRating, string>;

export type Strings = typeof en;
export type StringKey = keyof Strings;

const catalogues = new Map<string, Partial<Strings>>([['en', en]]);

/**
 * Adds or extends the catalogue for a language ("de", "pt-BR"). Missing keys fall back to the
 * base language ("pt" for "pt-BR"), then to English.
 */
export function registerStrings(language: string, strings: Partial<Strings>): void {
  const key = language.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...strings });
}

/** The strings for a language: "pt-BR" looks in "pt-br", then "pt", then "en". */
export function stringsFor(language = 'en'): Strings {
  const tag = language.toLowerCase();
  return { ...en, ...catalogues.get(tag.split('-')[0]), ...catalogues.get(tag) };
}

/** Fills `{name}` slots: format('Last updated {date}', { date }) */
export const format = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
