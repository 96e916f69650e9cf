/**
 * The script tag's API piece: adds what `window.rolekit` offers once its code has loaded to the
 * namespace the loader (src/cdn/loader.ts) made. Shares its code with the elements' pieces, so
 * the strings a page registers here are the ones the elements show.
 */
import { registerStrings, stringsFor } from '../i18n/strings.js';
import { parseRole } from '../schema/parse.js';

Object.assign(globalThis.rolekit!, { parseRole, registerStrings, stringsFor });
