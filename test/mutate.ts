// Mutations of JSON documents, for the property-based tests (node and browser alike).

export type Path = (string | number)[];

/** Every path into a JSON value, the root included: [], ['faq'], ['faq', 2], ['faq', 2, 'answer'], … */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** Passed as the value to `mutate`: delete what is at the path instead. */
export const DELETE = Symbol('delete');

/** A copy of `doc` with the value at `path` replaced (or deleted, for DELETE). Throws when the path is gone. */
export function mutate(doc: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value === DELETE ? undefined : value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === DELETE) {
    if (Array.isArray(at)) at.splice(last as number, 1);
    else delete at[last];
  } else at[last] = value;
  return copy;
}
