import { html, type TemplateResult } from 'lit';

/** `heading-level` clamped to a real heading level, 1–6 (1 when the role is the page's subject). */
export const clampLevel = (level: unknown): number => Math.min(6, Math.max(1, Number(level) | 0));

/**
 * A real heading element (`<h1>`…`<h6>`) at `level`, clamped to 1–6. Lit cannot bind a tag
 * name without static templates, so the six cases are spelled out.
 */
export function heading(level: number, content: unknown, part = 'heading'): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
