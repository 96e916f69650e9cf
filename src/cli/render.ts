/// <reference types="node" />
/**
 * npx rolekit render <file.json> [--element rk-role-page] [--page] [--canonical-url URL]
 *   [--site-name NAME] [--heading-level N] [--theme light|dark|auto] [--href URL] [--href-template T] [--script-src URL]
 *
 * Prints the server-rendered HTML of an element (declarative shadow DOM, all content) for a role
 * document — or, with --page, a complete HTML document with title, meta description, canonical
 * URL and JSON-LD. An invalid document prints its problems to stderr and exits with 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Writable } from './command.js';
import { InvalidDocumentError, renderElement, renderPage, TAG_NAMES, type TagName } from '../ssr/ssr.js';

const USAGE = `Usage: rolekit render <file.json> [--element <tag>] [--page] [--canonical-url <url>] [--site-name <name>]
         [--heading-level <1-6>] [--theme light|dark|auto] [--href <url>] [--href-template <template>] [--script-src <url>]
         [--openings <listing.json> [--openings-href <url>]]   (rk-role-page: the role's open positions under its summary)
Elements: ${TAG_NAMES.join(', ')}`;

export function render(argv: string[], out: Writable, err: Writable): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        element: { type: 'string', default: 'rk-role-page' },
        page: { type: 'boolean', default: false },
        'canonical-url': { type: 'string' },
        'site-name': { type: 'string' },
        'heading-level': { type: 'string' },
        theme: { type: 'string' },
        href: { type: 'string' },
        'href-template': { type: 'string' },
        'script-src': { type: 'string' },
        openings: { type: 'string' },
        'openings-href': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (values.help || !file) {
    (values.help ? out : err).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const element = values.element as TagName;
  if (!TAG_NAMES.includes(element)) {
    err.write(`unknown element <${element}>\n${USAGE}\n`);
    return 2;
  }
  let document: unknown;
  let openings: unknown;
  for (const [path, set] of [[file, (v: unknown) => (document = v)], [values.openings, (v: unknown) => (openings = v)]] as const) {
    if (path === undefined) continue;
    try {
      set(JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      err.write(`${path}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const options = {
    element,
    headingLevel: values['heading-level'] ? Number(values['heading-level']) : undefined,
    theme: values.theme as 'light' | 'dark' | 'auto' | undefined,
    href: values.href,
    hrefTemplate: values['href-template'],
    canonicalUrl: values['canonical-url'],
    siteName: values['site-name'],
    scriptSrc: values['script-src'],
    openings,
    openingsHref: values['openings-href'],
  };
  try {
    out.write(values.page ? renderPage(document, options) : `${renderElement(element, document, options)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    err.write(`${file}: ${error.message}\n`);
    return 1;
  }
}
