/// <reference types="node" />
/** JSON source files, with the line and column of every value (@humanwhocodes/momoa). */
import { parse, type AnyNode, type ElementNode, type MemberNode } from '@humanwhocodes/momoa';
import { locator, type Located, type Position, type Source } from './located.js';

const START: Position = { line: 1, column: 1 };

/** Parses JSON text; a syntax error is one problem at its position. */
export function readJson(file: string, text: string): Source | Located {
  const at = locator(file, text);
  let ast;
  try {
    ast = parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    const { line, column, message } = error as { line?: number; column?: number; message: string };
    const where = typeof line === 'number' && typeof column === 'number' ? { line, column } : START;
    return at(where, '', `not valid JSON: ${message.replace(/\s*\(\d+:\d+\)\s*$/, '')}`);
  }
  // the same value JSON.parse gives (a repeated key: the last one wins, as located below)
  const value: unknown = JSON.parse(text);
  return { value, problems: [], locate: (path) => locateIn(ast.body, path) };
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
