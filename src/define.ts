/**
 * Registers every rolekit element under its rk-* name. Safe to import more than once, and next
 * to another copy of rolekit: a tag that is already defined is left alone.
 */
import {
  AtAGlanceElement,
  CareerOutlookElement,
  CoverLetterElement,
  DutiesElement,
  FaqElement,
  OpeningElement,
  OpeningsElement,
  RoleOpeningsElement,
  OverviewElement,
  QualificationsElement,
  RoleBoardElement,
  RoleCardElement,
  RolePageElement,
} from './elements/index.js';
import type { RkApplyEvent, RkCopyEvent, RkErrorEvent, RkReadyEvent, RkSelectEvent, RkToggleEvent } from './events/index.js';
import { defineElement } from './internal/define.js';

export const ELEMENTS = {
  'rk-at-a-glance': AtAGlanceElement,
  'rk-career-outlook': CareerOutlookElement,
  'rk-cover-letter': CoverLetterElement,
  'rk-duties': DutiesElement,
  'rk-faq': FaqElement,
  'rk-overview': OverviewElement,
  'rk-qualifications': QualificationsElement,
  'rk-role-board': RoleBoardElement,
  'rk-role-card': RoleCardElement,
  'rk-role-page': RolePageElement,
  'rk-opening': OpeningElement,
  'rk-openings': OpeningsElement,
  'rk-role-openings': RoleOpeningsElement,
} as const;

for (const [tag, element] of Object.entries(ELEMENTS)) defineElement(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'rk-at-a-glance': AtAGlanceElement;
    'rk-career-outlook': CareerOutlookElement;
    'rk-cover-letter': CoverLetterElement;
    'rk-duties': DutiesElement;
    'rk-faq': FaqElement;
    'rk-overview': OverviewElement;
    'rk-qualifications': QualificationsElement;
    'rk-role-board': RoleBoardElement;
    'rk-role-card': RoleCardElement;
    'rk-role-page': RolePageElement;
    'rk-opening': OpeningElement;
    'rk-openings': OpeningsElement;
    'rk-role-openings': RoleOpeningsElement;
  }
  interface GlobalEventHandlersEventMap {
    'rk-ready': RkReadyEvent;
    'rk-error': RkErrorEvent;
    'rk-toggle': RkToggleEvent;
    'rk-copy': RkCopyEvent;
    'rk-select': RkSelectEvent;
    'rk-apply': RkApplyEvent;
  }
}
