import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { ago, around, dateText } from './opening-text.js';

/** "Posted <time>3 days ago</time>": the exact date in the `<time>` element's `datetime` and `title`. Shared by the openings elements. */
export function postedLine(posted: string, language: string, t: Strings): TemplateResult {
  const [before, after] = around(t.posted, 'when');
  return html`${before}<time datetime=${posted} title=${dateText(posted, language)}>${ago(posted, language)}</time>${after}`;
}

