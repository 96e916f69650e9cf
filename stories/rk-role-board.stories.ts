import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { syntheticIndex } from '../scripts/synthetic.js';

interface BoardArgs {
  src?: string;
  data?: unknown;
  query?: string;
  'href-template'?: string;
  'page-size'?: number;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number;
}
type Story = StoryObj<BoardArgs>;

const INDEX = '/data/index.json';

export default {
  title: 'Elements/Role board <rk-role-board>',
  component: 'rk-role-board',
  // stories keep the URL alone (no-url-sync): Storybook owns the iframe's address
  render: (args) =>
    html`<rk-role-board
      no-url-sync
      src=${ifDefined(args.src)}
      .data=${args.data}
      .query=${args.query ?? ''}
      href-template=${ifDefined(args['href-template'])}
      page-size=${ifDefined(args['page-size'])}
      theme=${ifDefined(args.theme)}
      heading-level=${ifDefined(args['heading-level'])}
    ></rk-role-board>`,
  args: { src: INDEX, 'page-size': 24 },
  argTypes: {
    src: { control: 'text' },
    query: { control: 'text' },
    'href-template': { control: 'text' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    data: { control: false },
  },
} satisfies Meta<BoardArgs>;

export const TwelveRoles: Story = { name: 'Sample roles (13)' };
export const Searching: Story = { args: { query: 'engineer' } };
/** "teams" comes late in most summaries: those cards show the words around it, after an "…". */
export const SearchSnippets: Story = { name: 'Searching: matches late in summaries', args: { query: 'teams' } };
export const TenThousand: Story = { name: '10,000 synthetic roles', args: { src: undefined, data: syntheticIndex(10_000) } };
export const EmptyResult: Story = { name: 'Empty result', args: { query: 'no role matches this' } };
export const Loading: Story = { args: { src: '/__storybook/pending' } };
export const Error: Story = { args: { src: '/data/fixtures/invalid/index-wrong-type.json' } };
export const NotFound: Story = { name: 'Error (HTTP 404)', args: { src: '/data/no-such-index.json' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#121316;padding:1.5em">${story()}</div>`],
};
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  decorators: [(story) => html`<div style="inline-size:320px;outline:1px dashed #bbb">${story()}</div>`],
};
