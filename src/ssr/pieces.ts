import type { PiecesManifest } from '../cdn/manifest.js';

// Written into the npm build from the script tag's build (vite.config.ts); absent when the
// renderer runs from source, which has no built pieces to point at.
declare const __RK_PIECES__: PiecesManifest | undefined;
declare const __RK_INTEGRITY__: Record<string, string> | undefined;

const manifest = typeof __RK_PIECES__ === 'object' ? __RK_PIECES__ : undefined;

/** The sha384 of this version's dist/cdn/rolekit.js, for `<script integrity>`. */
export const SCRIPT_INTEGRITY: string | undefined = typeof __RK_INTEGRITY__ === 'object' ? __RK_INTEGRITY__['rolekit.js'] : undefined;

/** The files (under pieces/) and integrity of what these pieces need, each once, in load order. */
export function piecesFor(names: readonly string[]): { file: string; integrity: string }[] {
  if (!manifest) return [];
  const files = new Set(names.flatMap((name) => manifest.pieces[name] ?? []));
  return [...files].map((i) => ({ file: manifest.files[i], integrity: manifest.integrity[i] }));
}
