import { companyFactsSchema } from '../facts-schema';
import { rowOfListing, unscoredRow } from '../lists/listing';
import type { ListingRow } from '../lists/rows';
import type { CompanyRecord, ListingRecord } from '../records';
import { TIER_KINDS, type TierKind } from '../scoring/types';
import { getCompanies } from './company-store';
import { getListings, readIcpListings } from './listings';
import { companyListingSchema } from './records-schema';
import type { IcpLensDb } from './schema';

/** Companies read per bulk read; more companies than this read the ICP's whole listing. */
const PAGE = 5000;

/** A table row with the company's id and its sources, as the listings and companies give them. */
export type ListedRow = ListingRow & { companyId: string; sources: string[] };

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * A stored listing as a table row, checked field by field (cheaper than a schema over 100,000
 * rows): undefined without string ids; a name of the wrong type shows the domain, slug or id; a
 * damaged tier, score or confidence makes the row unscored; other damaged fields read as absent.
 */
export function readListing(raw: unknown): ListedRow | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const l = raw as Record<string, unknown>;
  const companyId = str(l.companyId);
  if (!companyId || !str(l.icpId)) return undefined;
  const kind = l.tierKind as TierKind;
  const scored =
    typeof l.tier === 'string' &&
    TIER_KINDS.includes(kind) &&
    num(l.score) !== undefined &&
    num(l.confidence) !== undefined;
  const tierIndex = num(l.tierIndex);
  const row = rowOfListing({
    icpId: String(l.icpId),
    companyId,
    name: str(l.name) ?? str(l.domain) ?? str(l.linkedinSlug) ?? companyId,
    domain: str(l.domain),
    linkedinSlug: str(l.linkedinSlug),
    industry: str(l.industry),
    employees: str(l.employees),
    employeesMin: num(l.employeesMin),
    hq: str(l.hq),
    lastSeen: num(l.lastSeen) ?? 0,
    tier: String(l.tier),
    tierKind: kind,
    ...(kind === 'tier' && tierIndex !== undefined && { tierIndex }),
    score: num(l.score) ?? 0,
    confidence: num(l.confidence) ?? 0,
  } as ListingRecord);
  const sources = Array.isArray(l.sources) ? l.sources.filter((s) => typeof s === 'string') : [];
  if (scored) return { ...row, sources };
  const { tier: _t, tierKind: _k, tierIndex: _i, score: _s, confidence: _c, ...unscored } = row;
  return { ...unscored, sources };
}

/**
 * Every listing of one ICP as rows, read bucket by bucket (no whole company record), in bucket
 * order. Between reads it stops with `signal`'s reason once aborted (a page left before its list
 * loaded does not keep the database busy for the next one).
 */
export async function listingRowsOfIcp(
  db: IcpLensDb,
  icpId: string,
  signal?: AbortSignal,
): Promise<ListedRow[]> {
  const rows: ListedRow[] = [];
  await readIcpListings(
    db,
    icpId,
    (listings) => {
      for (const raw of listings) {
        const row = readListing(raw);
        if (row) rows.push(row);
      }
    },
    signal,
  );
  return rows;
}

/**
 * The rows of some companies for one ICP: their listings (`getListings`, or the ICP's whole
 * listing when asked for more than a page of companies), and for companies without a listing
 * (unscored for this ICP) a row from the company record. Companies not stored are left out.
 */
export async function rowsOfCompanies(
  db: IcpLensDb,
  icpId: string | undefined,
  companyIds: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, ListedRow>> {
  const found = new Map<string, ListedRow>();
  if (icpId !== undefined) {
    if (companyIds.length > PAGE) {
      const wanted = new Set(companyIds);
      for (const row of await listingRowsOfIcp(db, icpId, signal))
        if (wanted.has(row.companyId)) found.set(row.companyId, row);
    } else {
      const listings = await getListings(
        db,
        companyIds.map((id) => [icpId, id] as const),
      );
      for (const raw of listings) {
        const row = raw && readListing(raw);
        if (row) found.set(row.companyId, row);
      }
    }
  }
  const missing = companyIds.filter((id) => !found.has(id));
  for (const row of await unscoredRows(db, missing, signal)) found.set(row.companyId, row);
  return found;
}

/**
 * Rows of companies with no listing for the ICP, from their records (one read of each company
 * bucket they fall in; parsed forgivingly, so a damaged record lists by its id). Companies not
 * stored are left out.
 */
export async function unscoredRows(
  db: IcpLensDb,
  companyIds: readonly string[],
  signal?: AbortSignal,
): Promise<ListedRow[]> {
  signal?.throwIfAborted();
  return (await getCompanies(db, companyIds)).flatMap((r) => (r ? [unscoredRowOf(r)] : []));
}

/** The row of a company with no listing, from its record (parsed forgivingly: see above). */
export function unscoredRowOf(record: CompanyRecord): ListedRow {
  const c = companyListingSchema.parse(record);
  const facts = companyFactsSchema.safeParse(record.facts);
  return {
    ...unscoredRow({ ...c, firstSeen: 0, facts: facts.success ? facts.data : {} }),
    sources: c.sources ?? [],
  };
}

/** The tier keys a chart or count reads: each of the ICP's `tierCount` tiers, then the kinds. */
export function scoredTierKeys(tierCount: number): string[] {
  return [
    ...Array.from({ length: tierCount }, (_, i) => `tier:${i}`),
    'bad',
    'disqualified',
    'insufficient',
  ];
}

/**
 * Company id → tier key of every listing of one ICP, with its first sighting (epoch ms), read
 * from the ICP's listing buckets. Listings of a tier the ICP no longer has (scored before its
 * tiers were removed) and damaged ones are left out, so they count as unscored. Stops with
 * `signal`'s reason once aborted.
 */
export async function tierKeysOfIcp(
  db: IcpLensDb,
  icpId: string,
  tierCount: number,
  signal?: AbortSignal,
): Promise<Map<string, { tierKey: string; firstSeen: number }>> {
  const known = new Set(scoredTierKeys(tierCount));
  const tierOf = new Map<string, { tierKey: string; firstSeen: number }>();
  await readIcpListings(
    db,
    icpId,
    (listings) => {
      for (const raw of listings) {
        const l = raw as Partial<ListingRecord> | undefined;
        if (typeof l?.companyId !== 'string' || typeof l.tierKey !== 'string') continue;
        if (!known.has(l.tierKey) || typeof l.firstSeen !== 'number') continue;
        tierOf.set(l.companyId, { tierKey: l.tierKey, firstSeen: l.firstSeen });
      }
    },
    signal,
  );
  return tierOf;
}
