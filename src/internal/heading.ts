import { html, type TemplateResult } from 'lit';

/** `heading-level` clamped to what a widget inside someone else's page may use: 2–6. */
export const clampLevel = (level: unknown): number => Math.min(6, Math.max(2, Number(level) | 0));

/**
 * A real heading element (`<h2>`…`<h6>`) at `level`, clamped to 2–6. Lit cannot bind a tag
 * name without static templates, so the five cases are spelled out.
 */
export function heading(level: number, content: unknown, part = 'heading'): TemplateResult {
  switch (clampLevel(level)) {
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
