import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/options/options.css';
import '@/components/options/icp-list.css';
import { localizeDocument } from '@/components/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';

localizeDocument('options_title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
