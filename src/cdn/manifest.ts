/** What the loader knows of the pieces: each file, its integrity, and which files each piece needs. */
export interface PiecesManifest {
  /** Paths under the pieces folder, e.g. "rk-role-card.js", "chunks/lit-Bx1.js". */
  files: string[];
  /** Subresource Integrity of each file ("sha256-…"), in the same order. */
  integrity: string[];
  /** Each piece (a tag, "api", "hydrate", or a lazily imported chunk such as "jsonld") → the files it needs, its own first. */
  pieces: Record<string, number[]>;
}
