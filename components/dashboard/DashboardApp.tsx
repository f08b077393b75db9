import { ErrorBoundary } from '../ErrorBoundary';
import { type MessageKey, t } from '../i18n';
import { ListPage } from '../lists/ListPage';
import { ListsPage } from '../lists/ListsPage';
import { TrendsPage } from '../trends/TrendsPage';
import { BuildPage } from './build/BuildPage';
import { CompaniesPage } from './companies/CompaniesPage';
import { IcpEditorPage } from './editor/IcpEditorPage';
import { IcpsPage } from './icps/IcpsPage';
import { SettingsPage } from './settings/SettingsPage';
import { useDocumentTitle } from './use-document-title';
import { type Page, useHashRoute } from './use-hash-route';

const NAV: readonly { page: Page; hash: string; key: MessageKey }[] = [
  { page: 'icps', hash: 'icps', key: 'nav_icps' },
  { page: 'companies', hash: 'companies', key: 'nav_companies' },
  { page: 'lists', hash: 'lists', key: 'nav_lists' },
  { page: 'trends', hash: 'trends', key: 'nav_trends' },
  { page: 'build', hash: 'build', key: 'nav_build' },
  { page: 'settings', hash: 'settings', key: 'nav_settings' },
];

/** The dashboard (the options page, full tab): ICPs, companies, build from customers, settings. */
export function DashboardApp() {
  const { route, navigate } = useHashRoute();
  useDocumentTitle(route);
  const current = route.page === 'icp' ? 'icps' : route.page === 'list' ? 'lists' : route.page;
  return (
    <div className="dashboard">
      <nav className="dashboard-nav" aria-label={t('nav_label')}>
        <span className="dashboard-brand">{t('extName')}</span>
        <ul>
          {NAV.map((item) => (
            <li key={item.page}>
              <a
                href={`#${item.hash}`}
                aria-current={current === item.page ? 'page' : undefined}
                data-nav={item.page}
              >
                {t(item.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="options">
        {/* One boundary per page (keyed by it): a failing page leaves the navigation working. */}
        <ErrorBoundary
          key={route.page}
          area={route.page}
          openSettings={route.page === 'settings' ? undefined : () => navigate('settings')}
        >
          {route.page === 'icps' && <IcpsPage navigate={navigate} />}
          {route.page === 'icp' && <IcpEditorPage route={route} navigate={navigate} />}
          {route.page === 'companies' && <CompaniesPage />}
          {route.page === 'lists' && <ListsPage navigate={navigate} />}
          {route.page === 'list' && route.id && (
            <ListPage key={route.id} listId={route.id} navigate={navigate} />
          )}
          {route.page === 'trends' && <TrendsPage />}
          {route.page === 'build' && <BuildPage navigate={navigate} />}
          {route.page === 'settings' && <SettingsPage />}
        </ErrorBoundary>
      </main>
    </div>
  );
}
