import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';

/**
 * For `@rk-ready` on a wrapper around nested rolekit elements (a page's sections, a board's
 * cards): they get validated data, so they cannot fail, and the outer element reports once.
 */
export const stopNested = (event: Event): void => event.stopPropagation();

/** Paragraphs of plain text, or the empty message when there are none. */
export const paragraphs = (texts: readonly string[] | undefined, t: Strings): TemplateResult =>
  texts
    ? html`<div part="body">${texts.map((text) => html`<p>${text}</p>`)}</div>`
    : html`<p class="muted">${t.empty}</p>`;
