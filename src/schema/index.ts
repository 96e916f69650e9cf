export * from './role.js';
export * from './role-index.js';
export * from './parse.js';
export * from './parse-with.js';
export * from './text.js';
export * from './jsonld.js';
