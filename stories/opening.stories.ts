// <rk-opening> in every state, from the sample openings the tests and the demo use (data/openings/).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import berlin from '../data/openings/python-web-developer-berlin.json';

interface OpeningArgs {
  src?: string;
  data?: unknown;
  'heading-level'?: number;
  'role-href'?: string;
  theme?: 'light' | 'dark' | 'auto';
  style?: string;
}
type Story = StoryObj<OpeningArgs>;

const file = (id: string) => `/data/openings/${id}.json`;

export default {
  title: 'Elements/Opening <rk-opening>',
  component: 'rk-opening',
  render: (args) =>
    html`<rk-opening
      src=${ifDefined(args.src)}
      .data=${args.data}
      heading-level=${ifDefined(args['heading-level'])}
      role-href=${ifDefined(args['role-href'])}
      theme=${ifDefined(args.theme)}
      style=${ifDefined(args.style)}
    ></rk-opening>`,
  args: { src: file('python-web-developer-berlin'), 'heading-level': 2 },
  argTypes: {
    src: { control: 'text' },
    'role-href': { control: 'text' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    data: { control: false },
  },
} satisfies Meta<OpeningArgs>;

export const Ready: Story = {};
export const FromProperty: Story = { name: 'Ready (.data property)', args: { src: undefined, data: berlin } };
export const Expired: Story = { name: 'Expired: no longer open', args: { src: file('python-web-developer-berlin-2020') } };
export const Remote: Story = { name: 'Remote, from several countries', args: { src: file('senior-python-web-developer-remote-europe') } };
export const NoSalary: Story = { name: 'No salary', args: { src: file('ux-designer-london') } };
export const SeveralLocations: Story = { name: 'Several locations', args: { src: file('product-manager-berlin-amsterdam-lisbon') } };
export const Loading: Story = { args: { src: '/__storybook/pending' } };
export const Error: Story = { name: 'Error (invalid data)', args: { src: undefined, data: { ...berlin, applyUrl: 'javascript:alert(1)' } } };
export const NotFound: Story = { name: 'Error (HTTP 404)', args: { src: file('no-such-opening') } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#121316;padding:1.5em">${story()}</div>`],
};
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: {
    theme: 'light',
    style: '--rk-color-accent:#00695c;--rk-opening-apply-background:#00695c;--rk-color-surface:#eef7f5;--rk-radius:1em;--rk-font-family:Georgia,serif',
  },
};
export const RightToLeft: Story = { name: 'Right to left (Arabic)', args: { src: undefined, data: { ...berlin, language: 'ar' } } };
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  decorators: [(story) => html`<div style="inline-size:320px;outline:1px dashed #bbb">${story()}</div>`],
};
