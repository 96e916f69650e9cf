import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // rk-* are custom elements (rolekit's), not Vue components: render them as they are
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('rk-') } },
    }),
  ],
});
