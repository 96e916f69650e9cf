/// <reference types="node" />
/** JSON source files, with the line and column of every value (@humanwhocodes/momoa). */
import { parse, type AnyNode, type ElementNode, type MemberNode } from '@humanwhocodes/momoa';
import { locator, type Located, type Position, type Source } from './located.js';

const START: Position = { line: 1, column: 1 };

/**
 * Parses JSON text; a syntax error is one problem at its position. JSON.parse reads it (fast);
 * the positions are parsed only when a problem needs one.
 */
export function readJson(file: string, text: string): Source | Located {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return syntaxError(file, text);
  }
  let ast: AnyNode | undefined;
  return {
    value,
    problems: [],
    locate(path) {
      try {
        ast ??= parse(text, { mode: 'json', ranges: false, tokens: false }).body;
      } catch {
        return START; // JSON.parse took it, so momoa does too; only a stack too shallow for its depth ends here
      }
      return locateIn(ast, path);
    },
  };
}

function syntaxError(file: string, text: string): Located {
  const at = locator(file, text);
  try {
    parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    const { line, column, message } = error as { line?: number; column?: number; message: string };
    const where = typeof line === 'number' && typeof column === 'number' ? { line, column } : START;
    return at(where, '', `not valid JSON: ${message.replace(/\s*\(\d+:\d+\)\s*$/, '')}`);
  }
  return at(START, '', 'not valid JSON');
}

/** Where the deepest written part of `path` is: a member's key, or an array element. */
function locateIn(root: AnyNode, path: readonly (string | number)[]): Position {
  let node: AnyNode | undefined = root;
  let found: Position = START;
  for (const key of path) {
    if (node?.type === 'Object' && typeof key === 'string') {
      const member: MemberNode | undefined = node.members.findLast((m) => m.name.type === 'String' && m.name.value === key);
      if (!member) break;
      found = start(member.name);
      node = member.value;
    } else if (node?.type === 'Array' && typeof key === 'number') {
      const element: ElementNode | undefined = node.elements[key];
      if (!element) break;
      found = start(element.value);
      node = element.value;
    } else break;
  }
  return path.length ? found : start(root);
}

const start = (node: AnyNode): Position => ({ line: node.loc.start.line, column: node.loc.start.column });
