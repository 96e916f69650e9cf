import { createApp } from 'vue';
// defines every rk-* element (the npm build: lit and zod come from the app's own install)
import 'rolekit/define';
import App from './App.vue';

createApp(App).mount('#app');
