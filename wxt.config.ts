import { defineConfig } from 'wxt';

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
    host_permissions: ['https://*.linkedin.com/*'],
    // Asked for at runtime, only when the user turns on automatic analysis of every site.
    ...(browser === 'firefox'
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_extName__' },
    // Saves the current company to the last list used, without opening anything.
    commands: {
      'save-to-list': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_save_to_list__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'icp-lens@icp-lens.dev', strict_min_version: '115.0' },
      },
    }),
  }),
});
