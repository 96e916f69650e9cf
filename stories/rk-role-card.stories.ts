import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { meta, states, type Args, type Story } from './shared.js';

const s = states();

export default {
  title: 'Elements/Role card <rk-role-card>',
  component: 'rk-role-card',
  ...meta('rk-role-card'),
} satisfies Meta<Args>;

export const Ready: Story = s.Ready;
export const FromProperty: Story = s.FromProperty;
export const Loading: Story = s.Loading;
export const Error: Story = s.Error;
export const NotFound: Story = s.NotFound;
export const Empty: Story = s.Empty;
export const Dark: Story = s.Dark;
export const CustomTheme: Story = s.CustomTheme;
export const Narrow: Story = s.Narrow;
export const RightToLeft: Story = s.RightToLeft;
export const WithLink: Story = { name: 'With href', args: { href: '/roles/python-web-developer/' } };
export const Grid: Story = {
  render: () =>
    html`<div style="display:grid;gap:1em;grid-template-columns:repeat(auto-fill,minmax(16em,1fr))">
      ${['python-web-developer', 'roles/data-analyst', 'roles/ux-designer', 'roles/customer-support-specialist'].map(
        (f) => html`<rk-role-card src="/data/${f}.json" href="#"></rk-role-card>`,
      )}
    </div>`,
};
export const WithOpenings: Story = {
  name: 'With open positions',
  render: () => html`<rk-role-card src="/data/python-web-developer.json" href="#" openings="3" style="max-width:22em"></rk-role-card>`,
};
