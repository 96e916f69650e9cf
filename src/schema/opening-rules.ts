// What an opening needs beyond its schema: the salary's range (a problem) and Google's
// requirements for a JobPosting (warnings). Pure and small: parse-opening.ts and jobposting.ts
// share it, and neither carries the other's code.
import { placeLinks } from './links.js';
import type { DescriptionBlock, Opening, Salary } from './opening.js';
import type { Problem } from './parse.js';

/**
 * Whether applications have closed: `validThrough` lies before `now`. An opening without one
 * stays open.
 */
export function isExpired(opening: { validThrough?: string }, now: Date = new Date()): boolean {
  if (opening.validThrough === undefined) return false;
  const end = Date.parse(opening.validThrough);
  return !Number.isNaN(end) && end < now.getTime();
}

/**
 * What is wrong with a salary that its schema cannot say: neither figure (nothing to show), or a
 * minimum above the maximum. `path` is where the salary sits ("salary", "openings[3].salary").
 */
export function salaryProblems(salary: Salary | undefined, path = 'salary'): Problem[] {
  if (!salary) return [];
  if (salary.min === undefined && salary.max === undefined) return [{ path, message: 'needs a min or a max (or both)' }];
  if (salary.min !== undefined && salary.max !== undefined && salary.min > salary.max) {
    return [{ path: `${path}.min`, message: `is more than max (${salary.min} > ${salary.max})` }];
  }
  return [];
}

/**
 * Links whose text is not where a link must be: in its block's text, after the previous link (a
 * list's items read in order). `path` is where the description sits.
 */
export function linkProblems(blocks: readonly DescriptionBlock[], path = 'description'): Problem[] {
  const problems: Problem[] = [];
  blocks.forEach((block, i) => {
    if (block.type === 'heading' || !block.links) return;
    const texts = block.type === 'paragraph' ? [block.text] : block.items;
    placeLinks(texts, block.links).forEach((placed, j) => {
      if (placed) return;
      const where = block.type === 'paragraph' ? 'the paragraph' : 'the list';
      problems.push({ path: `${path}[${i}].links[${j}].text`, message: `does not occur in ${where}${j ? ' after the previous link' : ''}: a link is a run of its block's own text` });
    });
  });
  return problems;
}

/**
 * Why an opening gets no JobPosting: each of Google's requirements the document does not meet.
 * Empty when it meets them all. A remote opening needs `remoteFrom`; any other (onsite, hybrid,
 * or unsaid) needs a location with a country. The opening is still valid, and shown.
 */
export function openingWarnings(opening: Pick<Opening, 'workplace' | 'locations' | 'remoteFrom'>): Problem[] {
  if (opening.workplace === 'remote') {
    return opening.remoteFrom?.length
      ? []
      : [{ path: 'remoteFrom', message: 'a remote opening needs the countries or regions applicants may work from' }];
  }
  if (!opening.locations?.length) {
    return [{ path: 'locations', message: 'no location: Google requires a jobLocation with addressCountry for a JobPosting (or, for fully remote work, workplace "remote" and remoteFrom)' }];
  }
  if (!opening.locations.some((location) => location.country)) {
    return [{ path: 'locations', message: 'no country anywhere: Google requires addressCountry for a JobPosting' }];
  }
  return [];
}
