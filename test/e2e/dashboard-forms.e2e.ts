/**
 * The dashboard's forms and navigation as a new user meets them (issue 11, item 8): tab titles
 * per page, radio buttons named for their ICP, the editor's collapsible sections and sticky save
 * bar, the minimum-confidence field, previewing a new ICP before its first save, one kind of file
 * button, the shortcuts listed in settings.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/sdr');
let ext: ExtensionBrowser;
let dashboard: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchWithExtension(new Map());
  dashboard = await ext.context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 800 });
});
afterAll(async () => {
  await ext?.close();
});

async function open(hash: string): Promise<void> {
  await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#${hash}`);
  await dashboard.waitForSelector('[data-page]');
}

describe('dashboard forms and navigation', () => {
  it('names the browser tab after the page', async () => {
    const titles: string[] = [];
    for (const hash of ['icps', 'companies', 'build', 'settings', 'icp/new']) {
      await open(hash);
      await expect.poll(() => dashboard.title()).toMatch(/ — ICP Lens$/);
      titles.push(await dashboard.title());
    }
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('announces each ICP radio by its ICP, and only the active one as active', async () => {
    await open('icps');
    await expect.poll(() => dashboard.getByRole('radio').count()).toBeGreaterThan(0);
    const radio = dashboard.getByRole('radio').first();
    expect(await radio.getAttribute('aria-label')).toMatch(/^Make “.+” the active ICP$/);
    expect(await radio.isChecked()).toBe(true);
  });

  it('keeps Save and the validation summary in reach, sections collapse, a new ICP previews', async () => {
    await open('icp/new?template=security-vendor');
    await dashboard.waitForSelector('[data-editor]');
    const height = await dashboard.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(800);
    const bar = dashboard.locator('[data-save-bar]');
    const inView = async () => {
      const box = await bar.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 800;
    };
    expect(await inView()).toBe(true);
    await dashboard.mouse.wheel(0, height / 2);
    expect(await inView()).toBe(true);
    await dashboard.screenshot({ path: `${SHOTS}/editor-sticky-save.png` });
    // An error far up the form is summarised in the bar.
    await dashboard.fill('#icp-name', '');
    await expect.poll(() => dashboard.locator('[data-validation-summary]').count()).toBe(1);
    await dashboard.fill('#icp-name', 'Security vendors, EU');
    // A section collapses from the keyboard.
    const criteria = dashboard.locator('[data-editor-section="criteria"]');
    await criteria.locator('summary').focus();
    await dashboard.keyboard.press('Enter');
    expect(await criteria.getAttribute('open')).toBeNull();
    await dashboard.keyboard.press('Enter');
    expect(await criteria.getAttribute('open')).not.toBeNull();
    // Talking-point sentences get room for a whole sentence; minConfidence is a field.
    expect(await dashboard.locator('[data-criterion-editor] textarea').count()).toBeGreaterThan(0);
    await dashboard.locator('[data-min-confidence]').fill('0.6');
    // Preview before the first save.
    await dashboard.click('[data-action="preview"]');
    await expect
      .poll(() =>
        dashboard.locator('[data-impact-summary], [data-impact] .muted').first().textContent(),
      )
      .toMatch(/companies|No companies/);
  });

  it('one kind of file button; shortcuts listed in settings', async () => {
    await open('build');
    expect(await dashboard.locator('[data-pick="customers"]').getAttribute('class')).toContain(
      'button',
    );
    await open('settings');
    const restore = dashboard.locator('[data-pick="restore"]');
    const backup = dashboard.locator('[data-action="backup"]');
    const [a, b] = [await restore.boundingBox(), await backup.boundingBox()];
    expect(a && b && Math.abs(a.y - b.y)).toBeLessThanOrEqual(2);
    expect(a && b && Math.abs(a.height - b.height)).toBeLessThanOrEqual(2);
    await expect.poll(() => dashboard.locator('[data-shortcut]').count()).toBe(4);
    const text = await dashboard.locator('[data-section="shortcuts"]').innerText();
    expect(text).toMatch(/Open ICP Lens for this tab/);
    expect(text).toMatch(/side panel/);
    expect(text).toMatch(/opening line/);
    expect(text).toMatch(/last list/i);
    expect(text).not.toMatch(/not set/);
    await dashboard.screenshot({ path: `${SHOTS}/settings-shortcuts.png`, fullPage: true });
  });
});
