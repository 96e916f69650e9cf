// TEMPORARY, until src/schema/jobposting.ts lands: no JobPosting yet (emit-jsonld and renderPage add none).
import type { Opening } from '../schema/opening.js';

export const toJobPosting = (opening: Opening, options: { url: string }): { '@context': 'https://schema.org'; '@graph': never[] } | undefined =>
  void [opening, options] as undefined;
