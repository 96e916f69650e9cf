import type { Meta } from '@storybook/web-components-vite';
import { meta, states, type Args, type Story } from './shared.js';

const s = states();

export default {
  title: 'Elements/Cover letter <rk-cover-letter>',
  component: 'rk-cover-letter',
  ...meta('rk-cover-letter'),
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
