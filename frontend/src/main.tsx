import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/shared/i18n/i18n';
import '@/app/messages';
import { App } from '@/app/app';
import './main.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
