/**
 * What a marketer hits on #lists and #list/<id> beyond the happy path, in Debian's Chromium: a
 * new list named like an existing one is refused in words (what was typed stays); copy and move
 * act on a button, never on the list picker's arrow keys, and say what they did; removal asks
 * first; the company view takes focus, lets Escape cancel a correction, and gives focus back; the
 * import preview names every fact in words; the CRM file is picked with a real button.
 * Screenshots under test-results/e2e/lists-polish/, light and dark, 360 px and wide.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openDashboardOnceSeeded,
} from '../harness/browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e/lists-polish');

/** A small HubSpot companies export (made-up companies). */
const ACCOUNTS = [
  'Record ID,Company name,Company Domain Name,Industry,Number of Employees,City,Country/Region,LinkedIn Company Page',
  '41000000001,Northwind Analytics,northwind-analytics.example,Computer Software,201-500,Austin,United States,https://www.linkedin.com/company/northwind-analytics/',
  '41000000002,Contoso Shield,contoso-shield.example,Computer and Network Security,501-1000,Boston,United States,',
  '41000000003,Fabrikam Ledger,fabrikam-ledger.example,Financial Services,51-200,Toronto,Canada,',
  '41000000004,Tailspin Robotics,tailspin-robotics.example,Industrial Automation,1001-5000,Munich,Germany,',
  '41000000005,Litware Health,litware-health.example,Hospitals and Health Care,11-50,Leeds,United Kingdom,',
  '',
].join('\r\n');

let ext: ExtensionBrowser;
let page: Page;
let base: string;

/** Text as a user reads it: the invisible direction isolates left out. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName,
      action: el?.dataset.action ?? el?.dataset.input ?? el?.dataset.pick,
      text: el?.textContent ?? '',
    };
  });

async function shoot(name: string): Promise<void> {
  for (const width of [1100, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: join(SHOTS, `${name}-${width}-${scheme}.png`),
        fullPage: true,
      });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1100, height: 900 });
}

async function listSize(name: string): Promise<string | null> {
  await page.goto(`${base}#lists`);
  const size = page.locator(`[data-list="${name}"] [data-size]`);
  await size.waitFor();
  return size.textContent();
}

async function openList(name: string): Promise<void> {
  await page.goto(`${base}#lists`);
  await page.click(`[data-list="${name}"] a`);
  await page.waitForSelector('[data-page="list"] [data-company-row]');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchWithExtension(new Map());
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  base = await openDashboardOnceSeeded(ext, page);
});
afterAll(async () => {
  await ext?.close();
});

describe('a new list', () => {
  it('named like an existing list is refused in words, keeping what was typed', async () => {
    await page.goto(`${base}#lists`);
    await page.fill('[data-input="new-list"]', 'Q1 targets');
    await page.click('[data-action="create-list"]');
    await page.waitForSelector('[data-page="list"] [data-import]');
    await page.goto(`${base}#lists`);
    await page.waitForSelector('[data-list="Q1 targets"]');
    // Same name but for case and spacing, sent with Enter as a keyboard user does.
    await page.fill('[data-input="new-list"]', '  q1   TARGETS ');
    await page.press('[data-input="new-list"]', 'Enter');
    const taken = page.locator('[data-state="list-taken"]');
    await taken.waitFor();
    expect(plain(await taken.textContent())).toBe(
      'There is already a list named “Q1 targets”. Type another name, or open that list. Open that list',
    );
    expect(await taken.getAttribute('role')).toBe('alert');
    expect(new URL(page.url()).hash).toBe('#lists');
    expect(await page.inputValue('[data-input="new-list"]')).toBe('  q1   TARGETS ');
    expect((await focused()).action).toBe('new-list');
    expect(await page.getAttribute('[data-input="new-list"]', 'aria-invalid')).toBe('true');
    expect(await page.locator('[data-list]').count()).toBe(1);
    await shoot('lists-name-taken');
    // Typing on clears the notice; a new name creates the list.
    await page.fill('[data-input="new-list"]', 'Q1 targets later');
    expect(await taken.count()).toBe(0);
    await page.click('[data-action="create-list"]');
    await page.waitForSelector('[data-page="list"] [data-import]');
    await expect
      .poll(async () => plain(await page.locator('[data-list-name]').textContent()))
      .toBe('Q1 targets later');
    // The notice's link opens the list that has the name.
    await page.goto(`${base}#lists`);
    await page.fill('[data-input="new-list"]', 'Q1 TARGETS');
    await page.click('[data-action="create-list"]');
    await page.click('[data-action="open-taken-list"]');
    await page.waitForSelector('[data-page="list"] [data-import]');
    await expect
      .poll(async () => plain(await page.locator('[data-list-name]').textContent()))
      .toBe('Q1 targets');
  });

  it('lines the Create button up with the name field', async () => {
    await page.goto(`${base}#lists`);
    const input = (await page.locator('[data-input="new-list"]').boundingBox())!;
    const button = (await page.locator('[data-action="create-list"]').boundingBox())!;
    expect(Math.abs(input.y + input.height - (button.y + button.height))).toBeLessThanOrEqual(2);
  });
});

describe('a list’s companies', () => {
  it('a file with nothing to import shows its problems at once', async () => {
    const file = join(tmpdir(), `people-${Date.now()}.csv`);
    writeFileSync(
      file,
      'First Name,Last Name,Email,Job Title\r\nAna,Ruiz,ana@example.test,CISO\r\n',
    );
    await openListByHash('Q1 targets');
    await page.setInputFiles('[data-input="account-file"]', file);
    await page.waitForSelector('[data-import-preview]');
    expect(await page.locator('[data-action="import-start"]').isDisabled()).toBe(true);
    const problems = page.locator('[data-import-errors]');
    expect(await problems.getAttribute('open')).not.toBeNull();
    expect(await problems.locator('li').first().isVisible()).toBe(true);
    await page.click('[data-action="import-cancel"]');
  });

  it('import preview names each fact in words, not the reader’s field ids', async () => {
    const file = join(tmpdir(), `accounts-polish-${Date.now()}.csv`);
    writeFileSync(file, ACCOUNTS);
    await openListByHash('Q1 targets');
    await page.setInputFiles('[data-input="account-file"]', file);
    const preview = page.locator('[data-import-preview]');
    await preview.waitFor();
    const text = plain(await preview.textContent());
    expect(text).toContain('LinkedIn Company Page → LinkedIn page');
    expect(text).not.toMatch(/linkedinSlug|companyType/);
    // The record ids are kept for the export back to HubSpot: not listed as ignored.
    expect(text).toContain(
      'Record IDs in “Record ID” are kept: an export back to the CRM updates those records instead of adding new ones.',
    );
    expect(text).not.toMatch(/Columns ignored/);
    // By keyboard: the button gives way to the progress, then to the result, which takes focus.
    await page.focus('[data-action="import-start"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-import-result]').textContent(), { timeout: 30_000 })
      .toBe('Imported 5 companies into this list.');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-import-result')))
      .toBe(true);
  });

  it('copies and moves only on a button, never on picking the list, and says what it did', async () => {
    await openList('Q1 targets');
    const exportButton = page.locator('[data-action="export"]');
    // Export says what it will write: every row shown, or the selected ones.
    await expect.poll(() => exportButton.textContent()).toBe('Export all shown (5)');
    await page.locator('[data-company-row] input[type="checkbox"]').nth(0).check();
    await page.locator('[data-company-row] input[type="checkbox"]').nth(1).check();
    expect(await exportButton.textContent()).toBe('Export selected (2)');
    // Picking a list (with the arrow keys or the mouse) moves nothing by itself.
    await page.selectOption('[data-input="bulk-target"]', { label: 'Q1 targets later' });
    await page.waitForTimeout(500);
    expect(await page.locator('[data-company-row]').count()).toBe(5);
    expect(await page.locator('[data-bulk-result]').count()).toBe(0);
    await page.click('[data-action="move-selected"]');
    const result = page.locator('[data-bulk-result]');
    await expect
      .poll(async () => plain(await result.textContent()))
      .toBe('Companies moved to “Q1 targets later”: 2.');
    await expect.poll(() => page.locator('[data-company-row]').count()).toBe(3);
    expect((await focused()).action).toBe('select-all');
    await shoot('list-moved');
    await page.locator('[data-company-row] input[type="checkbox"]').nth(0).check();
    await page.selectOption('[data-input="bulk-target"]', { label: 'Q1 targets later' });
    await page.click('[data-action="copy-selected"]');
    await expect
      .poll(async () => plain(await result.textContent()))
      .toBe('Companies copied to “Q1 targets later”: 1.');
    expect(await listSize('Q1 targets later')).toBe('3');
    expect(await listSize('Q1 targets')).toBe('3');
  });

  it('asks before removing; Cancel keeps the companies', async () => {
    await openList('Q1 targets');
    await page.locator('[data-company-row] input[type="checkbox"]').nth(0).check();
    const messages: string[] = [];
    page.once('dialog', (d) => {
      messages.push(d.message());
      void d.dismiss();
    });
    await page.click('[data-action="remove-selected"]');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-company-row]').count()).toBe(3);
    expect(messages[0]).toMatch(/^Remove the selected companies \(1\) from this list\?/);
    page.once('dialog', (d) => void d.accept());
    await page.click('[data-action="remove-selected"]');
    await expect
      .poll(() => page.locator('[data-bulk-result]').textContent())
      .toBe('Companies removed from this list: 1.');
    await expect.poll(() => page.locator('[data-company-row]').count()).toBe(2);
  });

  it('the company view takes focus, Escape cancels a correction first, then closes and gives focus back', async () => {
    await openList('Q1 targets');
    const name = page.locator('[data-company-row] .row-open').first();
    const company = await name.textContent();
    await name.focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-company-detail]');
    await detail.waitFor();
    expect((await focused()).action).toBe('close-detail');
    await detail.locator('[data-facts] > summary').click();
    await detail.locator('[data-correct="employees"]').click();
    const field = detail.getByLabel('Your value for Company size');
    await field.focus();
    await shoot('company-view-correcting');
    await field.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => field.count()).toBe(0);
    expect(await detail.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.count()).toBe(0);
    await expect.poll(focused).toEqual({ tag: 'BUTTON', action: undefined, text: company });
  });

  it('a note saves on Enter with the focus kept in it; Escape puts back the saved note', async () => {
    await openList('Q1 targets');
    const note = page.locator('[data-company-row] input[type="text"]').first();
    const label = await note.getAttribute('aria-label');
    await note.fill('Call in Q3');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      label,
    );
    await page.keyboard.type(' or later');
    await page.keyboard.press('Escape');
    expect(await note.inputValue()).toBe('Call in Q3');
    // Past the save-on-pause delay: what was put back is what stays.
    await page.waitForTimeout(1200);
    await page.reload();
    const again = page.locator(`[data-company-row] input[aria-label="${label}"]`);
    await expect.poll(() => again.inputValue()).toBe('Call in Q3');
  });

  it('picks the CRM file with a real, focusable button', async () => {
    await page.goto(`${base}#lists`);
    await page.focus('[data-pick="crm-file"]');
    expect(await focused()).toMatchObject({ tag: 'BUTTON', action: 'crm-file' });
    const input = (await page.locator('[data-pick="crm-file"]').boundingBox())!;
    // A button's own width, not a bar across the page.
    expect(input.width).toBeLessThan(400);
    await shoot('lists');
  });
});

async function openListByHash(name: string): Promise<void> {
  await page.goto(`${base}#lists`);
  await page.click(`[data-list="${name}"] a`);
  await page.waitForSelector('[data-page="list"] [data-import]');
}

describe('Companies page and list filters', () => {
  it('count each tier beside its filter, and say when the filters leave no company', async () => {
    await page.goto(`${base}#companies`);
    const chips = page.locator('[data-tier-filter]');
    // The ICP's tiers and the kinds outside them, each with its count once every company is read.
    await expect.poll(() => chips.count()).toBe(7);
    await expect.poll(() => page.locator('.filter-chip .muted').count()).toBe(7);
    const shown = async () =>
      /Showing (\d+) of (\d+)/.exec((await page.locator('p[aria-live]').textContent()) ?? '');
    const counts = new Map<string, number>();
    for (const key of await chips.evaluateAll((els) =>
      els.map((el) => (el as HTMLElement).dataset.tierFilter ?? ''),
    )) {
      const text = await page
        .locator(`.filter-chip:has([data-tier-filter="${key}"]) .muted`)
        .textContent();
      const count = Number(/\((\d+)\)/.exec(text ?? '')?.[1]);
      counts.set(key, count);
      await page.check(`[data-tier-filter="${key}"]`);
      expect([key, Number((await shown())?.[1])]).toEqual([key, count]);
      if (count === 0)
        expect(await page.locator('[data-state="no-match"]').textContent()).toBe(
          'No company matches the search and tier filters.',
        );
      else expect(await page.locator('[data-state="no-match"]').count()).toBe(0);
      await page.uncheck(`[data-tier-filter="${key}"]`);
    }
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(5);
    expect(counts.get('insufficient')).toBe(0);
    // Numbers line up on their end, as in a list's table; each filter's box sits level with its words.
    const align = await page
      .locator('[data-company-row] td.col-score')
      .first()
      .evaluate((td) => getComputedStyle(td).textAlign);
    expect(['end', 'right']).toContain(align);
    const chip = page.locator('.filter-chip').first();
    const box = (await chip.locator('input').boundingBox())!;
    const label = (await chip.boundingBox())!;
    expect(Math.abs(box.y + box.height / 2 - (label.y + label.height / 2))).toBeLessThanOrEqual(1);
    await page.check('[data-tier-filter="insufficient"]');
    await shoot('companies-no-match');

    await openList('Q1 targets');
    await page.fill('[data-input="company-search"]', 'no such company');
    expect(plain(await page.locator('[data-state="no-match"]').textContent())).toBe(
      'No company matches the search and tier filters.',
    );
    expect(await page.locator('[data-company-row]').count()).toBe(0);
  });
});

describe('English for one', () => {
  it('says "1 company", not "1 companies", when a file holds one', async () => {
    const file = join(tmpdir(), `one-${Date.now()}.csv`);
    writeFileSync(file, 'Company,Website\r\nWingtip Toys,wingtip-toys.example\r\n');
    await page.goto(`${base}#lists`);
    await page.fill('[data-input="new-list"]', 'Just one');
    await page.click('[data-action="create-list"]');
    await page.waitForSelector('[data-page="list"] [data-import]');
    await page.setInputFiles('[data-input="account-file"]', file);
    const start = page.locator('[data-action="import-start"]');
    await expect.poll(() => start.textContent()).toBe('Import 1 company');
    await start.click();
    await expect
      .poll(() => page.locator('[data-import-result]').textContent(), { timeout: 30_000 })
      .toBe('Imported 1 company into this list.');
    await expect
      .poll(() => page.locator('.page-header .muted').textContent())
      .toBe('1 of 1 company');
  });
});
