// One set of stories per element — ready, loading, error, empty, dark, custom theme, narrow —
// built from the same data files the tests use.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import minimal from '../data/fixtures/minimal.json';
import seed from '../data/python-web-developer.json';

export const SEED_URL = '/data/python-web-developer.json';

export interface Args {
  src?: string;
  data?: unknown;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  href?: string;
  multiple?: boolean;
  hide?: string;
  style?: string;
}

export type Story = StoryObj<Args>;

/** Renders `tag` with the story's attributes; `data` goes to the `.data` property. */
export const renderElement =
  (tag: string) =>
  (args: Args): TemplateResult => {
    const t = unsafeStatic(tag); // a fixed tag name from this file, never data
    return staticHtml`<${t}
      src=${ifDefined(args.src)}
      .data=${args.data}
      heading-level=${ifDefined(args['heading-level'])}
      theme=${ifDefined(args.theme)}
      href=${ifDefined(args.href)}
      hide=${ifDefined(args.hide)}
      style=${ifDefined(args.style)}
      ?multiple=${args.multiple ?? false}
    ></${t}>`;
  };

/** What every element's stories share; each file adds its literal title and component. */
export const meta = (tag: string): Meta<Args> => ({
  render: renderElement(tag),
  args: { src: SEED_URL, 'heading-level': 2 },
  argTypes: {
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    data: { control: false },
    src: { control: 'text' },
    href: { control: 'text' },
    hide: { control: 'text' },
    style: { control: 'text' },
  },
});

const dark = (story: () => unknown) => html`<div style="background:#121316;padding:1.5em">${story()}</div>`;
const narrow = (story: () => unknown) => html`<div style="inline-size:320px;outline:1px dashed #bbb">${story()}</div>`;

/** The seven states every element shows in Storybook. */
export const states = (emptyData: unknown = minimal) =>
  ({
    Ready: { args: { src: SEED_URL } },
    FromProperty: { name: 'Ready (.data property)', args: { src: undefined, data: seed } },
    Loading: { args: { src: '/__storybook/pending' } },
    Error: { args: { src: '/data/fixtures/invalid/wrong-type.json' } },
    NotFound: { name: 'Error (HTTP 404)', args: { src: '/data/roles/does-not-exist.json' } },
    Empty: { args: { src: undefined, data: emptyData } },
    Dark: { args: { theme: 'dark' }, decorators: [dark] },
    CustomTheme: {
      name: 'Custom theme',
      args: {
        theme: 'light',
        style:
          '--rk-color-accent:#00695c;--rk-color-surface:#eef7f5;--rk-radius:1em;--rk-space:1.25em;--rk-font-family:Georgia,serif',
      },
    },
    Narrow: { name: 'Narrow (320 px)', decorators: [narrow] },
    RightToLeft: { name: 'Right to left (Arabic)', args: { src: '/data/fixtures/arabic-rtl.json' } },
  }) satisfies Record<string, Story>;

export { seed };
