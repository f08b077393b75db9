import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import '@/components/popup/popup-score.css';
import '@/components/popup/popup-details.css';
import '@/components/popup/popup-answer.css';
import { localizeDocument } from '@/components/i18n';
import { PopupApp } from '@/components/popup/PopupApp';

localizeDocument('extName');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
