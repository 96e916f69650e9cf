/**
 * Entry of the script-tag bundle (dist/cdn/rolekit.js): registers every element and adds the one
 * global it has, `window.rolekit` — kept to what a page without a build step needs; the classes
 * are reachable through `customElements.get()`.
 */
// before any element exists: elements rendered on a server (rolekit/ssr) hydrate instead of re-rendering
import { hostHydrateHook } from './internal/host-hydrate-hook.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';
import { registerStrings } from './i18n/strings.js';
import { VERSION } from './internal/define.js';
import { parseRole } from './schema/parse.js';

const api = { parseRole, registerStrings, VERSION };

declare global {
  var rolekit: typeof api | undefined;
}

// A second copy of the bundle on the page keeps the first one's namespace: the elements in use
// are the first copy's, and so must be the catalogue `registerStrings` fills.
globalThis.rolekit ??= api;

// Lit's hydration support hands itself over through a global, read once when Lit's element class
// is defined (above, inside this bundle): put back as the page had it, so the bundle adds no
// global but `rolekit` and a host's own hook survives.
if (hostHydrateHook === undefined) delete (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport;
else (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport = hostHydrateHook;
