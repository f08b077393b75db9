import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { LINKEDIN_MATCHES } from './lib/normalize/linkedin-url';

// Manifest V3, Chrome first; `wxt build -b firefox` builds the Firefox variant from the same sources.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Content scripts use our own context: WXT's announces itself to the page with the extension id
  // and can be stopped by a page event (see lib/content/quiet-context.ts).
  vite: () => ({
    resolve: {
      alias: {
        'wxt/utils/content-script-context': resolve(
          import.meta.dirname,
          'lib/content/quiet-context.ts',
        ),
      },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
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
    // Shortcuts (listed in the dashboard's settings; the user can change them in the browser).
    // Alt+Shift+A and Alt+Shift+P clash with browser shortcuts and would be left unassigned.
    commands: {
      // Saves the current company to the last list used, without opening anything.
      'save-to-list': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_save_to_list__',
      },
      // Firefox's build is MV2, where the popup's command is `_execute_browser_action`.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+I' },
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_command_open_side_panel__',
      },
      'copy-opening-line': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_command_copy_opening__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'icp-lens@icp-lens.dev',
          strict_min_version: '115.0',
          // Firefox asks every new extension to declare what it collects: nothing leaves the browser.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
