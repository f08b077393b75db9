import type { Transaction } from 'dexie';

/*
 * Dexie version 7: the compact `listings` table, one record per ICP and company with what a table
 * row and the trends chart show, built from the stored companies and scores.
 * Frozen: this file must keep doing exactly what it did when version 7 shipped, so it depends on
 * no helper that may change later (not `listingOf`, `firmographicsOf`, `tierRank`, `tierKey`).
 */

type Row = Record<string, unknown>;

/** Companies read per bulk read. */
const PAGE = 2000;
const TIER_KINDS_V7 = ['tier', 'bad', 'disqualified', 'insufficient'];
const RANK_V7: Record<string, number> = { bad: 1000, disqualified: 1001, insufficient: 1002 };

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const factValue = (facts: unknown, field: string): unknown =>
  facts && typeof facts === 'object'
    ? ((facts as Row)[field] as Row | undefined)?.value
    : undefined;

/** Industry, employees ("201–500", "5000+") and HQ ("City, CC") as version 7 showed them. */
function firmographicsV7(facts: unknown): Row {
  const out: Row = {};
  const industry = str(factValue(facts, 'industry'));
  if (industry) out.industry = industry;
  const e = factValue(facts, 'employees') as Row | undefined;
  const min = num(e?.min);
  if (e && min !== undefined) {
    const max = num(e.max);
    out.employees = max === undefined ? `${min}+` : min === max ? `${min}` : `${min}–${max}`;
    out.employeesMin = min;
  }
  const hq = factValue(facts, 'headquarters') as Row | undefined;
  if (hq && typeof hq === 'object') {
    const place = [str(hq.city), str(hq.country)].filter(Boolean).join(', ') || str(hq.raw);
    if (place) out.hq = place;
  }
  return out;
}

/**
 * The listing of one company (a stored record) for one stored score, or undefined when either is
 * damaged (no string id, an unknown tier kind, a score that is not a number). The tier's position
 * is the score's tier name among the ICP's tiers at upgrade time (`tierNames`).
 */
function listingV7(c: Row, s: Row, tierNames: readonly string[] | undefined): Row | undefined {
  const id = str(c.id);
  const kind = str(s.tierKind);
  const score = num(s.score);
  const confidence = num(s.confidence);
  if (!id || !str(s.icpId) || !kind || !TIER_KINDS_V7.includes(kind)) return undefined;
  if (score === undefined || confidence === undefined || typeof s.tier !== 'string')
    return undefined;
  const found = kind === 'tier' ? (tierNames ?? []).indexOf(s.tier) : -1;
  const tierIndex = found >= 0 ? found : undefined;
  const name = str(c.name) ?? str(c.domain) ?? str(c.linkedinSlug) ?? id;
  return {
    icpId: s.icpId,
    companyId: id,
    name,
    ...(str(c.domain) && { domain: c.domain }),
    ...(str(c.linkedinSlug) && { linkedinSlug: c.linkedinSlug }),
    tier: s.tier,
    tierKind: kind,
    ...(tierIndex !== undefined && { tierIndex }),
    tierKey: kind === 'tier' ? `tier:${tierIndex ?? 0}` : kind,
    rank: kind === 'tier' ? (tierIndex ?? 0) : (RANK_V7[kind] ?? 1002),
    score,
    confidence,
    ...firmographicsV7(c.facts),
    sources: Array.isArray(c.sources) ? c.sources.filter((x) => typeof x === 'string') : [],
    firstSeen: num(c.firstSeen) ?? 0,
    lastSeen: num(c.lastSeen) ?? 0,
    updatedAt: num(s.at) ?? 0,
  };
}

/**
 * Builds `listings` from every company and its stored scores, a page of 2,000 companies at a
 * time (scores are small and read whole first). A score of a company that is not stored, or a
 * damaged record, gets no listing.
 */
export async function buildListingsV7(tx: Transaction): Promise<void> {
  const tierNames = new Map<string, string[]>();
  for (const icp of await tx.table<Row, string>('icps').toArray()) {
    const tiers = (icp.icp as Row | undefined)?.tiers;
    if (typeof icp.id === 'string' && Array.isArray(tiers))
      tierNames.set(
        icp.id,
        tiers.map((t) => String((t as Row)?.name)),
      );
  }
  const scores = new Map<string, Row[]>();
  await tx
    .table<Row, [string, string]>('scores')
    .toCollection()
    .each((s) => {
      if (typeof s.companyId !== 'string') return;
      const list = scores.get(s.companyId) ?? [];
      list.push(s);
      scores.set(s.companyId, list);
    });
  const companies = tx.table<Row, string>('companies');
  const listings = tx.table<Row, [string, string]>('listings');
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined
      ? companies.orderBy(':id')
      : companies.where(':id').above(after)
    )
      .limit(PAGE)
      .toArray();
    const rows = page.flatMap((c) =>
      (scores.get(String(c.id)) ?? []).flatMap((s) => {
        const l = listingV7(c, s, tierNames.get(String(s.icpId)));
        return l ? [l] : [];
      }),
    );
    await listings.bulkPut(rows);
    if (page.length < PAGE) break;
    after = String(page[page.length - 1]?.id);
  }
}
