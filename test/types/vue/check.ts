// What Vue's template checker (vue-tsc) sees for each tag. Every `@ts-expect-error` must be an
// error, or tsc reports it unused.
import type {} from 'rolekit/vue';
import type { GlobalComponents } from 'vue';
import type { Role, RoleIndex } from 'rolekit';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const page: Props<'rk-role-page'> = {
  'heading-level': 1,
  src: '/roles/python-web-developer.json',
  'onrk-ready': (e) => void (e.detail.data satisfies Role),
};
export const board: Props<'rk-role-board'> = { 'onrk-ready': (e) => void (e.detail.data satisfies RoleIndex) };
// @ts-expect-error heading-level is a number
export const wrongLevel: Props<'rk-role-page'> = { 'heading-level': 'one' };
// @ts-expect-error theme is light, dark or auto
export const wrongTheme: Props<'rk-role-page'> = { theme: 'blue' };
// @ts-expect-error no such element
export type Missing = Props<'rk-role-pages'>;
