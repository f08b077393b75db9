import type { Page } from 'playwright-core';
import { BUCKETS_JS } from './buckets';

const WEEK = 7 * 24 * 3600 * 1000;

/** Where a seeded company lands for the ICP: one of its tiers (by position), or no tier. */
export type SeedTier = `tier:${number}` | 'bad' | 'disqualified';

/** Weekly history to seed: `weeks` weeks of ten companies, each week alike. */
export interface WeeklyHistory {
  weeks: number;
  /** The tier of each of a week's ten companies, in order (ten entries). */
  pattern: readonly SeedTier[];
  /** How long before now the newest week's companies were first seen, in milliseconds; each
   * older week is one week (7 × 24 h) further back. */
  newestAgoMs: number;
  /** Company ids are `domain:<idPrefix><i>.example`, names `<namePrefix> <i>` (i from 0). */
  idPrefix: string;
  namePrefix: string;
}

/**
 * Seeds weekly history for the first stored ICP (as IndexedDB orders them) straight into the
 * extension's database from an extension page, as the extension stores it: a company record
 * each (in its bucket), and its listing (tier, rank, score 80 in a tier, 30 otherwise; confidence 1) in the ICP's
 * listing buckets (`BUCKETS_JS`). Company `i` is slot `i % 10` of week `⌊i / 10⌋` (week 0 the
 * newest). Needs the ICP installed (the dashboard seeds it at first start); throws "no ICP"
 * without one. The page should be reloaded afterwards to read the new rows. Returns the ICP's id.
 */
export async function seedWeeklyHistory(page: Page, history: WeeklyHistory): Promise<string> {
  if (history.pattern.length !== 10) throw new Error('a week pattern has ten companies');
  const { icpId, listings } = await page.evaluate(
    async ({ weeks, pattern, newestAgoMs, idPrefix, namePrefix, week }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('icp-lens');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const icps = await new Promise<{ id: string; icp: { tiers: { name: string }[] } }[]>((ok) => {
        const req = db.transaction('icps').objectStore('icps').getAll();
        req.onsuccess = () => ok(req.result);
      });
      const icp = icps[0];
      if (!icp) throw new Error('no ICP');
      const rows: Record<string, unknown>[] = [];
      const now = Date.now();
      for (let i = 0; i < weeks * 10; i++) {
        const at = now - newestAgoMs - Math.floor(i / 10) * week;
        const id = `domain:${idPrefix}${i}.example`;
        const name = `${namePrefix} ${i}`;
        const key = pattern[i % 10] ?? 'bad';
        const tierIndex = key.startsWith('tier:') ? Number(key.slice(5)) : undefined;
        const kind = tierIndex === undefined ? key : 'tier';
        rows.push({
          icpId: icp.id,
          companyId: id,
          name,
          tier:
            tierIndex !== undefined
              ? (icp.icp.tiers[tierIndex]?.name ?? 'Best fit')
              : kind === 'bad'
                ? 'Bad fit'
                : 'Disqualified',
          tierKind: kind,
          ...(tierIndex !== undefined && { tierIndex }),
          tierKey: key,
          rank: tierIndex ?? (kind === 'bad' ? 1000 : 1001),
          score: tierIndex !== undefined ? 80 : 30,
          confidence: 1,
          sources: [],
          firstSeen: at,
          lastSeen: at,
          updatedAt: at,
        });
      }
      db.close();
      return { icpId: icp.id, listings: rows };
    },
    { ...history, week: WEEK },
  );
  await page.evaluate(`(async () => {
    ${BUCKETS_JS}
    const db = await new Promise((ok) => { const r = indexedDB.open('icp-lens'); r.onsuccess = () => ok(r.result); });
    await putBuckets(db, 'listingBuckets', ${JSON.stringify(icpId)}, ${JSON.stringify(listings)});
    // Each listing's company, in its bucket as lib/db/company-store.ts stores it (v11).
    await putCompanies(db, ${JSON.stringify(listings)}.map((l) => ({ id: l.companyId, name: l.name, keys: [l.companyId], facts: {}, url: 'https://' + l.companyId.slice(7) + '/', firstSeen: l.firstSeen, lastSeen: l.lastSeen })));
    db.close();
  })()`);
  return icpId;
}
