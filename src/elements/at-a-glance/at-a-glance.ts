import { css, html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { RoleElement } from '../../internal/role-element.js';
import { AI_IMPACT_RATINGS, type AiImpact, type Role } from '../../schema/role.js';
import { hostStyles } from '../../styles/host.js';

const FACTS = ['education', 'experience', 'certifications', 'employerTypes', 'growthOutlook'] as const;

/**
 * The AI-impact rating in words, after a five-step scale centred on neutral: headwind steps fill
 * to the left, tailwind steps to the right. The words carry the meaning for assistive
 * technology; the scale is decoration on top of them, never colour alone.
 */
export function aiImpactScale(impact: AiImpact, t: Strings): TemplateResult {
  const position = AI_IMPACT_RATINGS.indexOf(impact.rating) - 2;
  const steps = [-2, -1, 0, 1, 2].map((step) => {
    const on = position === 0 ? step === 0 : step * position > 0 && Math.abs(step) <= Math.abs(position);
    return html`<span class="step ${on ? 'on' : ''} ${step < 0 ? 'head' : step > 0 ? 'tail' : 'flat'}"></span>`;
  });
  return html`<span class="rating" part="rating"
    ><span class="scale" aria-hidden="true">${steps}</span> <strong>${t[impact.rating]}</strong></span
  >`;
}

/** Styles for `aiImpactScale`, shared with the role card. */
export const ratingStyles = css`
  .scale {
    display: inline-flex;
    gap: 0.15em;
    vertical-align: middle;
    margin-inline-end: 0.25em;
  }
  .step {
    inline-size: 0.9em;
    block-size: 0.55em;
    border-radius: 0.15em;
    border: 0.0625em solid var(--_border);
  }
  .step.on {
    border-color: transparent;
    background: var(--rk-color-tailwind, light-dark(#146c2e, #6dd58c));
  }
  .step.on.head {
    background: var(--rk-color-headwind, light-dark(#b3261e, #f2b8b5));
  }
  .step.on.flat {
    background: var(--_muted);
  }
  @media (forced-colors: active) {
    .step.on {
      forced-color-adjust: none;
      background: CanvasText !important;
    }
  }
`;

/**
 * The "role at a glance" panel: typical education and experience, certifications, employer
 * types, growth outlook and AI impact, as a definition list. AI impact shows its rating on a
 * five-step scale and in words, never by colour alone.
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
 * @cssprop [--rk-color-tailwind=#146c2e] - Filled steps of a tailwind rating.
 * @cssprop [--rk-color-headwind=#b3261e] - Filled steps of a headwind rating.
 */
export class AtAGlanceElement extends RoleElement {
  static override styles = [
    hostStyles,
    ratingStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(8em, max-content) 1fr;
        gap: 0.6em var(--_space);
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      @container (inline-size < 30em) {
        dl {
          grid-template-columns: 1fr;
          gap: 0.15em;
        }
        dd + dt {
          margin-block-start: 0.6em;
        }
      }
      section {
        container-type: inline-size;
      }
    `,
  ];

  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    const glance = role.atAGlance;
    if (!glance) return this.section(t.atAGlance, level, html`<p class="muted">${t.empty}</p>`);
    const ai = glance.aiImpact;
    return this.section(
      t.atAGlance,
      level,
      html`<dl part="list">
        ${FACTS.map((key) =>
          glance[key] ? html`<dt part="label">${t[key]}</dt><dd part="value">${glance[key]}</dd>` : nothing,
        )}
        ${ai
          ? html`<dt part="label">${t.aiImpact}${ai.horizon ? ` (${ai.horizon})` : ''}</dt>
              <dd part="value">
                ${aiImpactScale(ai, t)}${ai.text ? ` — ${ai.text}` : nothing}
              </dd>`
          : nothing}
        ${glance.extra?.map((fact) => html`<dt part="label">${fact.label}</dt><dd part="value">${fact.value}</dd>`)}
      </dl>`,
    );
  }
}
