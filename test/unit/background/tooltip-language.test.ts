/**
 * The toolbar tooltip speaks the UI language chosen in settings (not only the browser's), and
 * follows a change of that setting at once.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UI_LANGUAGE_SETTING } from '@/components/i18n';
import { handleCompanyPageSeen, refreshAllTabs } from '@/entrypoints/background/handlers';
import { followUiLanguage } from '@/entrypoints/background/ui-language';
import { seedSampleIcp } from '@/lib/db/icps';
import { getDb } from '@/lib/db/schema';
import type { Extraction } from '@/lib/facts';
import { FSI, PDI } from '@/lib/i18n/bidi';
import { sampleIcp } from '@/lib/icp/sample';

const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');

/** A Persian security company, as its LinkedIn About tab shows it (made-up). */
const company: Extraction = {
  url: 'https://www.linkedin.com/company/sepehr-secure/about/',
  extractor: 'linkedin-company',
  facts: {
    name: { value: 'امن‌افزار سپهر', source: 'json-ld', evidence: 'امن‌افزار سپهر' },
    linkedinSlug: { value: 'sepehr-secure', source: 'url', evidence: '/company/sepehr-secure/' },
    industry: {
      value: 'Computer and Network Security',
      source: 'linkedin-about',
      evidence: 'Computer and Network Security',
    },
  },
  missing: [],
};

const titles: string[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  titles.length = 0;
  // The browser's own language: English, as Chrome's `_locales` would answer.
  const english = JSON.parse(readFileSync(resolve(LOCALES, 'en/messages.json'), 'utf8'));
  fakeBrowser.i18n.getMessage = (name: string) => english[name]?.message ?? '';
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  for (const method of ['setBadgeText', 'setBadgeBackgroundColor', 'setBadgeTextColor'])
    action[method] = async () => undefined;
  action.setTitle = async ({ title }: { title: string }) => void titles.push(title);
  // The packaged catalogs, as `fetch(runtime.getURL(...))` reads them from the extension.
  vi.stubGlobal('fetch', async (url: string) => {
    const locale = /_locales\/(\w+)\/messages\.json/.exec(String(url))?.[1] ?? 'en';
    return new Response(readFileSync(resolve(LOCALES, locale, 'messages.json')));
  });
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  await seedSampleIcp(sampleIcp, db);
});
afterEach(() => vi.unstubAllGlobals());

describe('toolbar tooltip', () => {
  it('follows the UI language set in settings, and its change', async () => {
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_SETTING]: 'vi' });
    await handleCompanyPageSeen(company, 3);
    const vietnamese = titles.at(-1) ?? '';
    // One known fact out of many: "Not enough data", the engine's own tier, in Vietnamese.
    expect(vietnamese).toMatch(
      new RegExp(`^ICP Lens — ${FSI}امن‌افزار سپهر${PDI}: Chưa đủ dữ liệu \\(\\d+/100\\)$`),
    );

    const changed = new Promise<void>((done) =>
      followUiLanguage(async () => {
        await refreshAllTabs();
        done();
      }),
    );
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_SETTING]: 'fa' });
    await changed;
    expect(titles.at(-1)).toMatch(/^ICP Lens — .+: دادهٔ کافی نیست \([۰-۹]+ از ۱۰۰\)$/);
  });
});
