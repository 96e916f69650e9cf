/**
 * Entry of the script-tag bundle (dist/cdn/rolekit.js): registers every element. Its exports
 * become the one global it adds, `window.rolekit` (parseRole, registerStrings, the classes …).
 */
import './define.js';

export * from './index.js';
