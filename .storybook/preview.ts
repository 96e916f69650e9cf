import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import '../src/define.js';

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
};
export default preview;
