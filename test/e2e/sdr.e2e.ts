/**
 * The SDR's moment (issue 11) in the built extension: the answer above the fold at the popup's
 * size, honest "Not enough data", "Why not" for Bad fit and Disqualified, corrections that survive
 * a revisit and a worker restart, the side panel following the user, and the shortcuts.
 */
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarIcon,
  type ExtensionBrowser,
  freePort,
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  tabViewFrom,
  waitForBadge,
} from '../harness/browser';
import { type DemoPage, demoPages, routesFor } from '../harness/demo-pages';

let ext: ExtensionBrowser;
let port = 0;
const demos = demoPages();
const demo = (name: string) => demos.find((d) => d.file.includes(name)) as DemoPage;
const BEST = demo('sentinelgrid');
const BAD = demo('hoa-sen');
const DQ = demo('northbridge');
const THIN = demo('quiet-harbor');
const isTier = (t: string) => t !== '' && t !== '…';
const SHOTS = 'test-results/e2e/sdr';

beforeAll(async () => {
  port = await freePort();
  ext = await launchWithExtension(routesFor(demos), { args: [`--remote-debugging-port=${port}`] });
});
afterAll(async () => {
  await ext?.close();
});

async function visit(url: string) {
  const tab = await ext.context.newPage();
  await tab.goto(url);
  const tabId = await tabIdOf(ext, tab);
  await waitForBadge(ext, tabId, isTier);
  return { tab, tabId };
}

const textOf = async (page: Page, selector = 'body') =>
  (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

/** Whether an element lies wholly inside the 600 px the popup shows without scrolling. */
async function aboveFold(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y + box.height <= 600;
}

async function shoot(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SHOTS}/${name}-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the answer in one look', () => {
  it('a Best fit: tier, score, confidence, deciding reasons and the opening line, no scroll', async () => {
    const { tab, tabId } = await visit(BEST.url);
    const popup = await openPopupFor(ext, tabId);
    await popup.waitForSelector('[data-opening-line]');
    const text = await textOf(popup);
    expect(text).toMatch(/Best fit/);
    expect(text).toMatch(/Confidence \d+ %/);
    expect(await popup.locator('[data-reason="for"]').count()).toBeGreaterThanOrEqual(2);
    for (const part of ['.tier-pill', '[data-reasons]', '[data-opening-line]', '[data-copy]'])
      expect(await aboveFold(popup, part), part).toBe(true);
    // The full criteria list is one click (or Enter on its summary) away.
    expect(await popup.locator('[data-criterion]').first().isVisible()).toBe(false);
    await popup.locator('[data-all-criteria] > summary').focus();
    await popup.keyboard.press('Enter');
    expect(await popup.locator('[data-criterion]').first().isVisible()).toBe(true);
    await popup.keyboard.press('Enter');
    await shoot(popup, 'popup-best-fit');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await popup.close();
    await tab.close();
  });

  it('thin data: "Not enough data" with the score range and what would settle it', async () => {
    const { tab, tabId } = await visit(THIN.url);
    expect(await waitForBadge(ext, tabId, isTier)).toBe('?');
    const popup = await openPopupFor(ext, tabId);
    await popup.waitForSelector('[data-score-range]');
    const view = await tabViewFrom(popup, tabId);
    if (view.kind !== 'ready') throw new Error(view.kind);
    const { min, max } = view.scores[0]?.result.scoreRange ?? { min: -1, max: -1 };
    expect(min).toBeLessThan(max);
    const text = await textOf(popup);
    expect(text).toContain('Not enough data');
    expect(text).toContain(`${min}–${max}`);
    expect(text).not.toMatch(/Possible fit|Good fit|Best fit/);
    expect(await textOf(popup, '[data-settle]')).toMatch(/unknown — open the About tab/);
    await shoot(popup, 'popup-not-enough-data');
    await popup.close();
    await tab.close();
  });

  it('Bad fit: "Why not" instead of a pitch; the talking points only behind "Write anyway"', async () => {
    const { tab, tabId } = await visit(BAD.url);
    const popup = await openPopupFor(ext, tabId);
    await popup.waitForSelector('[data-reasons]');
    expect(await textOf(popup, '[data-reasons]')).toMatch(/^Why not/i);
    expect(await popup.locator('[data-reason="against"]').count()).toBeGreaterThanOrEqual(2);
    expect(await popup.locator('[data-opening-line]').isVisible()).toBe(false);
    await popup.locator('[data-write-anyway] > summary').click();
    expect(await popup.locator('[data-opening-line]').isVisible()).toBe(true);
    await popup.locator('[data-write-anyway] > summary').click();
    await shoot(popup, 'popup-bad-fit');
    await popup.close();
    await tab.close();
  });

  it('Disqualified: the rule that did it, and why not', async () => {
    const { tab, tabId } = await visit(DQ.url);
    expect(await waitForBadge(ext, tabId, isTier)).toBe('DQ');
    const popup = await openPopupFor(ext, tabId);
    await popup.waitForSelector('[data-reasons]');
    const text = await textOf(popup);
    expect(text).toMatch(/Disqualified by: .+/);
    expect(await textOf(popup, '[data-reasons]')).toMatch(/^Why not/i);
    expect(await popup.locator('[data-opening-line]').isVisible()).toBe(false);
    await shoot(popup, 'popup-disqualified');
    await popup.close();
    await tab.close();
  });
});

describe('corrections that stick', () => {
  it('a corrected fact wins on a revisit and after the worker restarts, and can be reset', async () => {
    const { tab, tabId } = await visit(THIN.url);
    const popup = await openPopupFor(ext, tabId);
    await popup.locator('[data-facts] > summary').click();
    const before = await tabViewFrom(popup, tabId);
    if (before.kind !== 'ready') throw new Error(before.kind);
    expect(before.company.facts.employees).toBeUndefined();

    // A value that cannot be a size is refused with the reason; nothing changes.
    await popup.locator('[data-correct="employees"]').click();
    await popup.getByLabel('Your value for Company size').fill('lots of people');
    // Exactly "Save": the popup also has "Save to list" (lists).
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => textOf(popup, '[data-correction="employees"]')).toMatch(/band/);
    await popup.getByLabel('Your value for Company size').fill('201-500');
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => textOf(popup, '[data-fact="employees"]'))
      .toMatch(/201–500 employees.*corrected by you/);
    const after = await tabViewFrom(popup, tabId);
    if (after.kind !== 'ready') throw new Error(after.kind);
    expect(after.company.facts.employees?.source).toBe('user');
    // Re-scored at once: more is known.
    expect(after.scores[0]?.result.confidence).toBeGreaterThan(
      before.scores[0]?.result.confidence ?? 1,
    );
    await popup.close();
    await tab.close();

    // The worker is stopped (as the browser does after 30 s idle); the page is visited again.
    const cdp = await ext.context.newCDPSession(await ext.context.newPage());
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const again = await ext.context.newPage();
    await again.goto(THIN.url);
    const worker =
      ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
    const againId = await worker.evaluate(async (url) => {
      for (let i = 0; i < 100; i++) {
        const tabs = await chrome.tabs.query({});
        const id = tabs.find((t) => t.url === url)?.id;
        if (id !== undefined && (await chrome.action.getBadgeText({ tabId: id })) !== '') return id;
        await new Promise((r) => setTimeout(r, 50));
      }
      return undefined;
    }, THIN.url);
    if (againId === undefined) throw new Error('no badge after the restart');
    const revisit = await openPopupFor(ext, againId);
    const view = await tabViewFrom(revisit, againId);
    if (view.kind !== 'ready') throw new Error(view.kind);
    expect(view.company.facts.employees).toMatchObject({
      source: 'user',
      value: { min: 201, max: 500 },
    });
    await revisit.locator('[data-facts] > summary').click();
    await revisit.locator('[data-fact="employees"]').scrollIntoViewIfNeeded();
    expect(await textOf(revisit, '[data-fact="employees"]')).toMatch(/corrected by you/);
    await shoot(revisit, 'popup-corrected');
    // Reset: the page's value (none) is back.
    await revisit.locator('[data-reset="employees"]').click();
    await expect
      .poll(async () => {
        const v = await tabViewFrom(revisit, againId);
        return v.kind === 'ready' ? (v.company.facts.employees?.source ?? 'none') : v.kind;
      })
      .toBe('none');
    await revisit.close();
    await again.close();
  });
});

describe('side panel', () => {
  it('shows what the popup shows and follows the user from company to company', async () => {
    const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
    await worker.evaluate(() =>
      chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }),
    );
    const { tab } = await visit(BEST.url);
    await clickToolbarIcon(ext, tab);
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      let panel: Page | undefined;
      for (let i = 0; i < 100 && !panel; i++) {
        panel = cdp
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().endsWith('/sidepanel.html'));
        if (!panel) await new Promise((r) => setTimeout(r, 100));
      }
      if (!panel) throw new Error('the side panel did not open');
      await expect.poll(() => textOf(panel, 'h1')).toContain('SentinelGrid');
      expect(await textOf(panel)).toContain('Best fit');
      const outcome = panel.locator('[data-save-outcome]');
      await panel.click('[data-action="save-to-list"]');
      await panel.fill('[data-input="list-name"]', 'Side panel picks');
      await panel.click('[data-action="save-list"]');
      await expect
        .poll(() => outcome.textContent())
        .toBe('Created the list Side panel picks and saved this company in it.');
      await shoot(panel, 'side-panel-best-fit');
      // The user goes on to another company in the same tab: the panel follows.
      await tab.goto(BAD.url);
      await expect.poll(() => textOf(panel, 'h1'), { timeout: 10_000 }).toContain('Hoa Sen');
      expect(await textOf(panel)).toContain('Bad fit');
      // What was said about the last company is not said about this one; the list is offered.
      expect(await outcome.textContent()).toBe('');
      await panel.click('[data-action="save-to-list"]');
      expect(await panel.inputValue('[data-input="list-name"]')).toBe('Side panel picks');
      await panel.click('[data-action="save-list"]');
      await expect
        .poll(() => outcome.textContent())
        .toBe('Saved to your existing list Side panel picks.');
      await shoot(panel, 'side-panel-bad-fit');
    } finally {
      await cdp.close();
      await worker.evaluate(() =>
        chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }),
      );
      await tab.close();
    }
  });
});

describe('keyboard', () => {
  it('has shortcuts for the popup, the side panel and copying the opening line, all assigned', async () => {
    const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const keys = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(keys).toMatchObject({
      _execute_action: expect.stringMatching(/.+/),
      'open-side-panel': expect.stringMatching(/.+/),
      'copy-opening-line': expect.stringMatching(/.+/),
    });
  });

  it('the copy shortcut copies the opening line of the company in the tab', async () => {
    const { tab, tabId } = await visit(BEST.url);
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await tab.bringToFront();
    const session = await ext.context.newCDPSession(tab);
    // Alt+Shift+O. Chromium routes it to the extension only with nativeVirtualKeyCode set.
    const key = {
      key: 'O',
      code: 'KeyO',
      windowsVirtualKeyCode: 79,
      nativeVirtualKeyCode: 79,
      modifiers: 1 | 8,
    };
    await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    // The popup opened over the tab took the request and copied that tab's opening line.
    const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.session.get('copy-opening-line')), {
        timeout: 10_000,
      })
      .toEqual({});
    const page = await openPopupFor(ext, tabId);
    const view = await tabViewFrom(page, tabId);
    const opening = view.kind === 'ready' ? view.pitch?.openingLine : undefined;
    expect(opening).toBeTruthy();
    // The copied line is the shown one, its page values (the company's name) in Unicode isolates.
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const plain = (text: string | undefined) => text?.replace(/[\u2066-\u2069]/g, '');
    expect(plain(copied)).toBe(plain(opening));
    // Isolated once: no isolate nested inside another.
    expect(copied).toMatch(/\u2068[^\u2066-\u2069]+\u2069/);
    expect(copied).not.toMatch(/\u2068[^\u2069]*\u2068/);
    await session.detach();
    await page.close();
    await tab.close();
  });
});
