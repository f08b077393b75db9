import type { CompanyRecord, ObservationRecord } from '../records';
import { putCompanies } from './company-store';
import type { IcpLensDb } from './schema';

/**
 * The observation a company record stands for (`impliedObservation`: an imported company whose
 * only observation is its own facts), or undefined. Pure.
 */
export function impliedObservationOf(company: CompanyRecord): ObservationRecord | undefined {
  const implied = company.impliedObservation;
  if (!implied) return undefined;
  return {
    companyId: company.id,
    url: company.url,
    extractor: implied.extractor,
    at: implied.at,
    facts: company.facts,
  };
}

/**
 * Every observation of a stored company, oldest first: its stored rows and the one its record
 * implies, if any (see `impliedObservationOf`). Reads only; the caller's transaction, if any,
 * must include `observations`.
 */
export async function observationsOf(
  db: IcpLensDb,
  company: CompanyRecord,
): Promise<ObservationRecord[]> {
  const stored = await db.observations.where('companyId').equals(company.id).toArray();
  const implied = impliedObservationOf(company);
  const all = implied ? [implied, ...stored] : stored;
  return all.sort((a, b) => a.at - b.at);
}

/**
 * Stores the implied observation of each company that has one as an observation row and drops
 * `impliedObservation` from its record, so the company can be re-merged, joined into another
 * or corrected like any other. Returns the companies as stored now (same order). The caller's
 * transaction must include `companies` and `observations`.
 */
export async function keepImpliedObservations(
  db: IcpLensDb,
  companies: readonly CompanyRecord[],
): Promise<CompanyRecord[]> {
  const kept: CompanyRecord[] = [];
  for (const company of companies) {
    const implied = impliedObservationOf(company);
    if (!implied) {
      kept.push(company);
      continue;
    }
    const { impliedObservation: _, ...plain } = company;
    await db.observations.add(implied);
    await putCompanies(db, [plain]);
    kept.push(plain);
  }
  return kept;
}
