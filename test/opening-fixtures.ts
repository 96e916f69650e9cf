// Openings for the element tests, with dates relative to today ("Posted 3 days ago" stays true)
// and one listing that covers every facet: four countries, all three workplaces, several
// departments and employment types, several roles, one opening in two cities and one expired.
import type { Opening, OpeningIndex, OpeningIndexEntry } from '../src/schema/opening.js';

const DAY = 86_400_000;
/** The ISO date `days` ago: "2026-11-21". */
export const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
/** An ISO date-time `days` from now, in UTC: "2026-12-24T12:00:00Z". */
export const inDays = (days: number): string => new Date(Date.now() + days * DAY).toISOString().replace(/\.\d+Z$/, 'Z');

/** A complete opening: every field the element shows. */
export const BERLIN: Opening = {
  schemaVersion: 1,
  id: 'python-web-developer-berlin',
  title: 'Senior Python Web Developer',
  role: 'python-web-developer',
  language: 'en',
  organization: { name: 'Northwind Analytics', url: 'https://northwind.example/' },
  department: 'Engineering',
  team: 'Platform',
  employmentType: ['full-time'],
  workplace: 'hybrid',
  locations: [{ city: 'Berlin', country: 'DE', postalCode: '10115', streetAddress: 'Invalidenstraße 1' }],
  salary: { currency: 'EUR', min: 65000, max: 80000, unit: 'year' },
  posted: daysAgo(3),
  validThrough: inDays(30),
  applyUrl: 'https://jobs.northwind.example/apply/python-web-developer-berlin',
  description: [
    { type: 'paragraph', text: 'We are looking for a Python developer to build the APIs behind our analytics products.' },
    { type: 'heading', text: 'What you will do' },
    { type: 'list', items: ['Design and build Django and FastAPI services', 'Review code and mentor colleagues'] },
    { type: 'heading', text: 'How to apply' },
    { type: 'list', ordered: true, items: ['Send your CV', 'Meet the team', 'Get an offer'] },
  ],
};

/** Fully remote, no salary, no closing date, no role profile. */
export const REMOTE: Opening = {
  schemaVersion: 1,
  id: 'data-engineer-remote',
  title: 'Data Engineer',
  language: 'en',
  organization: { name: 'Northwind Analytics' },
  department: 'Data',
  employmentType: ['full-time', 'part-time'],
  workplace: 'remote',
  locations: [{ name: 'Remote - Europe' }],
  remoteFrom: ['DE', 'AT', 'EU'],
  posted: daysAgo(10),
  applyUrl: 'mailto:jobs@northwind.example',
  description: [{ type: 'paragraph', text: 'Build and run our data pipelines, from anywhere in Europe.' }],
};

/** Closed long ago. */
export const EXPIRED: Opening = {
  ...BERLIN,
  id: 'python-web-developer-munich-2020',
  title: 'Python Developer (Munich)',
  locations: [{ city: 'Munich', country: 'DE' }],
  posted: '2020-01-06',
  validThrough: '2020-01-31T23:59:59Z',
};

const entry = (overrides: Partial<OpeningIndexEntry> & Pick<OpeningIndexEntry, 'id' | 'title' | 'posted'>): OpeningIndexEntry => ({
  organization: 'Northwind Analytics',
  href: `/jobs/${overrides.id}/`,
  ...overrides,
});

/** Nine openings, one of them expired: eight listed. */
export const LISTING: OpeningIndex = {
  language: 'en',
  openings: [
    entry({ id: 'python-web-developer-berlin', title: 'Senior Python Web Developer', role: 'python-web-developer', department: 'Engineering', employmentType: ['full-time'], workplace: 'hybrid', locations: [{ city: 'Berlin', country: 'DE' }], salary: { currency: 'EUR', min: 65000, max: 80000, unit: 'year' }, posted: daysAgo(3) }),
    entry({ id: 'python-web-developer-amsterdam', title: 'Python Web Developer', role: 'python-web-developer', department: 'Engineering', employmentType: ['full-time'], workplace: 'onsite', locations: [{ city: 'Amsterdam', country: 'NL' }], salary: { currency: 'EUR', min: 60000, unit: 'year' }, posted: daysAgo(1) }),
    entry({ id: 'data-engineer-remote', title: 'Data Engineer', role: 'data-engineer', department: 'Data', employmentType: ['full-time', 'part-time'], workplace: 'remote', locations: [{ name: 'Remote - Europe' }], remoteFrom: ['DE', 'AT'], posted: daysAgo(10) }),
    entry({ id: 'data-analyst-munich-hamburg', title: 'Data Analyst', role: 'data-analyst', department: 'Data', employmentType: ['full-time'], workplace: 'hybrid', locations: [{ city: 'Munich', country: 'DE' }, { city: 'Hamburg', country: 'DE' }], salary: { currency: 'EUR', min: 50000, max: 62000, unit: 'year' }, posted: daysAgo(20) }),
    entry({ id: 'ux-designer-new-york', title: 'UX Designer', role: 'ux-designer', department: 'Design', employmentType: ['contract'], workplace: 'onsite', locations: [{ city: 'New York', region: 'NY', country: 'US' }], salary: { currency: 'USD', min: 70, max: 90, unit: 'hour' }, posted: daysAgo(40) }),
    entry({ id: 'frontend-developer-new-york', title: 'Frontend Developer', role: 'frontend-developer', department: 'Engineering', employmentType: ['full-time'], workplace: 'hybrid', locations: [{ city: 'New York', region: 'NY', country: 'US' }], salary: { currency: 'USD', min: 120000, max: 150000, unit: 'year' }, posted: daysAgo(5) }),
    entry({ id: 'support-intern-vienna', title: 'Customer Support Intern', role: 'customer-support-specialist', department: 'Operations', employmentType: ['intern'], workplace: 'onsite', locations: [{ city: 'Vienna', country: 'AT' }], salary: { currency: 'EUR', min: 1800, unit: 'month' }, posted: daysAgo(2) }),
    entry({ id: 'product-manager-remote-us', title: 'Product Manager', role: 'product-manager', department: 'Product', workplace: 'remote', remoteFrom: ['US'], posted: daysAgo(0) }),
    entry({ id: 'python-web-developer-munich-2020', title: 'Python Developer (Munich)', role: 'python-web-developer', department: 'Engineering', workplace: 'onsite', locations: [{ city: 'Munich', country: 'DE' }], posted: '2020-01-06', validThrough: '2020-01-31T23:59:59Z' }),
  ],
};

/** The listed (not expired) openings, newest first: the order the list shows by default. */
export const LISTED = LISTING.openings.filter((o) => !o.validThrough).sort((a, b) => b.posted.localeCompare(a.posted));

/** `count` synthetic openings across 40 cities in 8 countries, 6 departments, all workplaces and types. */
export function syntheticOpenings(count: number): OpeningIndex {
  const countries = ['DE', 'NL', 'US', 'AT', 'FR', 'ES', 'GB', 'JP'];
  const departments = ['Engineering', 'Data', 'Design', 'Operations', 'Product', 'Sales'];
  const workplaces = ['onsite', 'hybrid', 'remote'] as const;
  const types = ['full-time', 'part-time', 'contract', 'temporary', 'intern'] as const;
  const words = ['Senior', 'Junior', 'Lead', 'Staff', 'Principal', 'Über', 'Café', 'Python', 'Data', 'Cloud', 'Logistics', 'Platform'];
  return {
    language: 'en',
    openings: Array.from({ length: count }, (_, i) => ({
      id: `opening-${i}`,
      title: `${words[i % 12]} ${words[(i * 7 + 3) % 12]} Engineer ${i}`,
      organization: 'Northwind Analytics',
      department: departments[i % 6],
      employmentType: [types[i % 5]],
      workplace: workplaces[i % 3],
      locations: [{ city: `City ${i % 40}`, country: countries[i % 8] }],
      ...(i % 4 ? { salary: { currency: 'EUR', min: 40000 + (i % 50) * 1000, max: 60000 + (i % 50) * 1000, unit: 'year' as const } } : {}),
      posted: daysAgo(i % 90),
      href: `/jobs/opening-${i}/`,
    })),
  };
}
