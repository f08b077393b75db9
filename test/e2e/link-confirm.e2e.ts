/**
 * A company website that links to a LinkedIn company the LinkedIn page does not confirm (the
 * LinkedIn page names no website): kept apart until the user says, in the popup, that they are
 * the same company; then both tabs show one company with LinkedIn's facts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../lib/messaging';
import { SITE_FIXTURES } from '../fixtures/sites';
import {
  activeTabId,
  clickToolbarIcon,
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  tabViewFrom,
  waitForBadge,
} from '../harness/browser';
import { fixturePage } from '../harness/demo-pages';

const SITES = resolve(import.meta.dirname, '../fixtures/sites');
const fixture = SITE_FIXTURES.find((f) => f.file === 'en-saas-brightpath-analytics.html');
if (!fixture) throw new Error('no BrightPath site fixture');
const siteUrl = fixture.url;
const siteHtml = readFileSync(join(SITES, fixture.file), 'utf8');

/** BrightPath's LinkedIn About tab (Sentinel Forge's, renamed) without its Website entry. */
const linkedinUrl = 'https://www.linkedin.com/company/brightpath-analytics/about/';
const linkedinHtml = fixturePage('about-en-sentinel-forge.html')
  .html.replace(/<dt class="mb1"><h3[^>]*>Website<\/h3><\/dt>\s*<dd[^>]*>[\s\S]*?<\/dd>/, '')
  .replaceAll('sentinel-forge', 'brightpath-analytics')
  .replaceAll('Sentinel Forge', 'BrightPath Analytics');

const isTier = (t: string) => t !== '' && t !== '…';
let ext: ExtensionBrowser | undefined;
afterAll(async () => {
  await ext?.close();
});

const ready = (view: TabView) => {
  if (view.kind !== 'ready') throw new Error(`not ready: ${view.kind}`);
  return view;
};

describe('the user confirms a website is the LinkedIn company it links to', () => {
  it('asks in the popup; "Yes" makes both tabs one company with LinkedIn facts', async () => {
    expect(linkedinHtml).not.toContain('sentinelforge');
    ext = await launchWithExtension(
      new Map([
        [siteUrl, siteHtml],
        [linkedinUrl, linkedinHtml],
      ]),
    );
    const linkedin = await ext.context.newPage();
    await linkedin.goto(linkedinUrl);
    const linkedinTab = await tabIdOf(ext, linkedin);
    await waitForBadge(ext, linkedinTab, isTier);
    const page = await ext.context.newPage();
    await page.goto(siteUrl);
    const siteTab = await activeTabId(ext);
    await clickToolbarIcon(ext, page);
    await waitForBadge(ext, siteTab, isTier);

    const popup = await openPopupFor(ext, siteTab);
    const before = ready(await tabViewFrom(popup, siteTab));
    const linkedinBefore = ready(await tabViewFrom(popup, linkedinTab));
    // The site's claim alone does not join: two companies, and the popup asks.
    expect(before.company.id).not.toBe(linkedinBefore.company.id);
    expect(before.linkClaim?.companyId).toBe(linkedinBefore.company.id);
    const question = popup.locator('[data-link-claim]');
    await question.waitFor();
    expect(await question.textContent()).toContain('BrightPath Analytics');
    expect(await question.textContent()).toMatch(/same company\?/);

    await popup.locator('[data-link-answer="yes"]').click();
    await question.waitFor({ state: 'detached' });
    const after = ready(await tabViewFrom(popup, siteTab));
    const linkedinAfter = ready(await tabViewFrom(popup, linkedinTab));
    expect(after.company.id).toBe(linkedinBefore.company.id);
    expect(linkedinAfter.company.id).toBe(after.company.id);
    expect(after.linkClaim).toBeUndefined();
    // LinkedIn's facts win (size, industry, its About text); the site's own facts are kept.
    expect(after.company.facts.employees?.value).toEqual({ min: 1001, max: 5000 });
    expect(after.company.facts.industry?.value).toBe('Computer and Network Security');
    expect(after.company.facts.description?.value).toBe(
      linkedinAfter.company.facts.description?.value,
    );
    expect(after.company.facts.hiring?.value.ats).toBe('Greenhouse');
    // The joined company is stored: a fresh popup (as after a worker restart) shows it again.
    await popup.close();
    const again = await openPopupFor(ext, siteTab);
    expect(ready(await tabViewFrom(again, siteTab)).company.id).toBe(after.company.id);
    expect(await again.locator('[data-link-claim]').count()).toBe(0);
    await again.close();
    expect(ext.extensionRequests).toEqual([]);
  });
});
