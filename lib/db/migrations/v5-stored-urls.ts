import type { Transaction } from 'dexie';

/*
 * Dexie version 5: stored URLs lose their query string and fragment (reset tokens, session ids).
 * Frozen: this file must keep doing exactly what it did when version 5 shipped, so it depends on
 * no helper that may change later (not `storableUrl`, not the record schemas).
 */

type Row = Record<string, unknown>;

/** The URL without query, fragment and credentials; text that is not an http(s) URL unchanged. */
export function stripUrlV5(text: string): string {
  if (!/^https?:\/\//i.test(text)) return text;
  try {
    const url = new URL(text);
    url.search = '';
    url.hash = '';
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return text;
  }
}

const stripId = (id: unknown) =>
  typeof id === 'string' && id.startsWith('url:') ? `url:${stripUrlV5(id.slice(4))}` : id;

const obj = (value: unknown): Row | undefined =>
  value && typeof value === 'object' ? (value as Row) : undefined;

function stripFacts(facts: unknown): unknown {
  const f = obj(facts);
  if (!f) return facts;
  const out: Row = {};
  for (const [name, value] of Object.entries(f)) {
    const fact = obj(value);
    out[name] =
      fact && typeof fact.evidence === 'string'
        ? { ...fact, evidence: stripUrlV5(fact.evidence) }
        : value;
  }
  const website = obj(out.website);
  if (website && typeof website.value === 'string')
    out.website = { ...website, value: stripUrlV5(website.value) };
  const hiring = obj(out.hiring);
  const hiringValue = obj(hiring?.value);
  if (hiring && typeof hiringValue?.careersUrl === 'string')
    out.hiring = {
      ...hiring,
      value: { ...hiringValue, careersUrl: stripUrlV5(hiringValue.careersUrl) },
    };
  const social = obj(out.socialProfiles);
  if (social && Array.isArray(social.value))
    out.socialProfiles = {
      ...social,
      value: social.value.map((p: unknown) => {
        const profile = obj(p);
        return profile && typeof profile.url === 'string'
          ? { ...profile, url: stripUrlV5(profile.url) }
          : p;
      }),
    };
  return out;
}

/**
 * Rewrites companies, observations and scores in place. A company whose id was its page URL gets
 * the stripped id (its observations and scores follow); two such companies that become one id
 * are joined: earliest first sighting, the latest record's other fields.
 */
export async function migrateStoredUrlsV5(tx: Transaction): Promise<void> {
  const companies = tx.table<Row, string>('companies');
  const observations = tx.table<Row, number>('observations');
  const scores = tx.table<Row, [string, string]>('scores');

  const all = await companies.toArray();
  const byId = new Map<string, Row>();
  for (const c of all) {
    const id = stripId(c.id) as string;
    const next: Row = {
      ...c,
      id,
      ...(typeof c.url === 'string' && { url: stripUrlV5(c.url) }),
      facts: stripFacts(c.facts),
      ...(Array.isArray(c.keys) && { keys: c.keys.map(stripId) }),
    };
    const seen = byId.get(id);
    if (!seen) byId.set(id, next);
    else {
      const [older, newer] =
        Number(seen.lastSeen) <= Number(next.lastSeen) ? [seen, next] : [next, seen];
      byId.set(id, {
        ...newer,
        firstSeen: Math.min(Number(older.firstSeen), Number(newer.firstSeen)),
      });
    }
  }
  await companies.clear();
  await companies.bulkPut([...byId.values()]);

  await observations.toCollection().modify((o) => {
    o.companyId = stripId(o.companyId);
    if (typeof o.url === 'string') o.url = stripUrlV5(o.url);
    o.facts = stripFacts(o.facts);
  });

  const moved = (await scores.toArray()).filter((s) => stripId(s.companyId) !== s.companyId);
  if (moved.length > 0) {
    await scores.bulkDelete(moved.map((s) => [s.icpId, s.companyId] as [string, string]));
    await scores.bulkPut(moved.map((s) => ({ ...s, companyId: stripId(s.companyId) })));
  }
}
