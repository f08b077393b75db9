import { useEffect } from 'react';
import { type MessageKey, t } from '../i18n';
import type { Route } from './use-hash-route';

const TITLES: Readonly<Record<Route['page'], MessageKey>> = {
  icps: 'nav_icps',
  icp: 'title_icp_editor',
  companies: 'nav_companies',
  lists: 'nav_lists',
  list: 'nav_lists',
  trends: 'nav_trends',
  build: 'nav_build',
  settings: 'nav_settings',
};

/** The browser tab's title follows the dashboard page ("Companies — ICP Lens"). */
export function useDocumentTitle(route: Route): void {
  useEffect(() => {
    document.title = t('dashboard_title', t(TITLES[route.page]));
  }, [route.page]);
}
