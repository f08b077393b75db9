import { USER_EXTRACTOR } from '../company/corrections';
import { mergeCompany } from '../company/merge';
import { companyKeys, identityKeys, lookupKeys, resolveCompany } from '../company/resolve';
import type { Extraction } from '../facts';
import { isCompanyHost, storableUrl } from '../normalize/domain';
import type { ScoreResult } from '../scoring/types';
import { companiesWithKeys, deleteCompanies, putCompanies, storedCompany } from './company-store';
import { dropCompanyListings, putScores, refreshListings } from './listings';
import { keepImpliedObservations } from './observations';
import { companyRecordSchema } from './records-schema';
import { type CompanyRecord, getDb, type IcpLensDb } from './schema';
import { stripFactUrls } from './stored-urls';

/** Why a page cannot become a company, thrown by `recordObservation`. */
export class NotACompanyPage extends Error {
  override name = 'NotACompanyPage';
}

/**
 * The sources that saw a company: the extractor ids of its observations, sorted and unique,
 * without the user's corrections (extractor `USER_EXTRACTOR`), which are not a page. Pure.
 */
export function companySources(observations: readonly { extractor: string }[]): string[] {
  const ids = new Set(observations.map((o) => o.extractor));
  ids.delete(USER_EXTRACTOR);
  return [...ids].sort();
}

/**
 * Stores what a page said as an observation of the company it belongs to (found by LinkedIn slug
 * or domain, see `resolveCompany`; companies found to be one are joined), and re-merges that
 * company from all of its observations (facts, keys and `sources`). Returns the updated company. URLs are stored without query
 * and fragment (`storableUrl`). A website's link to a LinkedIn page does not join it to that
 * company (`identityKeys`). Throws `NotACompanyPage` for pages on hosts that are never a company
 * (IP addresses, `localhost`, private and single-label hosts: see `isCompanyHost`).
 */
export async function recordObservation(
  page: Extraction,
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<CompanyRecord> {
  if (!isCompanyHost(page.url))
    throw new NotACompanyPage(`Not a company page: ${storableUrl(page.url).slice(0, 200)}`);
  const extraction = { ...page, url: storableUrl(page.url), facts: stripFactUrls(page.facts) };
  const keys = identityKeys(extraction);
  return db.transaction(
    'rw',
    [db.companyBuckets, db.observations, db.listingBuckets, db.icps],
    async () => {
      const lookups = lookupKeys(keys);
      // An imported company's observation is its record (`impliedObservation`): stored as a row
      // first, so the merge below and a join into another company keep the file's facts.
      const candidates = await keepImpliedObservations(
        db,
        // Each company once: one matching by two keys (slug and domain) coming back twice would
        // be "absorbed" into itself, losing its listings (its scores) on every visit.
        await companiesWithKeys(db, lookups),
      );
      const { id, absorb } = resolveCompany(keys, extraction.url, candidates);
      const absorbed = candidates.filter((c) => absorb.includes(c.id));
      if (absorb.length > 0) {
        await db.observations.where('companyId').anyOf(absorb).modify({ companyId: id });
        await dropCompanyListings(db, absorb);
        await deleteCompanies(db, absorb);
      }
      await db.observations.add({
        companyId: id,
        url: extraction.url,
        extractor: extraction.extractor,
        at,
        facts: extraction.facts,
      });
      const observations = await db.observations.where('companyId').equals(id).sortBy('at');
      const { facts, disagreements } = mergeCompany(observations);
      const merged = companyKeys(observations, facts);
      const existing = candidates.find((c) => c.id === id);
      const firstSeen = Math.min(at, ...[existing, ...absorbed].map((c) => c?.firstSeen ?? at));
      const company: CompanyRecord = {
        id,
        name: facts.name?.value,
        ...merged,
        keys: lookupKeys(merged),
        facts,
        disagreements,
        url: extraction.url,
        firstSeen,
        lastSeen: at,
        sources: companySources(observations),
      };
      await putCompanies(db, [company]);
      await refreshListings(db, company);
      return company;
    },
  );
}

/**
 * A stored company, parsed on read with the record schema: a record that no longer parses (a
 * damaged restore, a hand edit) reads as absent instead of reaching the UI.
 */
export async function getCompany(
  id: string,
  db: IcpLensDb = getDb(),
): Promise<CompanyRecord | undefined> {
  const record = await storedCompany(db, id);
  if (!record) return undefined;
  const parsed = companyRecordSchema.safeParse(record);
  return parsed.success ? (parsed.data as CompanyRecord) : undefined;
}

/**
 * Stores a company's latest score against each ICP (replacing older ones) as its compact
 * listing (`putScores`, the one write path of listings). A company that is not stored gets no
 * listing: there is nothing to list. `at` is epoch ms.
 */
export async function saveScores(
  companyId: string,
  scores: readonly { icpId: string; result: ScoreResult }[],
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.transaction('rw', db.companyBuckets, db.listingBuckets, async () => {
    const company = await storedCompany(db, companyId);
    await putScores(
      db,
      scores.map(({ icpId, result }) => ({
        icpId,
        companyId,
        tier: result.tier,
        tierKind: result.tierKind,
        ...(result.tierIndex !== undefined && { tierIndex: result.tierIndex }),
        score: result.score,
        confidence: result.confidence,
        at,
      })),
      new Map(company ? [[companyId, company]] : []),
    );
  });
}
