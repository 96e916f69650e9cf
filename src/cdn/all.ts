/**
 * Entry of the one-file build (dist/cdn/rolekit.all.js): registers every element and adds the
 * one global it has, `window.rolekit` — for sites that want one request and one file to verify.
 * The script tag's usual file, rolekit.js (src/cdn/loader.ts), loads only what a page uses.
 */
// before any element exists: elements rendered on a server (rolekit/ssr) hydrate instead of re-rendering
import './hydrate.js';
import '../define.js';
import { registerStrings } from '../i18n/strings.js';
import { VERSION } from '../internal/define.js';
import { parseRole } from '../schema/parse.js';
import type { RolekitGlobal } from './global.js';

const api: RolekitGlobal = { parseRole, registerStrings, VERSION, ready: undefined!, discover() {} };
api.ready = Promise.resolve(api);

// A second copy on the page keeps the first one's namespace: the elements in use are the first
// copy's, and so must be the catalogue `registerStrings` fills.
globalThis.rolekit ??= api;
