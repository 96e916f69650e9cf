export * from './rk-ready.js';
export * from './rk-error.js';
export * from './rk-toggle.js';
export * from './rk-copy.js';
export * from './rk-select.js';
export * from './rk-apply.js';
export type * from './element-events.js';
