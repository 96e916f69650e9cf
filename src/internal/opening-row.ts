import { css, html, nothing, type TemplateResult } from 'lit';
import { format, type Strings } from '../i18n/strings.js';
import { SAFE_HREF_PATTERN } from '../schema/constants.js';
import type { OpeningIndexEntry } from '../schema/opening.js';
import { heading } from './heading.js';
import { postedLine } from './opening-templates.js';
import { employmentText, locationText, salaryText, workplaceText } from './opening-text.js';
import { markMatches } from './search.js';

/** Text with the parts `markMatches` found in <mark>: text only, never markup. */
export const marked = (parts: string[]): unknown[] => parts.map((part, i) => (i % 2 ? html`<mark>${part}</mark>` : part));

/**
 * One opening in a list — its title (a link to its page, the whole row its click target), its
 * organization, places, workplace and employment type, salary and "Posted 3 days ago" — as
 * `<rk-openings>` and `<rk-role-openings>` both show it (with `openingRowStyles`). `terms` are marked in the title;
 * `link` is where the title leads (default: the entry's `href`).
 */
export function openingRow(entry: OpeningIndexEntry, terms: string[], t: Strings, language: string, level: number, link = entry.href): TemplateResult {
  const places = entry.locations?.map((place) => locationText(place, language)).filter(Boolean) ?? [];
  const meta = [
    entry.organization,
    places.length > 1 ? format(t.moreLocations, { first: places[0], count: places.length - 1 }) : places[0],
    entry.workplace && workplaceText(entry.workplace, t),
    entry.employmentType && employmentText(entry.employmentType, t, language),
  ].filter(Boolean);
  const salary = entry.salary ? salaryText(entry.salary, language, t) : '';
  const title = marked(markMatches(entry.title, terms));
  // the listing's hrefs passed the schema's link check; checked again as the card does, for `.data` set by hand
  const href = SAFE_HREF_PATTERN.test(link) ? link : '';
  return html`<li part="item">
    ${heading(level, href ? html`<a part="link" href=${href}>${title}</a>` : title)}
    ${meta.length ? html`<p part="meta">${meta.map((text) => html`<span>${text}</span>`)}</p>` : nothing}
    ${salary ? html`<p part="salary">${salary}</p>` : nothing}
    <p part="posted">${postedLine(entry.posted, language, t)}</p>
  </li>`;
}

/** The rows of `openingRow` in a `<ul part="list">`. */
export const openingRowStyles = css`
  [part~='list'] {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    gap: var(--rk-openings-gap, 0.75em);
  }
  [part~='item'] {
    position: relative;
    margin: 0;
    padding: 0.75em var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='item']:hover {
    background: var(--_subtle);
  }
  [part~='item'] > * {
    margin: 0;
  }
  [part~='item'] > * + * {
    margin-block-start: 0.25em;
  }
  [part~='item'] [part~='heading'] {
    font-size: 1.15em;
  }
  [part~='link'] {
    text-decoration: none;
  }
  [part~='link']:hover {
    text-decoration: underline;
  }
  /* the whole row is the link's click target */
  [part~='link']::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  [part~='link']:focus-visible {
    outline: none;
  }
  [part~='link']:focus-visible::after {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  /* a separator between the facts, not read out — after each, so a wrapped line never starts with one */
  [part~='meta'] span:not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.5em;
    color: var(--_muted);
  }
  [part~='salary'] {
    font-weight: 600;
  }
  [part~='posted'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
