import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/options/options.css';
import '@/components/options/icp-list.css';
import '@/components/dashboard/dashboard.css';
import '@/components/dashboard/dashboard-forms.css';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { localizeDocument } from '@/components/i18n';

localizeDocument('options_title');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <DashboardApp />
    </StrictMode>,
  );
