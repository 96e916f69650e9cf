/**
 * The script tag's API piece: what `window.rolekit` offers once it has loaded (src/cdn/loader.ts
 * adds it to the namespace). Shares its code with the elements' pieces, so the strings a page
 * registers here are the ones the elements show.
 */
export { registerStrings, stringsFor } from '../i18n/strings.js';
export { parseRole } from '../schema/parse.js';
