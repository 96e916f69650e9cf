// What a Svelte component's markup is checked against (svelte-check reads the global
// svelteHTML.IntrinsicElements). Every `@ts-expect-error` must be an error, or tsc reports it unused.
import type {} from 'rolekit/svelte';
import type { Role, RoleIndex } from 'rolekit';

type Props<Tag extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[Tag];

export const page: Props<'rk-role-page'> = {
  'heading-level': 1,
  src: '/roles/python-web-developer.json',
  'onrk-ready': (e) => void (e.detail.data satisfies Role),
  'on:rk-error': (e) => void e.detail.kind,
};
export const board: Props<'rk-role-board'> = { 'onrk-ready': (e) => void (e.detail.data satisfies RoleIndex) };
// @ts-expect-error heading-level is a number
export const wrongLevel: Props<'rk-role-page'> = { 'heading-level': 'one' };
// @ts-expect-error theme is light, dark or auto
export const wrongTheme: Props<'rk-role-page'> = { theme: 'blue' };
// @ts-expect-error no such element
export const missing: Props<'rk-role-pages'> = {};
