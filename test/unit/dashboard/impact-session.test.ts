import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createImpactSession,
  type ImpactReport,
  type ImpactRequest,
  readImpactCompanies,
} from '@/components/dashboard/editor/impact-session';
import type { Icp } from '@/lib/criteria/schema';
import { putCompanies } from '@/lib/db/company-store';
import { type CompanyRecord, IcpLensDb } from '@/lib/db/schema';
import { type ImpactCompany, scoreImpact } from '@/lib/icp/impact';
import { sampleIcp } from '@/lib/icp/sample';
import { tierRank } from '@/lib/scoring/order';
import { scoreCompany } from '@/lib/scoring/score';
import { plantedCustomers } from '../icp/workspace-data';

const STORED = 3000;
let db: IcpLensDb;
let n = 0;
let stored: ImpactCompany[];

/** Stored companies as the worker would find them: planted firmographics, one name each. */
function records(count: number): CompanyRecord[] {
  return plantedCustomers(count, count / 5, undefined, 3).rows.map((facts, i) => {
    const id = `li:northwind-${String(i).padStart(5, '0')}`;
    const name = `Northwind Systems ${i}`;
    return {
      id,
      name,
      keys: [id],
      facts: { ...facts, name: { value: name, source: 'csv', evidence: name } },
      url: `https://www.linkedin.com/company/northwind-${i}/`,
      firstSeen: i,
      lastSeen: i,
    };
  });
}

beforeEach(async () => {
  db = new IcpLensDb(`impact-${n++}`);
  await db.open();
  const rows = records(STORED);
  await putCompanies(db, rows);
  stored = rows
    .map((r) => ({ id: r.id, name: r.name as string, facts: r.facts }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
});
afterEach(async () => {
  await db.delete();
});

/** A session over the test database, and every report it posts. */
function session(load = (p: (d: number, t: number) => void) => readImpactCompanies(p, db, 1000)) {
  const reports: ImpactReport[] = [];
  const handle = createImpactSession(load);
  const send = (request: ImpactRequest) => handle(request, (r) => reports.push(r));
  const answerTo = (id: number) =>
    vi.waitFor(() => {
      const found = reports.find(
        (r) => r.type !== 'loading' && r.type !== 'computing' && r.id === id,
      );
      if (!found) throw new Error(`no answer to ${id} yet`);
      return found;
    });
  return { reports, send, answerTo, handle };
}

/** The sample ICP with its size band narrowed, a weight raised and a tier raised. */
function edits(): Icp[] {
  const band: Icp = structuredClone(sampleIcp);
  const size = band.criteria.find((c) => c.field === 'employees' && c.mode === 'score');
  if (size?.bands[0]) size.bands[0].min = 400;
  const weight: Icp = structuredClone(band);
  (weight.criteria[0] as Icp['criteria'][number]).weight = 6;
  const tier: Icp = structuredClone(weight);
  (tier.tiers[0] as Icp['tiers'][number]).minScore = 90;
  return [band, weight, tier];
}

describe('the impact worker session', () => {
  it('answers each edit exactly as scoreImpact over the stored companies, first 20 moves sent', async () => {
    const { send, answerTo } = session();
    for (const [k, after] of edits().entries()) {
      send({ type: 'impact', id: k + 1, before: sampleIcp, after, shownMoves: 20 });
      const answer = await answerTo(k + 1);
      const direct = scoreImpact(sampleIcp, after, stored);
      expect(direct.moves.length).toBeGreaterThan(20);
      expect(answer).toEqual({
        type: 'impact',
        id: k + 1,
        companies: STORED,
        impact: { ...direct, moves: direct.moves.slice(0, 20), moveCount: direct.moves.length },
      });
      // What the worker posts survives the structured clone unchanged.
      expect(structuredClone(answer)).toEqual(answer);
    }
  });

  it("counts a new ICP's tiers as scoring each company would, in the fit order", async () => {
    const { send, answerTo } = session();
    const [band, weight] = edits() as [Icp, Icp];
    for (const [k, icp] of [band, weight].entries()) {
      send({ type: 'tiers', id: k + 1, icp });
      const answer = await answerTo(k + 1);
      const byTier = new Map<string, { tier: string; rank: number; count: number }>();
      for (const c of stored) {
        const result = scoreCompany(icp, c.facts);
        const entry = byTier.get(result.tier) ?? {
          tier: result.tier,
          rank: tierRank(result),
          count: 0,
        };
        entry.count++;
        byTier.set(result.tier, entry);
      }
      const expected = [...byTier.values()].sort((a, b) => a.rank - b.rank);
      expect(answer.type).toBe('tiers');
      if (answer.type !== 'tiers') return;
      expect(answer.companies).toBe(STORED);
      expect(answer.counts.map((c) => [c.tier, c.count])).toEqual(
        expected.map((e) => [e.tier, e.count]),
      );
      expect(answer.counts.map((c) => tierRank(c))).toEqual(expected.map((e) => e.rank));
    }
  });

  it('reads the stored companies once, with progress, however many edits follow', async () => {
    const load = vi.fn((p: (d: number, t: number) => void) => readImpactCompanies(p, db, 1000));
    const { send, answerTo, reports } = session(load);
    for (const [k, after] of edits().entries()) {
      send({ type: 'impact', id: k + 1, before: sampleIcp, after, shownMoves: 20 });
      await answerTo(k + 1);
    }
    expect(load).toHaveBeenCalledTimes(1);
    const loading = reports.flatMap((r) => (r.type === 'loading' ? [r] : []));
    expect(loading.length).toBeGreaterThanOrEqual(3);
    expect(loading.map((r) => r.done)).toEqual(
      [...loading.map((r) => r.done)].sort((a, b) => a - b),
    );
    expect(loading.at(-1)).toEqual({ type: 'loading', done: STORED, total: STORED });
    expect(reports.findIndex((r) => r.type === 'loading')).toBeLessThan(
      reports.findIndex((r) => r.type === 'impact'),
    );
  });

  it('reads the companies when the editor opens, so the first preview does not read them', async () => {
    const load = vi.fn((p: (d: number, t: number) => void) => readImpactCompanies(p, db, 1000));
    const { send, answerTo, reports, handle } = session(load);
    handle({ type: 'load' }, (r) => reports.push(r));
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() =>
      expect(reports.at(-1)).toEqual({ type: 'loading', done: STORED, total: STORED }),
    );
    const before = reports.length;
    const [after] = edits() as [Icp];
    send({ type: 'impact', id: 1, before: sampleIcp, after, shownMoves: 20 });
    await answerTo(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(reports.slice(before).map((r) => r.type)).toEqual(['computing', 'impact']);
  });

  it('computes only the newest of the edits that arrive while it is busy', async () => {
    const [a, b, c] = edits() as [Icp, Icp, Icp];
    const { send, answerTo, reports } = session();
    // Three edits before the companies are read: only the last is computed.
    send({ type: 'impact', id: 1, before: sampleIcp, after: a, shownMoves: 20 });
    send({ type: 'impact', id: 2, before: sampleIcp, after: b, shownMoves: 20 });
    send({ type: 'impact', id: 3, before: sampleIcp, after: c, shownMoves: 20 });
    await answerTo(3);
    // Two edits during a computation: the first is skipped for the second.
    const { handle } = session();
    const posted: ImpactReport[] = [];
    const post = (r: ImpactReport) => {
      posted.push(r);
      if (r.type === 'impact' && r.id === 4) {
        handle({ type: 'impact', id: 5, before: sampleIcp, after: b, shownMoves: 20 }, post);
        handle({ type: 'impact', id: 6, before: sampleIcp, after: c, shownMoves: 20 }, post);
      }
    };
    handle({ type: 'impact', id: 4, before: sampleIcp, after: a, shownMoves: 20 }, post);
    await vi.waitFor(() =>
      expect(posted.some((r) => r.type === 'impact' && r.id === 6)).toBe(true),
    );
    const answered = (list: ImpactReport[]) =>
      list.flatMap((r) =>
        r.type === 'computing' || r.type === 'impact' ? [`${r.type} ${r.id}`] : [],
      );
    expect(answered(reports)).toEqual(['computing 3', 'impact 3']);
    expect(answered(posted)).toEqual(['computing 4', 'impact 4', 'computing 6', 'impact 6']);
  });

  it('says why when the companies cannot be read, and reads them again at the next edit', async () => {
    let calls = 0;
    const { send, answerTo } = session((p) =>
      ++calls === 1 ? Promise.reject(new Error('Database blocked')) : readImpactCompanies(p, db),
    );
    const [after] = edits() as [Icp];
    send({ type: 'impact', id: 1, before: sampleIcp, after, shownMoves: 5 });
    expect(await answerTo(1)).toEqual({ type: 'failed', id: 1, message: 'Database blocked' });
    send({ type: 'impact', id: 2, before: sampleIcp, after, shownMoves: 5 });
    const answer = await answerTo(2);
    expect(answer.type === 'impact' && answer.impact.moves).toHaveLength(5);
    expect(calls).toBe(2);
  });
});

describe('readImpactCompanies', () => {
  it('reads every company, in id order, with progress; a damaged row counts as knowing nothing', async () => {
    await putCompanies(db, [
      {
        ...(records(1)[0] as CompanyRecord),
        id: 'li:zz-damaged',
        name: 42 as unknown as string,
        facts: 'not facts' as unknown as CompanyRecord['facts'],
      },
    ]);
    const progress: [number, number][] = [];
    const read = await readImpactCompanies((d, t) => progress.push([d, t]), db, 700);
    expect(read).toHaveLength(STORED + 1);
    expect(read.slice(0, STORED)).toEqual(stored);
    expect(read.at(-1)).toEqual({ id: 'li:zz-damaged', facts: {} });
    expect(progress[0]).toEqual([0, STORED + 1]);
    expect(progress.at(-1)).toEqual([STORED + 1, STORED + 1]);
    expect(progress.length).toBeGreaterThanOrEqual(5);
  });
});
