/// <reference types="node" />
/**
 * YAML source files (and Markdown front matter), with the line and column of every value, and
 * the YAML writer. The `yaml` package, YAML 1.2 core schema: `updated: 2026-11-24` stays text.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { locator, type Located, type Position, type Source } from './located.js';

/** Parses a YAML file; syntax errors are problems at their positions, unresolved tags warnings. */
export function readYaml(file: string, text: string): Source | Located[] {
  return readYamlPart(locator(file, text), text, 0);
}

/**
 * Parses YAML written `lineOffset` lines into a file (front matter starts on line 2): positions
 * are the file's. `at` builds problems with the file's own lines as excerpts.
 */
export function readYamlPart(at: ReturnType<typeof locator>, yaml: string, lineOffset: number): Source | Located[] {
  const deep = tooDeep(yaml);
  if (deep !== undefined) {
    const before = yaml.slice(0, deep);
    const line = before.split('\n').length + lineOffset;
    return [at({ line, column: deep - before.lastIndexOf('\n') }, '', `not valid YAML here: brackets nested more than ${MAX_DEPTH} deep`)];
  }
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const problems = doc.errors.map((e) => at(place(e.pos[0]), '', `not valid YAML: ${e.message}`));
  if (problems.length) return problems;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // too many aliases (a "billion laughs" document) or another refusal of the yaml package
    return [at(place(0), '', `not valid YAML: ${(error as Error).message}`)];
  }
  const warnings = doc.warnings.map((w) => at(place(w.pos[0]), '', w.message, 'warning'));
  const root = doc.contents;
  return {
    value: value ?? undefined,
    problems: warnings,
    locate(path) {
      let node: unknown = root;
      let found = place(0);
      if (!path.length && root) return place(root.range[0]);
      for (const key of path) {
        let next: Node | undefined;
        let from: Node | undefined;
        if (isMap(node) && typeof key === 'string') {
          const pair = node.items.findLast((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === key);
          from = pair?.key as Node | undefined;
          next = pair?.value as Node | undefined;
        } else if (isSeq(node) && typeof key === 'number') {
          from = next = node.items[key] as Node | undefined;
        }
        if (!from?.range) break;
        found = place(from.range[0]);
        node = next;
      }
      return found;
    },
  };
}

/** Far deeper than any role or opening; deep enough that the yaml package's stack runs out (which can leave V8 unable to compile a regular expression afterwards: a crash, not an error). */
const MAX_DEPTH = 64;

/** The offset where `[`/`{` first nest deeper than MAX_DEPTH (quotes not considered: a text of 64 unclosed brackets is refused too). */
function tooDeep(yaml: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

/**
 * A document as YAML: block style, keys in the document's order, long text on one line (no
 * folding) and quoted only where YAML needs it.
 */
export const toYaml = (doc: unknown): string => stringify(doc, { lineWidth: 0, minContentWidth: 0 });
