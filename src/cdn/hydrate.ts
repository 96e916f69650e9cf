/**
 * Lit's hydration support for the script-tag builds: server-rendered elements (rolekit/ssr)
 * hydrate instead of rendering twice. The loader loads this piece before any element when the
 * page has server-rendered ones; the one-file build imports it first.
 *
 * The support hands itself over through a global that Lit's element class reads once, when its
 * module runs. rolekit's private Lit has run just before (imported below, ahead of the support,
 * with the page's own hook out of the way), so it is installed here by hand; then the global is
 * put back as the page had it: rolekit adds no global but `rolekit`, and a host's hook survives.
 */
import { hostHydrateHook } from '../internal/host-hydrate-hook.js';
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type Hook = (classes: { LitElement: typeof LitElement }) => void;
const g = globalThis as { litElementHydrateSupport?: Hook };
g.litElementHydrateSupport!({ LitElement });
if (hostHydrateHook === undefined) delete g.litElementHydrateSupport;
else g.litElementHydrateSupport = hostHydrateHook as Hook;
