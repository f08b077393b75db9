import { companyIdFor } from '../company/identity';
import { mergeObservations } from '../company/merge';
import type { Extraction } from '../facts';
import { companyFactsSchema } from '../facts-schema';
import type { ScoreResult } from '../scoring/types';
import { type CompanyRecord, getDb, type IcpLensDb } from './schema';

/**
 * Stores what a page said as an observation, and re-merges the company from all of its
 * observations. Returns the updated company.
 */
export async function recordObservation(
  extraction: Extraction,
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<CompanyRecord> {
  const id = companyIdFor(extraction.facts, extraction.url);
  return db.transaction('rw', db.companies, db.observations, async () => {
    await db.observations.add({
      companyId: id,
      url: extraction.url,
      extractor: extraction.extractor,
      at,
      facts: extraction.facts,
    });
    const observations = await db.observations.where('companyId').equals(id).toArray();
    const facts = mergeObservations(observations);
    const existing = await db.companies.get(id);
    const company: CompanyRecord = {
      id,
      name: facts.name?.value,
      linkedinSlug: facts.linkedinSlug?.value,
      domain: facts.domain?.value,
      facts,
      url: extraction.url,
      firstSeen: existing?.firstSeen ?? at,
      lastSeen: at,
    };
    await db.companies.put(company);
    return company;
  });
}

/** A stored company, re-validated: a record that no longer parses reads as absent. */
export async function getCompany(
  id: string,
  db: IcpLensDb = getDb(),
): Promise<CompanyRecord | undefined> {
  const record = await db.companies.get(id);
  if (!record) return undefined;
  const facts = companyFactsSchema.safeParse(record.facts);
  return facts.success ? { ...record, facts: facts.data } : undefined;
}

export async function saveScores(
  companyId: string,
  scores: readonly { icpId: string; result: ScoreResult }[],
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.scores.bulkPut(
    scores.map(({ icpId, result }) => ({
      icpId,
      companyId,
      tier: result.tier,
      tierKind: result.tierKind,
      score: result.score,
      confidence: result.confidence,
      at,
    })),
  );
}
