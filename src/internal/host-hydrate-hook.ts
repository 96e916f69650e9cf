/**
 * The page's own `globalThis.litElementHydrateSupport`, if it has one, saved before the bundle's
 * copy of Lit's hydration support overwrites it (src/cdn.ts imports this first and puts it back):
 * a host that loads its own hydration support before rolekit and its own Lit after keeps it.
 */
export const hostHydrateHook: unknown = (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport;
