import { addEnglish, stringsFor as stringsSoFar } from './strings.js';
import { coreWords } from './en/core.js';
import { listWords } from './en/lists.js';
import { openingWords } from './en/openings.js';
import { roleWords } from './en/role.js';

/**
 * Every string the elements show that does not come from the document, in English: complete, the
 * fallback for anything another catalogue lacks, and the list of keys every catalogue has. The
 * elements do not import it whole: each takes the groups it shows (src/i18n/en/), so a page of
 * cards does not carry the openings' words.
 */
export const en = { ...coreWords, ...roleWords, ...listWords, ...openingWords };

let complete = false;

/**
 * `stringsFor` with every English word as the fallback, whichever elements a page has made so
 * far: the npm entry's `stringsFor`. (The elements use the groups they show.)
 */
export function stringsFor(language?: string): ReturnType<typeof stringsSoFar> {
  if (!complete) {
    complete = true;
    addEnglish(en);
  }
  return stringsSoFar(language);
}
