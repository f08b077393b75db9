import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/options/options.css';
import '@/components/options/icp-list.css';
import '@/components/dashboard/dashboard.css';
import '@/components/dashboard/dashboard-forms.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { followUiLanguageChanges, loadUiLanguage, localizeDocument } from '@/components/i18n';

// The user's UI language (a stored setting) is loaded before the first render; a change of it
// in any page reloads this one in the new language.
followUiLanguageChanges();
void loadUiLanguage().then(() => {
  localizeDocument('options_title');
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <DashboardApp />
      </StrictMode>,
    );
});
