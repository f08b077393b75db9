/*
 * Dexie version 2 (company websites): each company gets `keys`, the lookup keys it is found by
 * (LinkedIn slug, domain). Frozen: the key rules as they were when version 2 shipped, copied
 * from `keysOf`/`lookupKeys` (lib/company/resolve.ts), so a later change to how companies are
 * keyed cannot change what this old upgrade did.
 */

type Row = Record<string, unknown>;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const stringValue = (fact: unknown): string | undefined => {
  const value = fact && typeof fact === 'object' ? (fact as Row).value : undefined;
  return typeof value === 'string' && value ? value : undefined;
};

/**
 * The lookup keys of a company's facts as version 2 wrote them: `li:<slug>` (lower-cased,
 * percent-decoded) then `domain:<domain>` (lower-cased, without "www."); either may be absent.
 */
export function companyKeysV2(facts: unknown): string[] {
  const f = facts && typeof facts === 'object' ? (facts as Row) : {};
  const slug = stringValue(f.linkedinSlug);
  const domain = stringValue(f.domain);
  return [
    ...(slug ? [`li:${decode(slug).toLowerCase()}`] : []),
    ...(domain ? [`domain:${domain.toLowerCase().replace(/^www\./, '')}`] : []),
  ];
}
