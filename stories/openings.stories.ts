// <rk-openings> in every state, from the sample listing the tests and the demo use (data/openings/index.json).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { syntheticOpenings } from '../test/opening-fixtures.js';

interface OpeningsArgs {
  src?: string;
  data?: unknown;
  query?: string;
  'for-role'?: string;
  'all-href'?: string;
  label?: string;
  'page-size'?: number;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number;
}
type Story = StoryObj<OpeningsArgs>;

const LISTING = '/data/openings/index.json';

export default {
  title: 'Elements/Openings <rk-openings>',
  component: 'rk-openings',
  // stories keep the URL alone (no-url-sync): Storybook owns the iframe's address
  render: (args) =>
    html`<rk-openings
      no-url-sync
      src=${ifDefined(args.src)}
      .data=${args.data}
      .query=${args.query ?? ''}
      for-role=${ifDefined(args['for-role'])}
      all-href=${ifDefined(args['all-href'])}
      label=${ifDefined(args.label)}
      page-size=${ifDefined(args['page-size'])}
      theme=${ifDefined(args.theme)}
      heading-level=${ifDefined(args['heading-level'])}
    ></rk-openings>`,
  args: { src: LISTING, 'page-size': 20 },
  argTypes: {
    src: { control: 'text' },
    query: { control: 'text' },
    'for-role': { control: 'text' },
    'all-href': { control: 'text' },
    label: { control: 'text' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    data: { control: false },
  },
} satisfies Meta<OpeningsArgs>;

export const Ready: Story = { name: 'Sample openings' };
export const ForOneRole: Story = { name: 'For one role', args: { 'for-role': 'python-web-developer', label: 'Python Web Developer jobs' } };
export const Searching: Story = { args: { query: 'berlin' } };
export const FiftyThousand: Story = { name: '50,000 synthetic openings', args: { src: undefined, data: syntheticOpenings(50_000) } };
export const EmptyForRole: Story = { name: 'Empty: no openings for this role', args: { 'for-role': 'technical-writer', 'all-href': '/roles/' } };
export const EmptyResult: Story = { name: 'Empty result', args: { query: 'no opening matches this' } };
export const Loading: Story = { args: { src: '/__storybook/pending' } };
export const Error: Story = { name: 'Error (invalid data)', args: { src: undefined, data: { openings: [{ id: 'x', title: 7 }] } } };
export const NotFound: Story = { name: 'Error (HTTP 404)', args: { src: '/data/openings/no-such-index.json' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#121316;padding:1.5em">${story()}</div>`],
};
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  decorators: [(story) => html`<div style="inline-size:320px;outline:1px dashed #bbb">${story()}</div>`],
};
