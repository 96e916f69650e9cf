// <rk-role-openings> in every state, from the sample listing the tests and the demo use (data/openings/index.json).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface RoleOpeningsArgs {
  src?: string;
  data?: unknown;
  'for-role'?: string;
  'all-href'?: string;
  label?: string;
  limit?: number;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number;
}
type Story = StoryObj<RoleOpeningsArgs>;

export default {
  title: 'Elements/Role openings <rk-role-openings>',
  component: 'rk-role-openings',
  render: (args) =>
    html`<rk-role-openings
      src=${ifDefined(args.src)}
      .data=${args.data}
      for-role=${ifDefined(args['for-role'])}
      all-href=${ifDefined(args['all-href'])}
      label=${ifDefined(args.label)}
      limit=${ifDefined(args.limit)}
      theme=${ifDefined(args.theme)}
      heading-level=${ifDefined(args['heading-level'])}
    ></rk-role-openings>`,
  args: { src: '/data/openings/index.json', 'for-role': 'python-web-developer', 'all-href': '/jobs/' },
  argTypes: {
    src: { control: 'text' },
    'for-role': { control: 'text' },
    'all-href': { control: 'text' },
    label: { control: 'text' },
    limit: { control: 'number' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    data: { control: false },
  },
} satisfies Meta<RoleOpeningsArgs>;

export const Ready: Story = { name: 'A role with open positions' };
export const One: Story = { name: 'Only the newest (limit 1)', args: { limit: 1 } };
export const None: Story = { name: 'A role with none: nothing at all', args: { 'for-role': 'technical-writer' } };
export const Loading: Story = { args: { src: '/__storybook/pending' } };
export const Error: Story = { name: 'Error (invalid data)', args: { src: undefined, data: { openings: [{ id: 'x', title: 7 }] } } };
export const NotFound: Story = { name: 'Error (HTTP 404)', args: { src: '/data/openings/no-such-index.json' } };
export const Dark: Story = { args: { theme: 'dark' } };
