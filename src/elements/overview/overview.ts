import { type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { RoleElement } from '../../internal/role-element.js';
import { paragraphs } from '../../internal/templates.js';
import type { Role } from '../../schema/role.js';
import { roleWords } from '../../i18n/en/role.js';

/**
 * The role overview: what the work is like, in paragraphs.
 *
 * ```html
 * <rk-overview src="/roles/python-web-developer.json"></rk-overview>
 * ```
 *
 * @tag rk-overview
 * @summary Overview of a role, in paragraphs.
 * @csspart body - The paragraphs.
 */
export class OverviewElement extends RoleElement {
  protected static override words = [roleWords];
  protected override renderReady(role: Role, t: Strings, level: number): TemplateResult {
    return this.section(t.overview, level, paragraphs(role.overview, t));
  }
}
