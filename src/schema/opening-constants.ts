// The opening schema's constants, apart from the zod schemas themselves: the elements and the
// compiled validator import these without pulling zod into a page's bundle.

/** Employment types an opening may name (Google's JobPosting values, in rolekit's kebab-case). */
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'intern', 'volunteer', 'per-diem', 'other'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Where the work happens. */
export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export type Workplace = (typeof WORKPLACES)[number];

/** The period a salary figure is paid for. */
export const SALARY_UNITS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryUnit = (typeof SALARY_UNITS)[number];

/** ISO 3166-1 alpha-2, upper case: "DE", "US". */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/** ISO 4217, upper case: "EUR", "USD". */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** Most openings one listing may hold. */
export const MAX_OPENINGS = 100_000;
