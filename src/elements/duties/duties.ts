import { html, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { RoleElement } from '../../internal/role-element.js';
import type { Role } from '../../schema/role.js';
import { roleWords } from '../../i18n/en/role.js';

/**
 * The role's duties and responsibilities, as a bulleted list.
 *
 * ```html
 * <rk-duties src="/roles/python-web-developer.json"></rk-duties>
 * ```
 *
 * @tag rk-duties
 * @summary Duties and responsibilities of a role.
 * @csspart list - The list of duties.
 * @csspart item - One duty.
 */
export class DutiesElement extends RoleElement {
  protected static override words = [roleWords];
  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    return this.section(t.duties, level, dutiesBody(role, t));
  }
}

/** The duties list: the one template of this section, for this element and for `<rk-role-page>`. */
export const dutiesBody = (role: Role, t: Strings): TemplateResult =>
  role.duties
    ? html`<ul part="list">
        ${role.duties.map((duty) => html`<li part="item">${duty}</li>`)}
      </ul>`
    : html`<p class="muted">${t.empty}</p>`;
