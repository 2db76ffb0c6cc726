import 'katex/dist/katex.min.css';
import './styles/theme.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { setupI18n } from './i18n/setup.ts';
import { registerServiceWorker } from './offline/service-worker.ts';
import { usePreferences } from './stores/preferences.ts';

setupI18n(usePreferences.getState().locale);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
