import { keysOf, lookupKeys, newCompanyId } from '../company/resolve';
import type { Icp } from '../criteria/schema';
import type { CompanyRow } from '../csv';
import type { CompanyRecord, ImportBatchRecord, ListMemberRecord, ScoreRecord } from '../records';
import { scoreCompany } from '../scoring/score';
import { newMember } from './membership';

/** The extractor name of observations that came from an account file. */
export const ACCOUNT_FILE_EXTRACTOR = 'account-file';

/** Everything one import writes, in one transaction. */
export interface ImportPlan {
  batch: ImportBatchRecord;
  /** New companies, each its own observation of the file (`impliedObservation`). */
  companies: CompanyRecord[];
  /**
   * Stored as listings (one per ICP and company); with the tier's position in the ICP, which
   * `ScoreRecord` does not carry.
   */
  scores: (ScoreRecord & { tierIndex?: number })[];
  members: ListMemberRecord[];
}

export interface ImportContext {
  listId: string;
  batchId: string;
  fileName: string;
  /** Epoch ms. */
  at: number;
  icps: readonly { id: string; icp: Icp }[];
  /** Stored companies by lookup key (`li:<slug>`, `domain:<domain>`): rows join them. */
  existing: ReadonlyMap<string, string>;
  /** Companies already in the list: they keep their membership. */
  inList: ReadonlySet<string>;
  /** CRM record ids per spreadsheet row, kept on the membership for exports back to that CRM. */
  crmIds?: ReadonlyMap<number, NonNullable<ListMemberRecord['crmIds']>>;
}

/**
 * What importing account-file rows into a list writes. A row whose LinkedIn page or domain is a
 * stored company (or an earlier row of the file) joins it: the company gets the membership, its
 * facts stay as they are. Other rows become companies (id by slug, else domain, else
 * `file:<batch>:<row>`), each its own observation of the file's facts (`impliedObservation`:
 * one record per row, not two; a later page visit stores it as a row and merges with it) and a
 * score per ICP. A row's own `crmIds` (from `streamAccountRows`) win over
 * `ctx.crmIds`. Pure: the caller writes the plan, whole or one batch of rows at a time.
 */
export function planImport(
  rows: readonly (CompanyRow & { crmIds?: ListMemberRecord['crmIds'] })[],
  ctx: ImportContext,
): ImportPlan {
  const seen = new Map(ctx.existing);
  const plan: ImportPlan = {
    batch: {
      id: ctx.batchId,
      listId: ctx.listId,
      fileName: ctx.fileName,
      at: ctx.at,
      rows: rows.length,
      imported: 0,
    },
    companies: [],
    scores: [],
    members: [],
  };
  const added = new Set(ctx.inList);
  const url = `file:${ctx.fileName}`;
  for (const row of rows) {
    const keys = keysOf(row.facts);
    const lookups = lookupKeys(keys);
    let id = lookups.map((k) => seen.get(k)).find((found) => found !== undefined);
    if (id === undefined) {
      id = lookups.length > 0 ? newCompanyId(keys, url) : `file:${ctx.batchId}:${row.row}`;
      for (const k of lookups) seen.set(k, id);
      plan.companies.push({
        id,
        name: row.facts.name?.value,
        ...keys,
        keys: lookups,
        facts: row.facts,
        url,
        firstSeen: ctx.at,
        lastSeen: ctx.at,
        sources: [ACCOUNT_FILE_EXTRACTOR],
        impliedObservation: { extractor: ACCOUNT_FILE_EXTRACTOR, at: ctx.at, batchId: ctx.batchId },
      });
      for (const { id: icpId, icp } of ctx.icps) {
        const r = scoreCompany(icp, row.facts);
        plan.scores.push({
          icpId,
          companyId: id,
          tier: r.tier,
          tierKind: r.tierKind,
          ...(r.tierIndex !== undefined && { tierIndex: r.tierIndex }),
          score: r.score,
          confidence: r.confidence,
          at: ctx.at,
        });
      }
    }
    if (!added.has(id)) {
      added.add(id);
      const crmIds = row.crmIds ?? ctx.crmIds?.get(row.row);
      plan.members.push(
        newMember(ctx.listId, id, ctx.at, { batchId: ctx.batchId, ...(crmIds && { crmIds }) }),
      );
    }
  }
  plan.batch.imported = plan.members.length;
  return plan;
}
