/**
 * rolekit/ssr — server rendering (Node): any element with its document, as HTML with declarative
 * shadow DOM that holds all the content (FAQ answers included, collapsed). The document goes
 * along as inline JSON, so the element hydrates in the browser with the same data, no fetch.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import '../define.js';
import type { ELEMENTS } from '../define.js';
import { parseRole, parseRoleIndex, type Problem } from '../schema/parse.js';
import type { Role } from '../schema/role.js';
import type { RoleIndex } from '../schema/role-index.js';
import { jsonLdText, scriptJson, toJsonLd } from '../schema/jsonld.js';

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
};

export const TAG_NAMES = Object.keys(TAGS) as TagName[];

export interface RenderOptions {
  /** `heading-level`, 1–6 (default 2; `renderPage` uses 1: the role is the page's subject). */
  headingLevel?: number;
  /** `theme`: light, dark or auto. */
  theme?: 'light' | 'dark' | 'auto';
  /** `href` of a card: where the full role lives. */
  href?: string;
  /** `href-template` of a board, e.g. "/roles/{slug}/". */
  hrefTemplate?: string;
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

/** The validated document for `tag` (a listing for the board, a role otherwise), or the problems thrown. */
function validFor(tag: TagName, document: unknown): Role | RoleIndex {
  if (!TAGS[tag]) throw new TypeError(`unknown element <${tag}>: one of ${TAG_NAMES.join(', ')}`);
  const result = tag === 'rk-role-board' ? parseRoleIndex(document) : parseRole(document);
  if (!result.ok) throw new InvalidDocumentError(result.problems);
  return result.value;
}

function renderValid(tag: TagName, value: Role | RoleIndex, options: RenderOptions): string {
  const t = TAGS[tag];
  const { headingLevel, theme, href, hrefTemplate } = options;
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- lit/static-html: the tag is a literal from TAGS */
  const markup = collectResultSync(
    render(
      html`<${t}
        .data=${value}
        heading-level=${headingLevel ?? nothing}
        theme=${theme ?? nothing}
        href=${tag === 'rk-role-card' ? (href ?? nothing) : nothing}
        href-template=${tag === 'rk-role-board' ? (hrefTemplate ?? nothing) : nothing}
      ></${t}>`,
    ),
  );
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  // the data, for the browser: the element reads it from this child instead of fetching
  const close = markup.lastIndexOf(`</${tag}>`);
  return `${markup.slice(0, close)}<script type="application/json">${scriptJson(value)}</script>${markup.slice(close)}`;
}

export interface PageOptions extends RenderOptions {
  /** The page's absolute URL: `<link rel="canonical">`, and the JSON-LD's ids. */
  canonicalUrl?: string;
  /** Where the script-tag bundle is served (default: jsDelivr). */
  scriptSrc?: string;
  /** Extra markup for `<head>` (your stylesheet, analytics…). Trusted: written as is. */
  head?: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A complete HTML document for a role: title, meta description, canonical URL, the JSON-LD graph
 * (with `canonicalUrl`), the server-rendered `<rk-role-page>` (or the element you name), and the
 * script that hydrates it. Ready for a static site generator to write to disk as is.
 */
export function renderPage(role: unknown, options: PageOptions & { element?: TagName } = {}): string {
  const element = options.element ?? 'rk-role-page';
  const doc = validFor(element, role);
  const body = renderValid(element, doc, { headingLevel: 1, ...options });
  const isRole = 'title' in doc;
  const title = isRole ? doc.title : 'Roles';
  const description = isRole ? doc.summary : `${doc.roles.length} roles`;
  const language = doc.language ?? 'en';
  const { canonicalUrl, scriptSrc = 'https://cdn.jsdelivr.net/npm/rolekit/dist/cdn/rolekit.js', head = '' } = options;
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
${canonicalUrl ? `<link rel="canonical" href="${escapeHtml(canonicalUrl)}">\n` : ''}${
    canonicalUrl && isRole ? `<script type="application/ld+json">${jsonLdText(toJsonLd(doc, { url: canonicalUrl }))}</script>\n` : ''
  }<script src="${escapeHtml(scriptSrc)}" defer></script>
${head}</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
