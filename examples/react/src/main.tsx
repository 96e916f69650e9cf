import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// defines every rk-* element (the npm build: lit and zod come from the app's own install)
import 'rolekit/define';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
