import { BAD_FIT, DISQUALIFIED, type Icp, NOT_ENOUGH_DATA } from '@/lib/criteria/schema';
import { countCompanies, eachCompanyBucket } from '@/lib/db/company-store';
import { getDb, type IcpLensDb } from '@/lib/db/schema';
import {
  createImpactPreview,
  type ImpactCompany,
  type ImpactResult,
  type TierMove,
} from '@/lib/icp/impact';
import type { TierDecision } from '@/lib/scoring/score';
import { type PostedError, postedError } from '../../posted-error';

/**
 * Page → impact worker. Each request but `load` carries an id; a newer request supersedes every
 * older one not started yet, and the page drops answers whose id is not its latest.
 * - `load`: read the stored companies now (when the editor opens), so the first preview is quick.
 * - `impact`: how an edit from the stored ICP `before` to the draft `after` moves the stored
 *   companies between tiers; only the first `shownMoves` moves come back.
 * - `tiers`: where a new ICP, not saved yet, would put the stored companies.
 */
export type ImpactRequest =
  | { type: 'load' }
  | { type: 'impact'; id: number; before: Icp; after: Icp; shownMoves: number }
  | { type: 'tiers'; id: number; icp: Icp };

/** The impact result as the page gets it: the first moves only, and how many there are. */
export type ImpactAnswer = Omit<ImpactResult, 'moves'> & { moves: TierMove[]; moveCount: number };

/** One tier of a new ICP's preview, in the fit order, with how many stored companies land in it. */
export type TierCount = TierDecision & { count: number };

/**
 * Impact worker → page: plain, structured-clonable data. `loading` reports the first read of the
 * stored companies (`done` of `total` companies); `computing` says request `id` has started.
 */
export type ImpactReport =
  | { type: 'loading'; done: number; total: number }
  | { type: 'computing'; id: number }
  | { type: 'impact'; id: number; companies: number; impact: ImpactAnswer }
  | { type: 'tiers'; id: number; companies: number; counts: TierCount[] }
  /** The error as `postedError` gives it (its own message, name, list code), for `errorWords`. */
  | ({ type: 'failed'; id: number } & PostedError);

/** Reads every stored company once, reporting `done` of `total` as it goes. */
export type CompanyLoader = (
  onProgress: (done: number, total: number) => void,
) => Promise<ImpactCompany[]>;

const PAGE = 5000;

/**
 * Every stored company as the impact preview needs it (id, name, facts), in id order, read a
 * company bucket at a time, so progress can be reported each time `pageSize` more companies are read (each
 * report once; the last is `done` = `total` = the companies read). A row without a string id is
 * skipped; a row whose facts are not an object counts as knowing nothing.
 */
export async function readImpactCompanies(
  onProgress: (done: number, total: number) => void,
  db: IcpLensDb = getDb(),
  pageSize = PAGE,
): Promise<ImpactCompany[]> {
  const total = await countCompanies(db);
  const companies: ImpactCompany[] = [];
  let reported = '';
  const report = (done: number, of: number) => {
    if (`${done}/${of}` === reported) return;
    reported = `${done}/${of}`;
    onProgress(done, of);
  };
  report(0, total);
  let next = pageSize;
  await eachCompanyBucket(db, (rows) => {
    for (const r of rows) {
      if (typeof r?.id !== 'string') continue;
      const facts = r.facts && typeof r.facts === 'object' ? r.facts : {};
      const company: ImpactCompany = { id: r.id, facts };
      if (typeof r.name === 'string') company.name = r.name;
      companies.push(company);
    }
    if (companies.length < next) return;
    next = companies.length + pageSize;
    report(companies.length, Math.max(total, companies.length));
  });
  report(companies.length, companies.length);
  // In id order, as before companies were bucketed: the preview's moves list in that order.
  return companies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A new ICP's tier counts from the preview's per-tier counts: in the fit order, empty tiers left out. */
function tierCounts(icp: Icp, byName: Readonly<Record<string, number>>): TierCount[] {
  const counts: TierCount[] = [];
  icp.tiers.forEach((tier, tierIndex) => {
    const count = byName[tier.name] ?? 0;
    if (count > 0 && !counts.some((c) => c.tier === tier.name))
      counts.push({ tier: tier.name, tierKind: 'tier', tierIndex, count });
  });
  const special = [
    [BAD_FIT, 'bad'],
    [DISQUALIFIED, 'disqualified'],
    [NOT_ENOUGH_DATA, 'insufficient'],
  ] as const;
  for (const [tier, tierKind] of special) {
    const count = byName[tier] ?? 0;
    if (count > 0 && !counts.some((c) => c.tier === tier)) counts.push({ tier, tierKind, count });
  }
  return counts;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The impact worker's message handler, without the worker. The stored companies are read once
 * (`load`, at the `load` request or else the first preview) and kept with the columns `createImpactPreview` caches, so each
 * edit re-matches only the criteria it changed. Requests are answered one at a time, newest
 * first: a request that arrives while another runs replaces any request still waiting, which is
 * then never computed (the computation itself is synchronous and cannot be interrupted). Every
 * request that is computed gets `computing` then its answer, or `failed` with the error's message.
 */
export function createImpactSession(load: CompanyLoader = readImpactCompanies) {
  let companies: Promise<ImpactCompany[]> | undefined;
  let preview: { key: string; run: (after: Icp) => ImpactResult } | undefined;
  let waiting: Exclude<ImpactRequest, { type: 'load' }> | undefined;
  let running = false;

  const previewFrom = (before: Icp, list: readonly ImpactCompany[]) => {
    const key = JSON.stringify(before);
    if (preview?.key !== key) preview = { key, run: createImpactPreview(before, list) };
    return preview.run;
  };

  const answer = (
    request: Exclude<ImpactRequest, { type: 'load' }>,
    list: readonly ImpactCompany[],
  ): ImpactReport => {
    if (request.type === 'impact') {
      const result = previewFrom(request.before, list)(request.after);
      const shown = Math.max(0, request.shownMoves);
      return {
        type: 'impact',
        id: request.id,
        companies: list.length,
        impact: { ...result, moves: result.moves.slice(0, shown), moveCount: result.moves.length },
      };
    }
    // A new ICP: the cached preview keeps the first draft as its "before", so later drafts of the
    // same ICP reuse its columns; only the draft's own counts are read.
    const run = preview ? preview.run : previewFrom(request.icp, list);
    const counts = tierCounts(request.icp, run(request.icp).after);
    return { type: 'tiers', id: request.id, companies: list.length, counts };
  };

  const loaded = (post: (report: ImpactReport) => void) => {
    companies ??= load((done, total) => post({ type: 'loading', done, total }));
    return companies;
  };

  const drain = async (post: (report: ImpactReport) => void) => {
    running = true;
    try {
      while (waiting) {
        const request = waiting;
        waiting = undefined;
        try {
          const list = await loaded(post);
          // Requests that came while the companies loaded replace this one.
          if (waiting) continue;
          post({ type: 'computing', id: request.id });
          post(answer(request, list));
        } catch (error) {
          if (companies && (await companies.then(() => false).catch(() => true)))
            companies = undefined; // a failed read is tried again at the next request
          post({ type: 'failed', id: request.id, ...postedError(error) });
        }
        // Let requests queued during the computation arrive before choosing the next one.
        await nextTurn();
      }
    } finally {
      running = false;
    }
  };

  return (request: ImpactRequest, post: (report: ImpactReport) => void): void => {
    if (request.type === 'load') {
      // A failed read is reported with the first preview, which reads again.
      loaded(post).catch(() => {
        companies = undefined;
      });
      return;
    }
    waiting = request;
    if (!running) void drain(post);
  };
}
