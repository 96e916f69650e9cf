/**
 * Entry of the script-tag bundle (dist/cdn/rolekit.js): registers every element. Its exports
 * become the one global it adds, `window.rolekit` — kept to what a page without a build step
 * needs; the classes are reachable through `customElements.get()`.
 */
import './define.js';

export { parseRole } from './schema/parse.js';
export { registerStrings } from './i18n/strings.js';
export { VERSION } from './internal/define.js';
