/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import customElements from '../custom-elements.json';
import '../src/define.js';
import { textDirection } from '../src/schema/text.js';

/** The built-in catalogues (src/i18n/locales/<lang>.ts), each loaded when the toolbar first picks it. */
const CATALOGUES = import.meta.glob('../src/i18n/locales/*.ts');
/** The toolbar's languages, each named in itself. */
const LOCALES: [string, string][] = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['pt-BR', 'Português (Brasil)'],
  ['nl', 'Nederlands'],
  ['pl', 'Polski'],
  ['ar', 'العربية'],
  ['he', 'עברית'],
  ['ja', '日本語'],
  ['zh-CN', '中文（简体）'],
];

// autodocs (attribute tables, controls, events, parts, custom properties) from the manifest
setCustomElementsManifest(customElements);

// Stories only: a URL that never answers, to show the loading state for as long as one looks.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).includes('/__storybook/pending') ? new Promise(() => {}) : realFetch(input, init);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    backgrounds: { disable: true },
  },
  // the UI language: the elements' own words follow the closest `lang` (the wrapper's), right to left for Arabic and Hebrew
  globalTypes: {
    locale: {
      description: "The page's language: the elements' own words (headings, buttons, counts)",
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES.map(([value, title]) => ({ value, title, right: value })), dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  // the catalogue is registered before the story renders: its first render is in that language
  loaders: [async ({ globals }) => void (await CATALOGUES[`../src/i18n/locales/${globals.locale as string}.ts`]?.())],
  decorators: [
    (story, { globals }) => {
      const lang = LOCALES.some(([value]) => value === globals.locale) ? (globals.locale as string) : 'en';
      // keyed: a new language renders the story afresh (an element reads its language when it renders)
      return html`${keyed(lang, html`<div lang=${lang} dir=${textDirection(lang)}>${story()}</div>`)}`;
    },
  ],
};
export default preview;
