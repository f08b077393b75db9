/**
 * Industry names in LinkedIn UI languages whose industries the extension did not read before
 * (ja, tr, pl, el, bn), through the built extension in Chromium: a staffing agency's About page
 * in each language gets the sample ICP's "not a staffing agency" disqualification on the badge,
 * and the popup holds LinkedIn's English industry with the page's own words as evidence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AboutPageSpec, aboutPageHtml, aboutUrl } from '../fixtures/linkedin/about-page';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  tabViewFrom,
  waitForBadge,
} from '../harness/browser';

/** Staffing agencies; each page names "Staffing and Recruiting" in its own UI language. */
const PAGES: AboutPageSpec[] = [
  {
    lang: 'ja',
    slug: 'kaede-jinzai',
    name: 'かえで人材株式会社',
    industryLabel: '業界',
    industry: '人材紹介・派遣',
  },
  {
    lang: 'tr',
    slug: 'anadolu-kadro',
    name: 'Anadolu Kadro A.Ş.',
    industryLabel: 'Sektör',
    industry: 'İşe Alım ve Personel Temini',
  },
  {
    lang: 'pl',
    slug: 'kadry-mazowsze',
    name: 'Kadry Mazowsze sp. z o.o.',
    industryLabel: 'Branża',
    industry: 'Rekrutacja i zatrudnienie',
  },
  {
    lang: 'el',
    slug: 'aigaio-staffing',
    name: 'Αιγαίο Στελέχωση',
    industryLabel: 'Κλάδος',
    industry: 'Στελέχωση και προσλήψεις',
  },
  {
    lang: 'bn',
    slug: 'padma-niyog',
    name: 'পদ্মা নিয়োগ',
    industryLabel: 'শিল্প',
    industry: 'কর্মী সংস্থান এবং নিয়োগ',
  },
];

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension(new Map(PAGES.map((p) => [aboutUrl(p.slug), aboutPageHtml(p)])));
});
afterAll(async () => {
  await ext?.close();
});

describe('industries in more LinkedIn UI languages, in the built extension', () => {
  it.each(PAGES.map((p) => [p.lang, p] as const))(
    '%s: the excluded industry disqualifies on the badge, and the popup names it in English',
    async (_, spec) => {
      const tab = await ext.context.newPage();
      await tab.goto(aboutUrl(spec.slug));
      const tabId = await tabIdOf(ext, tab);
      expect(await waitForBadge(ext, tabId, (t) => t !== '' && t !== '…')).toBe('DQ');
      const view = await tabViewFrom(await openPopupFor(ext, tabId), tabId);
      if (view.kind !== 'ready') throw new Error(`popup view is ${view.kind}`);
      expect(view.company.facts.industry?.value).toBe('Staffing and Recruiting');
      expect(view.company.facts.industry?.evidence).toContain(spec.industry);
      await tab.close();
    },
  );

  it('the extension made no network request of its own', () => {
    expect(ext.extensionRequests).toEqual([]);
  });
});
