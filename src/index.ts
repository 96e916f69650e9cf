/**
 * rolekit: Web Components that render job-role documents. Importing this module registers
 * nothing; `import 'rolekit/define'` registers every element under its rk-* name.
 */
export * from './elements/index.js';
export * from './events/index.js';
export * from './schema/index.js';
export { plural, registerStrings, type PartialStrings, type Plural, type Strings } from './i18n/strings.js';
export { en as englishStrings, stringsFor } from './i18n/en.js';
export { RoleElement, type Theme } from './internal/role-element.js';
export { defineElement, VERSION } from './internal/define.js';
export { clearFetchCache } from './internal/fetch-json.js';
