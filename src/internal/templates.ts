import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';

/** Paragraphs of plain text, or the empty message when there are none. */
export const paragraphs = (texts: readonly string[] | undefined, t: Strings): TemplateResult =>
  texts
    ? html`<div part="body">${texts.map((text) => html`<p>${text}</p>`)}</div>`
    : html`<p class="muted">${t.empty}</p>`;
