// Every string in a feed response, by path, and a copy with one of them replaced: how the feed tests
// put each hostile string in every field of every job, one field at a time.

export type Path = (string | number)[];

/** The path of every string in `value`, depth first. */
export function stringPaths(value: unknown, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}

/** A copy of `value` with the value at `path` replaced by `replacement` (or by what `replace` makes of it). */
export function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[key] = setAt((value as Record<string | number, unknown>)[key], rest, replacement);
  return copy;
}

/** `['jobs', 3, 'location', 'name']` → `jobs[3].location.name`, as a feed problem's path says it. */
export const pathText = (path: Path): string => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('');
