import { css, html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { RoleElement } from '../../internal/role-element.js';
import { AI_IMPACT_RATINGS } from '../../schema/constants.js';
import type { AiImpact, Role } from '../../schema/role.js';
import { hostStyles } from '../../styles/host.js';
import { roleWords } from '../../i18n/en/role.js';

const FACTS = ['education', 'experience', 'certifications', 'employerTypes', 'growthOutlook'] as const;

/**
 * The AI-impact rating in words, after a native `<meter>` on the headwind … tailwind scale. The
 * browser colours the meter by region (tailwind green, neutral amber, headwind red) and respects
 * forced colours; the words carry the meaning, so the meter is hidden from assistive technology.
 */
export const aiImpactScale = (impact: AiImpact, t: Strings): TemplateResult =>
  html`<span part="rating"
    ><meter min="1" max="5" low="2.5" high="3.5" optimum="5" value=${AI_IMPACT_RATINGS.indexOf(impact.rating) + 1} aria-hidden="true"></meter>
    <strong>${t[impact.rating]}</strong></span
  >`;

/** Styles for `aiImpactScale`, shared with the role card. */
export const ratingStyles = css`
  meter {
    inline-size: 4em;
    vertical-align: middle;
  }
`;

/** Styles of the facts list, shared with `<rk-role-page>`, which shows this section in its own shadow root. */
export const atAGlanceStyles = css`
  /* label beside value while there is room for both, stacked when there is not */
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em var(--_space);
    margin: 0;
  }
  dt {
    flex: 1 0 9em;
    font-weight: 600;
  }
  dd {
    flex: 1 1 calc(100% - 11em);
    min-inline-size: min(100%, 14em);
    margin: 0 0 0.6em;
  }
`;

/**
 * The "role at a glance" panel: typical education and experience, certifications, employer
 * types, growth outlook and AI impact, as a definition list. AI impact shows its rating on a
 * meter and in words, never by colour alone.
 *
 * ```html
 * <rk-at-a-glance src="/roles/python-web-developer.json" heading-level="3"></rk-at-a-glance>
 * ```
 *
 * @tag rk-at-a-glance
 * @summary Key facts about a role, as a definition list.
 * @csspart list - The definition list.
 * @csspart label - A fact's label (`<dt>`).
 * @csspart value - A fact's value (`<dd>`).
 * @csspart rating - The AI-impact rating: scale and words.
 */
export class AtAGlanceElement extends RoleElement {
  protected static override words = [roleWords];
  static override styles = [hostStyles, ratingStyles, atAGlanceStyles];

  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    return this.section(t.atAGlance, level, atAGlanceBody(role, t));
  }
}

/** The facts as a definition list: for this element and for `<rk-role-page>`. */
export function atAGlanceBody(role: Role, t: Strings): TemplateResult {
  const glance = role.atAGlance;
  if (!glance) return html`<p class="muted">${t.empty}</p>`;
  const ai = glance.aiImpact;
  return html`<dl part="list">
    ${FACTS.map((key) => (glance[key] ? html`<dt part="label">${t[key]}</dt><dd part="value">${glance[key]}</dd>` : nothing))}
    ${ai
      ? html`<dt part="label">${t.aiImpact}${ai.horizon ? ` (${ai.horizon})` : ''}</dt>
          <dd part="value">${aiImpactScale(ai, t)}${ai.text ? ` — ${ai.text}` : nothing}</dd>`
      : nothing}
    ${glance.extra?.map((fact) => html`<dt part="label">${fact.label}</dt><dd part="value">${fact.value}</dd>`)}
  </dl>`;
}
