import { defineConfig } from 'wxt';
import { LINKEDIN_MATCHES } from './lib/normalize/linkedin-url';

// Manifest V3, Chrome first; `wxt build -b firefox` builds the Firefox variant from the same sources.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Storage (IndexedDB via Dexie) lives in the background worker and extension pages only.
    // `activeTab` + `scripting`: a company website is read when the user clicks the icon on it.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...LINKEDIN_MATCHES],
    // Asked for at runtime, only when the user turns on automatic analysis of every site.
    ...(browser === 'firefox'
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'icp-lens@icp-lens.dev', strict_min_version: '115.0' },
      },
    }),
  }),
});
