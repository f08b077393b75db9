import { browser } from 'wxt/browser';

type ScriptFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/** The content scripts the manifest declares: their match patterns and files. */
function declaredContentScripts(): { matches: string[]; js: ScriptFiles }[] {
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  return declared.map((c) => ({ matches: c.matches ?? [], js: (c.js ?? []) as ScriptFiles }));
}

/**
 * Injects the manifest's content scripts into one tab (LinkedIn host access allows it). Used when
 * the tab's script does not answer: an orphan of the previous version, or a tab opened before the
 * extension was installed. True when a script was injected.
 */
export async function reinjectTab(tabId: number): Promise<boolean> {
  let injected = false;
  for (const script of declaredContentScripts()) {
    if (script.js.length === 0) continue;
    // Only into tabs the script is declared for (the query sees URLs of hosts we may access).
    const hits = await browser.tabs.query({ url: script.matches }).catch(() => []);
    if (!hits.some((t) => t.id === tabId)) continue;
    await browser.scripting
      .executeScript({ target: { tabId }, files: script.js })
      .then(() => {
        injected = true;
      })
      .catch(() => undefined);
  }
  return injected;
}

/**
 * After install or update, open tabs that match a content script get it injected: Chrome does not
 * do it, and the previous version's script has lost its connection (it stops itself). A browser
 * update or a shared-module update keeps the running scripts, so nothing is injected then.
 */
export async function reinjectOpenTabs(reason: string): Promise<void> {
  if (reason !== 'install' && reason !== 'update') return;
  for (const script of declaredContentScripts()) {
    if (script.js.length === 0) continue;
    const tabs = await browser.tabs.query({ url: script.matches }).catch(() => []);
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined || tab.discarded
          ? undefined
          : browser.scripting
              .executeScript({ target: { tabId: tab.id }, files: script.js })
              .catch(() => undefined),
      ),
    );
  }
}
