/**
 * The built extension in Debian's Chromium, on LinkedIn company pages served at their real URLs
 * from fixtures: what a user sees on the toolbar badge and in the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  waitForBadge,
} from '../harness/browser';
import { demoPages, fixturePage, routesFor } from '../harness/demo-pages';
import { DEMO_EXPECTATIONS, EXTRA_FIXTURES, FEED_URL } from './expectations';

let ext: ExtensionBrowser;
const demos = demoPages();
const extras = EXTRA_FIXTURES.map(fixturePage);

beforeAll(async () => {
  const routes = routesFor([...demos, ...extras]);
  routes.set(FEED_URL, '<!doctype html><html lang="en"><title>Feed | LinkedIn</title><body><main>Feed</main></body></html>');
  ext = await launchWithExtension(routes);
});
afterAll(async () => {
  await ext?.close();
});

describe('toolbar badge', () => {
  it.each(demos.map((d) => [d.file, d] as const))('%s shows its tier without a click', async (file, demo) => {
    const expected = DEMO_EXPECTATIONS[file];
    expect(expected, `add ${file} to test/e2e/expectations.ts`).toBeDefined();
    const page = await ext.context.newPage();
    await page.goto(demo.url);
    const tabId = await tabIdOf(ext, page);
    expect(await waitForBadge(ext, tabId, (t) => t === expected?.badge)).toBe(expected?.badge);
    await page.close();
  });
});
