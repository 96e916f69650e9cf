import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // the role files the stories load with `src`, at the same URLs the tests and the demo use
  staticDirs: [{ from: '../data', to: '/data' }],
  core: {
    disableTelemetry: true, // no requests to the internet (the build machine has none)
    disableWhatsNewNotifications: true,
  },
};
export default config;
