/**
 * The skeleton role `rolekit new` writes: every section present, valid as it stands, each text a
 * "TODO: …" that says what to write — `rolekit validate` warns about each until it is replaced.
 */
import { SCHEMA_VERSION } from '../schema/constants.js';
import type { Role } from '../schema/role.js';
import { fold } from '../schema/text.js';
import { PLACEHOLDER } from './checks.js';

/** kebab-case from any title: "Café Manager (m/f/d)" → "cafe-manager-m-f-d"; "" when no letter is left. */
export const kebab = (text: string): string =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');

const todo = (what: string) => `${PLACEHOLDER}: ${what}`;

export interface SkeletonOptions {
  /** The category's name; its listing is linked as /careers/?category=<kebab-case name>. */
  category?: string;
  /** The `updated` date (YYYY-MM-DD); default today. */
  today?: string;
}

/** A new role titled `title`, slug from the title ("new-role" when it has no Latin letter or digit). */
export function skeletonRole(title: string, options: SkeletonOptions = {}): Role {
  const category = options.category?.trim();
  const href = category && kebab(category) ? `/careers/?category=${kebab(category)}` : '/careers/';
  return {
    schemaVersion: SCHEMA_VERSION,
    slug: kebab(title) || 'new-role',
    title,
    language: 'en',
    category: { name: category || todo('the category, e.g. Software Engineering'), href },
    summary: todo('one or two sentences on what the role is; the first 160 characters show in search results.'),
    updated: options.today ?? new Date().toISOString().slice(0, 10),
    atAGlance: {
      education: todo('typical education'),
      experience: todo('typical experience'),
      certifications: todo('key certifications, or "None typically required"'),
      employerTypes: todo('the kinds of employers that hire for the role'),
      growthOutlook: todo('how demand for the role is changing'),
      aiImpact: { rating: 'neutral', horizon: 'through 2030', text: todo('how AI changes demand for the role (and pick the rating)') },
    },
    duties: [todo('a duty, one line each'), todo('another duty')],
    overview: [todo('a paragraph on what the work is like day to day'), todo('another paragraph')],
    qualifications: [
      { heading: 'Education', items: [todo('a degree, bootcamp or other path into the role')] },
      { heading: todo('a skill group'), qualifier: todo('for which roles, or delete the qualifier'), items: [todo('a skill')] },
    ],
    careerOutlook: [todo('a paragraph on demand and how people progress from the role')],
    coverLetter: {
      greeting: 'Dear Hiring Manager,',
      paragraphs: [todo('the opening paragraph of a sample letter; write [Company] where the reader puts the company'), todo('a paragraph with concrete experience')],
      closing: todo('a closing line'),
      signature: '[Your Name]',
    },
    faq: [{ question: todo('a question candidates ask?'), answer: todo('its answer') }],
    relatedLinks: [{ label: category ? `See all ${category} jobs` : todo('a link label, e.g. See all … jobs'), href }],
  };
}
