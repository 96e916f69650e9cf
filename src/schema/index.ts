export * from './role.js';
export * from './parse.js';
export * from './text.js';
