import { css, html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { heading } from '../../internal/heading.js';
import { RoleElement } from '../../internal/role-element.js';
import type { Role } from '../../schema/role.js';
import { hostStyles } from '../../styles/host.js';
import { roleWords } from '../../i18n/en/role.js';

/** Styles of the groups, shared with `<rk-role-page>`, which shows this section in its own shadow root. */
export const qualificationsStyles = css`
  .groups {
    display: grid;
    gap: 0 calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
  }
  [part~='group-heading'] {
    font-size: 1.05em;
  }
  [part='qualifier'] {
    font-size: 0.9em;
    font-weight: normal;
    color: var(--_muted);
  }
`;

/**
 * The role's qualifications, in groups ("Education", "Django expertise") with the group's
 * qualifier ("for Django-focused roles") and a list of items.
 *
 * ```html
 * <rk-qualifications src="/roles/python-web-developer.json"></rk-qualifications>
 * ```
 *
 * @tag rk-qualifications
 * @summary Qualifications of a role, grouped.
 * @csspart group - One group: its heading and items.
 * @csspart group-heading - A group's heading.
 * @csspart qualifier - Who a group applies to, e.g. "for Django-focused roles".
 * @csspart list - A group's list of items.
 * @csspart item - One qualification.
 */
export class QualificationsElement extends RoleElement {
  protected static override words = [roleWords];
  static override styles = [hostStyles, qualificationsStyles];

  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    return this.section(t.qualifications, level, qualificationsBody(role, t, level));
  }
}

/** The groups of qualifications (headings one below `level`): for this element and `<rk-role-page>`. */
export const qualificationsBody = (role: Role, t: Strings, level: number): TemplateResult =>
  role.qualifications
    ? html`<div class="groups">
        ${role.qualifications.map(
          (group) =>
            html`<div part="group">
              ${heading(
                level + 1,
                html`${group.heading}${group.qualifier ? html` <span part="qualifier">(${group.qualifier})</span>` : nothing}`,
                'group-heading',
              )}
              <ul part="list">
                ${group.items.map((item) => html`<li part="item">${item}</li>`)}
              </ul>
            </div>`,
        )}
      </div>`
    : html`<p class="muted">${t.empty}</p>`;
