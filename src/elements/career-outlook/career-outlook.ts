import { type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { RoleElement } from '../../internal/role-element.js';
import { paragraphs } from '../../internal/templates.js';
import type { Role } from '../../schema/role.js';
import { roleWords } from '../../i18n/en/role.js';

/**
 * The role's career outlook: demand, progression and where the work leads, in paragraphs.
 *
 * ```html
 * <rk-career-outlook src="/roles/python-web-developer.json"></rk-career-outlook>
 * ```
 *
 * @tag rk-career-outlook
 * @summary Career outlook of a role, in paragraphs.
 * @csspart body - The paragraphs.
 */
export class CareerOutlookElement extends RoleElement {
  protected static override words = [roleWords];
  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    return this.section(t.careerOutlook, level, paragraphs(role.careerOutlook, t));
  }
}
