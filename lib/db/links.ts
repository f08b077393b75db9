import {
  claimedSlug,
  dismissedLinkKey,
  type LinkClaim,
  linkClaim,
  linkObservation,
} from '../company/link';
import { recordObservation } from './companies';
import { companiesWithKeys, storedCompany } from './company-store';
import { type CompanyRecord, getDb, type IcpLensDb } from './schema';

/** The stored LinkedIn company with this slug as an identity key, if any. */
async function linkedinCompany(db: IcpLensDb, slug: string): Promise<CompanyRecord | undefined> {
  const found = await companiesWithKeys(db, [`li:${slug}`]);
  return found.find((c) => c.linkedinSlug === slug);
}

/**
 * The "same company?" question to ask for a stored company (see `linkClaim`), or undefined when
 * there is none: no claim, no such LinkedIn company stored, already one company, or the user
 * said "No" to this pair.
 */
export async function pendingLinkClaim(
  companyId: string,
  db: IcpLensDb = getDb(),
): Promise<LinkClaim | undefined> {
  const site = await storedCompany(db, companyId);
  const slug = site && claimedSlug(site);
  if (!site || !slug) return undefined;
  const dismissed = (await db.settings.get(dismissedLinkKey(site.id, slug))) !== undefined;
  if (dismissed) return undefined;
  return linkClaim(site, await linkedinCompany(db, slug));
}

/**
 * The user's "Yes, same company": stores a `user-link` observation (`linkObservation`) that joins
 * the website company into the LinkedIn company. Returns the joined company, or undefined when
 * the question no longer stands (either company gone, already joined, dismissed).
 */
export async function confirmLink(
  siteCompanyId: string,
  linkedinCompanyId: string,
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<CompanyRecord | undefined> {
  const claim = await pendingLinkClaim(siteCompanyId, db);
  const site = await storedCompany(db, siteCompanyId);
  if (!claim || !site?.domain || claim.companyId !== linkedinCompanyId) return undefined;
  return recordObservation(linkObservation(site.url, claim.slug, site.domain), at, db);
}

/** The user's "No": this website company is not asked about this LinkedIn slug again. */
export async function dismissLink(
  siteCompanyId: string,
  slug: string,
  at: number = Date.now(),
  db: IcpLensDb = getDb(),
): Promise<void> {
  await db.settings.put({ key: dismissedLinkKey(siteCompanyId, slug), value: at });
}
