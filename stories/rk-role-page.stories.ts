import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { meta, states, type Args, type Story } from './shared.js';

const s = states();

export default {
  title: 'Elements/Role page <rk-role-page>',
  component: 'rk-role-page',
  ...meta('rk-role-page'),
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
export const HideSections: Story = { name: 'hide="cover-letter faq"', args: { hide: 'cover-letter faq' } };
export const WithOpenPositions: Story = {
  name: 'With its open positions (openings-src)',
  render: () => html`<rk-role-page src="/data/python-web-developer.json" openings-src="/data/openings/index.json" openings-href="/jobs/"></rk-role-page>`,
};
