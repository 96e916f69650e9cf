/**
 * The page's own `globalThis.litElementHydrateSupport`, if it has one, taken out of the way
 * before rolekit's private Lit runs (src/cdn/hydrate.ts imports this first and puts it back):
 * rolekit's Lit must not be patched by the host's hydration support, which drives another Lit.
 */
const g = globalThis as { litElementHydrateSupport?: unknown };
export const hostHydrateHook: unknown = g.litElementHydrateSupport;
delete g.litElementHydrateSupport;
