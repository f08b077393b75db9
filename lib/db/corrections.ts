import {
  type CorrectableFact,
  correctedNames,
  type FactTimes,
  factTimes,
  USER_EXTRACTOR,
} from '../company/corrections';
import { mergeCompany } from '../company/merge';
import { keysOf, lookupKeys } from '../company/resolve';
import type { CompanyFacts } from '../facts';
import { putCompanies, storedCompany } from './company-store';
import { refreshListings } from './listings';
import { keepImpliedObservations, observationsOf } from './observations';
import { type CompanyRecord, getDb, type IcpLensDb } from './schema';

/**
 * Re-merges a stored company from all of its observations (page visits, account files and the
 * user's corrections) and stores the result. Returns undefined when the company does not exist.
 */
async function remerge(db: IcpLensDb, id: string): Promise<CompanyRecord | undefined> {
  const found = await storedCompany(db, id);
  if (!found) return undefined;
  const [existing = found] = await keepImpliedObservations(db, [found]);
  const observations = await observationsOf(db, existing);
  const { facts, disagreements } = mergeCompany(observations);
  const merged = keysOf(facts);
  const company: CompanyRecord = {
    ...existing,
    name: facts.name?.value ?? existing.name,
    ...merged,
    keys: lookupKeys(merged),
    facts,
    disagreements,
  };
  await putCompanies(db, [company]);
  await refreshListings(db, company);
  return company;
}

/**
 * Stores the user's correction of a company's facts (from `parseCorrection`) as an observation
 * of extractor "user": it wins over every page source on this and every later visit, until
 * `resetCorrection`. Returns the re-merged company, or undefined when it is not stored.
 */
export async function saveCorrection(
  companyId: string,
  facts: CompanyFacts,
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<CompanyRecord | undefined> {
  return db.transaction(
    'rw',
    [db.companyBuckets, db.observations, db.listingBuckets, db.icps],
    async () => {
      const company = await storedCompany(db, companyId);
      if (!company) return undefined;
      await db.observations.add({
        companyId,
        url: company.url,
        extractor: USER_EXTRACTOR,
        at,
        facts,
      });
      return remerge(db, companyId);
    },
  );
}

/**
 * Forgets every correction of one fact (the website with its domain): the pages' value is back.
 * Returns the re-merged company, or undefined when it is not stored.
 */
export async function resetCorrection(
  companyId: string,
  field: CorrectableFact,
  db: IcpLensDb = getDb(),
): Promise<CompanyRecord | undefined> {
  const names = correctedNames(field);
  return db.transaction(
    'rw',
    [db.companyBuckets, db.observations, db.listingBuckets, db.icps],
    async () => {
      const corrections = await db.observations
        .where('companyId')
        .equals(companyId)
        .filter((o) => o.extractor === USER_EXTRACTOR)
        .toArray();
      for (const observation of corrections) {
        const facts = { ...observation.facts };
        for (const name of names) delete facts[name];
        if (observation.id === undefined) continue;
        if (Object.keys(facts).length === 0) await db.observations.delete(observation.id);
        else await db.observations.update(observation.id, { facts });
      }
      return remerge(db, companyId);
    },
  );
}

/** When each of a stored company's facts was last seen and corrected (see `factTimes`). */
export async function factTimesOf(companyId: string, db: IcpLensDb = getDb()): Promise<FactTimes> {
  return db.transaction('r', db.companyBuckets, db.observations, async () => {
    const company = await storedCompany(db, companyId);
    return factTimes(company ? await observationsOf(db, company) : []);
  });
}
