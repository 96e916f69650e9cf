export { AtAGlanceElement, aiImpactScale } from './at-a-glance/at-a-glance.js';
export { CareerOutlookElement } from './career-outlook/career-outlook.js';
export { CoverLetterElement } from './cover-letter/cover-letter.js';
export { DutiesElement } from './duties/duties.js';
export { FaqElement } from './faq/faq.js';
export { OverviewElement } from './overview/overview.js';
export { QualificationsElement } from './qualifications/qualifications.js';
export { RoleCardElement } from './role-card/role-card.js';
export { RolePageElement, type RolePageSection } from './role-page/role-page.js';
