/**
 * rolekit/ssr — server rendering (Node, Deno, Cloudflare Workers: no Node built-ins): any element with its document, as HTML with declarative
 * shadow DOM that holds all the content (FAQ answers included, collapsed). The document goes
 * along as inline JSON, so the element hydrates in the browser with the same data, no fetch.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { ELEMENTS } from '../define.js';
import { defineElement, VERSION } from '../internal/define.js';
import { parseOpening, parseOpeningIndex } from '../schema/parse-opening.js';
import { parseRole, parseRoleIndex, type ParseResult, type Problem } from '../schema/parse.js';
import type { Opening, OpeningIndex } from '../schema/opening.js';
import type { Role } from '../schema/role.js';
import type { RoleIndex } from '../schema/role-index.js';
import { jsonLdText, scriptJson } from '../schema/jsonld.js';
import { textDirection } from '../schema/text.js';
import { openPositions } from '../elements/role-openings/role-openings.js';
import { baseLanguage } from '../i18n/strings.js';
import { aboutPage } from './about.js';
import './locales.js';
import { piecesFor, SCRIPT_INTEGRITY } from './pieces.js';

export type TagName = keyof typeof ELEMENTS;

/** Tag names as static values (fixed here, never from input). */
const TAGS: Record<TagName, StaticValue> = {
  'rk-at-a-glance': literal`rk-at-a-glance`,
  'rk-career-outlook': literal`rk-career-outlook`,
  'rk-cover-letter': literal`rk-cover-letter`,
  'rk-duties': literal`rk-duties`,
  'rk-faq': literal`rk-faq`,
  'rk-overview': literal`rk-overview`,
  'rk-qualifications': literal`rk-qualifications`,
  'rk-role-board': literal`rk-role-board`,
  'rk-role-card': literal`rk-role-card`,
  'rk-role-page': literal`rk-role-page`,
  'rk-opening': literal`rk-opening`,
  'rk-openings': literal`rk-openings`,
  'rk-role-openings': literal`rk-role-openings`,
};

export const TAG_NAMES = Object.keys(TAGS) as TagName[];

export interface RenderOptions {
  /** `heading-level`, 1–6 (default 2; `renderPage` uses 1: the role is the page's subject). */
  headingLevel?: number;
  /** `theme`: light, dark or auto. */
  theme?: 'light' | 'dark' | 'auto';
  /** `href` of a card: where the full role lives. */
  href?: string;
  /** `href-template` of a board, e.g. "/roles/{slug}/", or of an openings list, e.g. "/jobs/{id}/". */
  hrefTemplate?: string;
  /** `role-href` of an opening: its role profile's link, e.g. "/roles/{slug}/" (the default). */
  roleHref?: string;
  /** `for-role` of an openings list: only this role's openings. */
  forRole?: string;
  /** `all-href` of an openings list: where its empty state links. */
  allHref?: string;
  /** `label` of a board or an openings list: the name of its search region (and the list's heading). */
  label?: string;
  /**
   * For `rk-role-page`: a listing of openings (as `parseOpeningIndex` takes it). The role's open
   * positions are rendered under its summary — an `<rk-role-openings slot="openings">` inside the
   * page, with only that role's entries as its data — or nothing when it has none.
   */
  openings?: unknown;
  /** For `rk-role-page` with `openings`: `all-href` of its open positions, where all of them are listed. */
  openingsHref?: string;
}

/** A document that failed validation: nothing is rendered from it. */
export class InvalidDocumentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`the document is invalid:\n${problems.map((p) => `  ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n')}`);
    this.name = 'InvalidDocumentError';
  }
}

/**
 * Renders `<tag>` with `document` (a role, or a listing for `rk-role-board`) to an HTML string:
 * the element, its declarative shadow root with all the content, and the validated document as
 * a child `<script type="application/json">` for hydration. Throws InvalidDocumentError when the
 * document is invalid (the caller decides what a build does then).
 */
export function renderElement(tag: TagName, document: unknown, options: RenderOptions = {}): string {
  return renderValid(tag, validFor(tag, document), options);
}

type Valid = Role | RoleIndex | Opening | OpeningIndex;

/** Each element's parser: a role's, unless the element takes a listing or an opening. */
const PARSERS: Partial<Record<TagName, (input: unknown) => ParseResult<Valid>>> = {
  'rk-role-board': parseRoleIndex,
  'rk-opening': parseOpening,
  'rk-openings': parseOpeningIndex,
  'rk-role-openings': parseOpeningIndex,
};

let registered = false;
/**
 * Registers every element before the first render, here rather than only by importing
 * define.js: a bundler (esbuild, so wrangler; Rollup) drops an import for its side effects alone
 * from a module that package.json's `sideEffects` does not list, and then nothing would render
 * inside the tags. A tag already defined is left alone.
 */
function registerElements(): void {
  if (registered) return;
  for (const [tag, element] of Object.entries(ELEMENTS)) defineElement(tag, element);
  registered = true;
}

/** The validated document for `tag` (a listing for the board, an opening or listing of openings for theirs, a role otherwise), or the problems thrown. */
function validFor(tag: TagName, document: unknown): Valid {
  registerElements();
  if (!TAGS[tag]) throw new TypeError(`unknown element <${tag}>: one of ${TAG_NAMES.join(', ')}`);
  const result = (PARSERS[tag] ?? parseRole)(document);
  if (!result.ok) throw new InvalidDocumentError(result.problems);
  return result.value;
}

/**
 * A role page's open positions, from `options.openings`: an `<rk-role-openings>` in its light DOM
 * (the page shows it under the summary), whose data is the role's open entries only — or nothing.
 */
function roleOpenings(role: Role, options: RenderOptions): string {
  if (options.openings === undefined) return '';
  const result = parseOpeningIndex(options.openings);
  if (!result.ok) throw new InvalidDocumentError(result.problems.map((p) => ({ ...p, path: `openings${p.path ? `.${p.path}` : ''}` })));
  const open = openPositions(result.value, role.slug);
  if (!open.length) return '';
  const level = Math.min(6, (options.headingLevel ?? 2) + 1);
  // in the page's language (as the browser will find it, the closest `lang`), whatever the listing's
  const lang = baseLanguage(result.value.language ?? 'en') === baseLanguage(role.language) ? undefined : role.language;
  return renderValid('rk-role-openings', { ...result.value, openings: open }, { headingLevel: level, forRole: role.slug, allHref: options.openingsHref, slot: 'openings', lang });
}

function renderValid(tag: TagName, value: Valid, options: RenderOptions & { slot?: string; lang?: string }): string {
  const t = TAGS[tag];
  const { headingLevel, theme, href, hrefTemplate, roleHref, forRole, allHref, label } = options;
  const list = tag === 'rk-role-board' || tag === 'rk-openings';
  const openings = tag === 'rk-role-openings';
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- lit/static-html: the tag is a literal from TAGS */
  const markup = collectResultSync(
    render(
      html`<${t}
        .data=${value}
        heading-level=${headingLevel ?? nothing}
        theme=${theme ?? nothing}
        href=${tag === 'rk-role-card' ? (href ?? nothing) : nothing}
        href-template=${tag === 'rk-role-board' || tag === 'rk-openings' ? (hrefTemplate ?? nothing) : nothing}
        role-href=${tag === 'rk-opening' ? (roleHref ?? nothing) : nothing}
        for-role=${tag === 'rk-openings' || openings ? (forRole ?? nothing) : nothing}
        all-href=${tag === 'rk-openings' || openings ? (allHref ?? nothing) : nothing}
        label=${list || openings ? (label ?? nothing) : nothing}
        slot=${openings && options.slot ? options.slot : nothing}
        lang=${options.lang ?? nothing}
      ></${t}>`,
    ),
  );
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  // the data, for the browser: the element reads it from this child instead of fetching
  const close = markup.lastIndexOf(`</${tag}>`);
  // a role page's open positions come first, before its shadow root and not after its ~50 KB: a page
  // still streaming then never shows its sections before the list that goes above them (a layout shift)
  // (Lit writes the host's shadow root straight after its start tag; without one, before the data)
  const shadow = markup.indexOf('<template shadowroot');
  const at = shadow >= 0 ? shadow : close;
  const first = tag === 'rk-role-page' ? roleOpenings(value as Role, options) : '';
  return `${markup.slice(0, at)}${first}${markup.slice(at, close)}<script type="application/json">${scriptJson(value)}</script>${markup.slice(close)}`;
}

export interface PageOptions extends RenderOptions {
  /** The page's absolute URL: `<link rel="canonical">`, `og:url`, and the JSON-LD (which needs it). */
  canonicalUrl?: string;
  /**
   * Where the script tag's file, rolekit.js, is served (default: jsDelivr, this version, with its
   * Subresource Integrity). Hydration needs the script of the same rolekit version as this
   * renderer: their templates must match. The page preloads the pieces it needs from beside it
   * (`<link rel="modulepreload" integrity>`), so they arrive in one round trip. `false`: no
   * script and no preloads, for a page that loads rolekit itself (the npm build in its own bundle).
   */
  scriptSrc?: string | false;
  /** The page's `<title>` and `og:title` (default: the role's title; "Roles" for a board). */
  title?: string;
  /** The meta and `og:` description (default: the role's summary; "N roles" for a board). */
  description?: string;
  /** Your site's name: appended to the `<title>` ("Python Web Developer — Northwind Careers") and `og:site_name`. */
  siteName?: string;
  /** Extra markup for `<head>` (your stylesheet, analytics…). Trusted: written as is. */
  head?: string;
  /** Markup before `<main>` (your site's header). Trusted: written as is. */
  header?: string;
  /** Markup at the start of `<main>`, before the element (a back link, a heading). Trusted: written as is. */
  before?: string;
  /** Markup after `<main>` (your site's footer). Trusted: written as is. */
  footer?: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The script tag (with its integrity when it is this version's published file) and a preload of
 * every piece a server-rendered `element` needs — hydration support, the API, the element and
 * the ones inside it — so the browser fetches them with the script, not after it.
 */
function script(src: string, pinned: boolean, element: TagName): string {
  const folder = src.slice(0, src.lastIndexOf('/') + 1);
  const preloads = piecesFor(['hydrate', 'api', element])
    .map(({ file, integrity }) => `<link rel="modulepreload" href="${escapeHtml(`${folder}pieces/${file}`)}" integrity="${integrity}">\n`)
    .join('');
  const sri = pinned && SCRIPT_INTEGRITY ? ` integrity="${SCRIPT_INTEGRITY}" crossorigin="anonymous"` : '';
  return `<script src="${escapeHtml(src)}"${sri} defer></script>\n${preloads}`;
}

/**
 * A complete HTML document for a role (or, with `element: 'rk-role-board'`, a listing): title,
 * meta description, Open Graph tags, canonical URL, the JSON-LD graph (with `canonicalUrl`:
 * `toJsonLd` for a role, `toItemList` for a listing), the server-rendered element, and the
 * script that hydrates it. Ready for a static site generator to write to disk as is.
 */
export function renderPage(document: unknown, options: PageOptions & { element?: TagName } = {}): string {
  const element = options.element ?? 'rk-role-page';
  const doc = validFor(element, document);
  const body = renderValid(element, doc, { headingLevel: 1, ...options });
  const about = aboutPage(element, doc, options.hrefTemplate, options.forRole);
  const pinned = `https://cdn.jsdelivr.net/npm/rolekit${VERSION === 'dev' ? '' : `@${VERSION}`}/dist/cdn/rolekit.js`;
  const {
    canonicalUrl,
    scriptSrc = pinned,
    title = about.title,
    description = about.description,
    siteName,
    head = '',
    header = '',
    before = '',
    footer = '',
  } = options;
  const graph = canonicalUrl ? about.graph(canonicalUrl) : undefined;
  const meta = (attribute: 'name' | 'property', key: string, value: string | undefined) =>
    value ? `<meta ${attribute}="${key}" content="${escapeHtml(value)}">\n` : '';
  return `<!doctype html>
<html lang="${escapeHtml(doc.language ?? 'en')}" dir="${textDirection(doc.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(siteName ? `${title} — ${siteName}` : title)}</title>
${meta('name', 'description', description)}${canonicalUrl ? `<link rel="canonical" href="${escapeHtml(canonicalUrl)}">\n` : ''}${meta('property', 'og:type', 'website')}${meta('property', 'og:title', title)}${meta('property', 'og:description', description)}${meta('property', 'og:url', canonicalUrl)}${meta('property', 'og:site_name', siteName)}${meta('name', 'twitter:card', 'summary')}${
    graph ? `<script type="application/ld+json">${jsonLdText(graph)}</script>\n` : ''
  }${scriptSrc === false ? '' : script(scriptSrc, scriptSrc === pinned, element)}${head}</head>
<body>
${header}<main>
${before}${body}
</main>
${footer}</body>
</html>
`;
}
