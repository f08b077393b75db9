import type { CompanyFacts, Fact } from '../facts';
import { storableUrl } from '../normalize/domain';
import type { BackupTableName } from './records-schema';

const isHttpUrl = (text: string) => /^https?:\/\//i.test(text);
const strip = (text: string) => (isHttpUrl(text) ? storableUrl(text) : text);

/**
 * The URLs inside facts as they are stored, without query and fragment (see `storableUrl`): the
 * website, the careers page, social profiles, and every fact's evidence that is a link.
 */
export function stripFactUrls(facts: CompanyFacts): CompanyFacts {
  const out: Record<string, Fact<unknown>> = {};
  for (const [name, fact] of Object.entries(facts) as [string, Fact<unknown> | undefined][])
    if (fact) out[name] = { ...fact, evidence: strip(fact.evidence) };
  const stripped = out as CompanyFacts;
  if (stripped.website)
    stripped.website = { ...stripped.website, value: strip(stripped.website.value) };
  if (stripped.hiring?.value.careersUrl)
    stripped.hiring = {
      ...stripped.hiring,
      value: { ...stripped.hiring.value, careersUrl: strip(stripped.hiring.value.careersUrl) },
    };
  if (stripped.socialProfiles)
    stripped.socialProfiles = {
      ...stripped.socialProfiles,
      value: stripped.socialProfiles.value.map((p) => ({ ...p, url: strip(p.url) })),
    };
  return stripped;
}

/** A company id as stored: "url:<page>" ids lose the page's query and fragment too. */
export const stripCompanyId = (id: string): string =>
  id.startsWith('url:') ? `url:${strip(id.slice(4))}` : id;

/**
 * A record of `table` with every URL it holds in the stored form: page URLs, URL-based company
 * ids (and the references to them), the URLs inside facts. Records of other tables are returned
 * as they are. Used when a backup is restored, so an old backup brings back no secret.
 */
export function stripStoredUrls(
  table: BackupTableName,
  record: Record<string, unknown>,
): Record<string, unknown> {
  const r = { ...record };
  if (typeof r.url === 'string') r.url = strip(r.url);
  if (r.facts && typeof r.facts === 'object') r.facts = stripFactUrls(r.facts as CompanyFacts);
  if (table === 'companyBuckets' && Array.isArray(r.companies))
    r.companies = r.companies.map((c: unknown) =>
      c && typeof c === 'object' ? stripStoredUrls('companies', c as Record<string, unknown>) : c,
    );
  if (table === 'companies' && typeof r.id === 'string') {
    r.id = stripCompanyId(r.id);
    if (Array.isArray(r.keys))
      r.keys = r.keys.map((k) => (typeof k === 'string' ? stripCompanyId(k) : k));
  }
  if ((table === 'observations' || table === 'scores') && typeof r.companyId === 'string')
    r.companyId = stripCompanyId(r.companyId);
  return r;
}
