import { en } from '../en.js';

/** English: built in (every other catalogue falls back to it); this module is there for symmetry, `import 'rolekit/locales/en'`. */
export { en };
