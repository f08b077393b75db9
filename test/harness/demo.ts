/**
 * `npm run demo`: the extension on built-in demo company pages, with the built-in sample ICP.
 * With a display, opens Chromium with one tab per demo company (close the browser to stop).
 * Without one (a server, CI) or with `--headless`, visits every page, prints a table and saves a
 * popup screenshot per company.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TabView } from '../../lib/messaging';
import { decidingReasons, settlingFacts } from '../../lib/scoring/explain';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  tabViewFrom,
  waitForBadge,
} from './browser';
import { demoPages, routesFor } from './demo-pages';

const OUT = resolve(import.meta.dirname, '../../test-results/demo');
const headless =
  process.argv.includes('--headless') || !process.env.DISPLAY || Boolean(process.env.CI);

async function main() {
  const pages = demoPages();
  const ext = await launchWithExtension(routesFor(pages), { headless });
  try {
    if (!headless)
      return await interactive(
        ext,
        pages.map((p) => p.url),
      );
    mkdirSync(OUT, { recursive: true });
    const rows: string[][] = [];
    for (const demo of pages) {
      const page = await ext.context.newPage();
      await page.goto(demo.url);
      const tabId = await tabIdOf(ext, page);
      const badge = await waitForBadge(ext, tabId, (t) => t !== '' && t !== '…').catch(() => '');
      const popup = await openPopupFor(ext, tabId);
      const view = await tabViewFrom(popup, tabId);
      await popup.waitForTimeout(300);
      // What a user sees when the popup opens (360×600, no scrolling), then the whole popup with
      // the footer in its place at the end instead of floating over the content.
      const shot = join(OUT, demo.file.replace(/\.html$/, '.png'));
      await popup.screenshot({ path: shot });
      await popup.addStyleTag({ content: '.footer { position: static !important; }' });
      await popup.screenshot({ path: shot.replace(/\.png$/, '-full.png'), fullPage: true });
      rows.push(describe(view, badge, shot));
      await popup.close();
      await page.close();
    }
    printTable(
      ['Company', 'Badge', 'Tier', 'Score', 'Confidence', 'Top reasons', 'Popup screenshot'],
      rows,
    );
  } finally {
    if (headless) await ext.close();
  }
}

function describe(view: TabView, badge: string, shot: string): string[] {
  if (view.kind !== 'ready') return [`(${view.kind})`, badge, '', '', '', '', shot];
  const active = view.scores.find((s) => s.active);
  if (!active) return [view.company.name ?? '?', badge, 'no ICP', '', '', '', shot];
  const { result } = active;
  const mark = { matched: '✓', partial: '◐', missed: '✗', unknown: '?' } as const;
  const rules = new Set(result.criteria.filter((c) => c.disqualifies).map((c) => c.field));
  const decided = decidingReasons(result)
    .filter(({ criterion: c }) => c.disqualifies || !rules.has(c.field))
    .map(
      ({ criterion: c }) =>
        `${c.disqualifies ? '⛔' : mark[c.verdict]} ${c.field}${c.value ? `: ${c.value}` : ''}`,
    );
  // "Not enough data": what would settle it comes first.
  const unknown = settlingFacts(result, view.company.url);
  const settle =
    result.tierKind === 'insufficient' && unknown.fields.length > 0
      ? [`? ${unknown.fields.join(', ')} unknown${unknown.place ? ` (${unknown.place})` : ''}`]
      : [];
  const reasons = [...settle, ...decided].join('; ');
  const { min, max } = result.scoreRange;
  return [
    view.company.name ?? '?',
    badge,
    result.tier,
    result.tierKind === 'insufficient' && min !== max ? `${min}–${max}` : String(result.score),
    `${Math.round(result.confidence * 100)} %`,
    reasons.length > 90 ? `${reasons.slice(0, 89)}…` : reasons,
    shot,
  ];
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function interactive(ext: ExtensionBrowser, urls: string[]) {
  for (const url of urls) await (await ext.context.newPage()).goto(url);
  await ext.context.pages()[0]?.close();
  console.log('Chromium is open with ICP Lens on the demo company pages:');
  for (const url of urls) console.log(`  ${url}`);
  console.log(
    'Click the ICP Lens icon in the toolbar (pin it from the puzzle menu). Close the browser to stop.',
  );
  await new Promise((done) => ext.context.on('close', done));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
