import { exportDB } from 'dexie-export-import';
import { type ListedCompany, listingOf } from '../lists/listing';
import { type BackupProblem, backupProblemText, clip, rowIssueOf } from './backup-problems';
import { companySources } from './companies';
import { companyBucketsOf, countCompanies } from './company-store';
import { listingBucketsOf } from './listings';
import { bucketsOf } from './members';
import {
  BACKUP_RECORD_SCHEMAS,
  type BackupTableName,
  type LEGACY_RECORD_SCHEMAS,
  type TableName,
} from './records-schema';
import {
  type CompanyRecord,
  getDb,
  type IcpLensDb,
  type ListMemberRecord,
  type MemberBucketRecord,
} from './schema';
import { stripStoredUrls } from './stored-urls';

/**
 * A restore's outcome: each table's row count after it, or why nothing was changed: `problem` as
 * a code with parameters (for the UI to word), `error` the same in English.
 */
export type RestoreResult =
  | { ok: true; counts: Record<string, number> }
  | { ok: false; problem: BackupProblem; error: string };

const failed = (problem: BackupProblem): RestoreResult => ({
  ok: false,
  problem,
  error: backupProblemText(problem),
});

/** The whole database (ICPs, versions, companies, observations, scores, settings) as one file. */
export function exportDatabase(db: IcpLensDb = getDb()): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

interface ExportFile {
  formatName?: unknown;
  data?: {
    databaseName?: unknown;
    databaseVersion?: unknown;
    data?: { tableName?: unknown; inbound?: unknown; rows?: unknown }[];
  };
}

/** One table of a checked backup: the rows as they will be stored. */
type Row = Record<string, unknown>;

interface CheckedTable {
  name: BackupTableName;
  rows: Record<string, unknown>[];
}

/** Why a file is not a backup of this database, or undefined when it is one. */
function problemWith(file: ExportFile, db: IcpLensDb): BackupProblem | undefined {
  if (file?.formatName !== 'dexie' || typeof file.data !== 'object' || file.data === null)
    return { code: 'not-backup' };
  const { databaseName, databaseVersion, data } = file.data;
  if (databaseName !== db.name) return { code: 'other-database', name: clip(databaseName) };
  if (typeof databaseVersion !== 'number' || databaseVersion > db.verno)
    return { code: 'newer-version' };
  if (!Array.isArray(data)) return { code: 'no-tables' };
  const unknown = data.find(
    (t) => typeof t?.tableName !== 'string' || !(t.tableName in BACKUP_RECORD_SCHEMAS),
  );
  if (unknown) return { code: 'unknown-table', table: clip(unknown?.tableName) };
  const names = data.map((t) => t.tableName as BackupTableName);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) return { code: 'table-twice', table: twice };
  const damaged = data.find((t) => !Array.isArray(t.rows) || t.inbound === false);
  if (damaged) return { code: 'table-damaged', table: damaged.tableName as BackupTableName };
  return undefined;
}

/** A Typeson keypath ("companies.0.facts.name", `~1` for a dot and `~0` for a tilde) as keys. */
const keysOfPath = (path: string): string[] =>
  path.split('.').map((k) => k.replace(/~1/g, '.').replace(/~0/g, '~'));

/**
 * A row as dexie-export-import wrote it, back to a plain record: its `$types` map (keypath →
 * Typeson type) may only mark arrays (`arrayNonindexKeys`, plain JSON arrays already), properties
 * that were `undefined` (`undef`, removed) and repeats of an object met earlier in the same row
 * (`#`, the value being `#` and that object's keypath: since v11 a bucket's companies can share
 * one parsed fact, e.g. the same headquarters, and Typeson writes the second as a reference).
 * Any other type (Date, Blob, Map…) is nothing ICP Lens stores, and neither is a reference to
 * nothing or to the row itself: the reason is returned instead.
 */
function revive(row: unknown): unknown {
  if (!row || typeof row !== 'object' || !('$types' in row)) return row;
  const { $types: types, ...plain } = row as Record<string, unknown>;
  if (!types || typeof types !== 'object') return row;
  const entries = Object.entries(types as Record<string, unknown>);
  for (const [path, type] of entries) {
    if (type !== '#') continue;
    const keys = keysOfPath(path);
    const last = keys.pop() ?? '';
    const parent = valueAt(plain, keys);
    const ref =
      parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[last] : undefined;
    const target =
      typeof ref === 'string' && ref.length > 1 && ref.startsWith('#')
        ? valueAt(plain, keysOfPath(ref.slice(1)))
        : undefined;
    if (!target || typeof target !== 'object') return { $types: { [path]: type } };
    (parent as Record<string, unknown>)[last] = target;
  }
  for (const [path, type] of entries) {
    if (type === 'arrayNonindexKeys' || type === '#') continue;
    if (type !== 'undef') return { $types: { [path]: type } };
    const keys = keysOfPath(path);
    const last = keys.pop() ?? '';
    const at = valueAt(plain, keys);
    if (at && typeof at === 'object') delete (at as Record<string, unknown>)[last];
  }
  return plain;
}

/** The Typeson type `revive` found and refused (`{ $types: { path: type } }`), if any. */
function typeOf(revived: unknown): { field: string; type: string } | undefined {
  if (!revived || typeof revived !== 'object' || !('$types' in revived)) return undefined;
  const types = (revived as { $types: unknown }).$types;
  if (!types || typeof types !== 'object') return undefined;
  const [entry] = Object.entries(types);
  return entry && { field: clip(entry[0], 80), type: clip(entry[1], 40) };
}

/** The value at a zod issue's path inside a row (undefined when absent). */
function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let at = row;
  for (const key of path)
    at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** The primary key of a row, by the table's key path (a name, or a compound of names). */
function keyOf(row: Record<string, unknown>, keyPath: string | readonly string[] | null): string {
  const parts = Array.isArray(keyPath) ? keyPath : [keyPath ?? ''];
  return JSON.stringify(parts.map((p) => row[p]));
}

/**
 * Every row of every table checked against the stored records' schemas, and each table's keys
 * unique. Returns the rows to store (URLs stripped of query and fragment, as stored records
 * are), or the first problem, naming the table and the row (1-based) and the field.
 */
function checkTables(
  file: ExportFile,
  db: IcpLensDb,
): { name: TableName; rows: Record<string, unknown>[] }[] | BackupProblem {
  const checked: CheckedTable[] = [];
  for (const table of file.data?.data ?? []) {
    const name = table.tableName as BackupTableName;
    const schema = BACKUP_RECORD_SCHEMAS[name];
    const keyPath =
      name in LEGACY_KEY_PATHS
        ? LEGACY_KEY_PATHS[name as keyof typeof LEGACY_KEY_PATHS]
        : (db.table(name).schema.primKey.keyPath ?? null);
    const seen = new Set<string>();
    const rows: Record<string, unknown>[] = [];
    for (const [i, row] of (table.rows as unknown[]).entries()) {
      const revived = revive(row);
      const at = { table: name, row: i + 1 };
      const strange = typeOf(revived);
      if (strange) return { code: 'row-type', ...at, ...strange };
      const parsed = schema.safeParse(revived);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path ?? [];
        return {
          code: 'row-damaged',
          ...at,
          ...(path.length > 0 && { field: clip(path.map(String).join('.'), 80) }),
          issue: rowIssueOf(issue, valueAt(revived, path)),
        };
      }
      const record = stripStoredUrls(name, parsed.data as Record<string, unknown>);
      const key = keyOf(record, keyPath);
      if (seen.has(key)) {
        const shown = (JSON.parse(key) as unknown[]).map(String).join(' + ');
        return { code: 'row-key-repeated', ...at, key: clip(shown, 80) };
      }
      seen.add(key);
      rows.push(record);
    }
    checked.push({ name, rows });
  }
  const flat = unbucketCompanies(checked);
  fillSources(flat);
  return withMemberBuckets(withCompanyBuckets(withListings(flat)));
}

/** The keys of the legacy tables a backup may hold (they are no longer in the database). */
const LEGACY_KEY_PATHS = {
  companies: ['id'],
  scores: ['icpId', 'companyId'],
  listMembers: ['listId', 'companyId'],
  listings: ['icpId', 'companyId'],
} as const satisfies Record<keyof typeof LEGACY_RECORD_SCHEMAS, readonly string[]>;

/**
 * The companies of a checked backup as rows of one `companies` table: its `companies` rows (until
 * v10) and the companies inside its `companyBuckets` (v11 and later), for the steps that read
 * companies (`fillSources`, `withListings`) and `withCompanyBuckets`, which groups them back.
 */
function unbucketCompanies(tables: CheckedTable[]): CheckedTable[] {
  const inBuckets = tables
    .filter((t) => t.name === 'companyBuckets')
    .flatMap((t) => t.rows.flatMap((b) => b.companies as Row[]));
  if (inBuckets.length === 0) return tables;
  const rows = [...(tables.find((t) => t.name === 'companies')?.rows ?? []), ...inBuckets];
  return [
    ...tables.filter((t) => t.name !== 'companies' && t.name !== 'companyBuckets'),
    { name: 'companies', rows },
  ];
}

/**
 * The companies of a checked backup (`unbucketCompanies`) stored as since v11: grouped into
 * buckets by `companyBucketsOf`, with their `ids` and `keys` rebuilt (a bucket written under
 * another bucketing, or edited by hand, lands where company-store.ts reads it). The same id twice:
 * the later company wins. Returns the tables with `companyBuckets` and without `companies`.
 */
function withCompanyBuckets(tables: CheckedTable[]): CheckedTable[] {
  const companies = tables.find((t) => t.name === 'companies')?.rows ?? [];
  return [
    ...tables.filter((t) => t.name !== 'companies' && t.name !== 'companyBuckets'),
    {
      name: 'companyBuckets',
      rows: companyBucketsOf(companies as unknown as CompanyRecord[]) as unknown as Row[],
    },
  ];
}

/**
 * The memberships of a checked backup as they are stored since v9: its `memberBuckets` (v9 and
 * later) and, from a backup made before v9, its `listMembers` rows, regrouped into buckets by
 * `bucketsOf` (a bucket written under another bucketing lands where members.ts reads it). The
 * same list and company twice: the later row wins. Returns the tables without `listMembers`.
 */
function withMemberBuckets<T extends { name: BackupTableName; rows: Record<string, unknown>[] }>(
  tables: T[],
): { name: TableName; rows: Record<string, unknown>[] }[] {
  const members = tables.flatMap((t) =>
    t.name === 'listMembers'
      ? (t.rows as unknown as ListMemberRecord[])
      : t.name === 'memberBuckets'
        ? (t.rows as unknown as MemberBucketRecord[]).flatMap((b) => b.members)
        : [],
  );
  return [
    ...tables.flatMap((t) =>
      t.name === 'listMembers' || t.name === 'memberBuckets'
        ? []
        : [{ name: t.name as TableName, rows: t.rows }],
    ),
    { name: 'memberBuckets', rows: bucketsOf(members) as unknown as Record<string, unknown>[] },
  ];
}

/**
 * The listings to store with a checked backup: its listing buckets (v9 and later), its listings
 * (v7–v8, one row each) and, from a backup made before v8, its `scores` (since v8 a listing holds
 * the score), each rebuilt with its company's record (the tier's position from its ICPs' tiers
 * when the row does not carry it), so they always agree with the companies, and grouped into
 * buckets (`listingBucketsOf`). A score and a listing of the same ICP and company: the later one
 * wins. Returns the tables to store, with `listingBuckets` and without `scores` or `listings`.
 */
function withListings(tables: CheckedTable[]): CheckedTable[] {
  const rows = (name: BackupTableName) => tables.find((t) => t.name === name)?.rows ?? [];
  const tierNames = new Map(
    rows('icps').map((r) => [
      String(r.id),
      ((r.icp as { tiers?: { name: string }[] }).tiers ?? []).map((t) => t.name),
    ]),
  );
  const companies = new Map(
    rows('companies').map((c) => [String(c.id), c as unknown as ListedCompany]),
  );
  type Scored = Parameters<typeof listingOf>[1] & { companyId: string };
  const scored = [
    ...rows('scores').map((r) => r as unknown as Scored),
    ...[...rows('listings'), ...rows('listingBuckets').flatMap((b) => b.listings as Row[])].map(
      (r) => ({ ...r, at: r.updatedAt }) as unknown as Scored,
    ),
  ];
  const latest = new Map<string, Scored>();
  for (const s of scored) {
    const key = JSON.stringify([s.icpId, s.companyId]);
    const before = latest.get(key);
    if (!before || before.at <= s.at) latest.set(key, s);
  }
  const listings = [...latest.values()].flatMap((s) => {
    const company = companies.get(s.companyId);
    if (!company) return [];
    const index =
      s.tierIndex ?? (s.tierKind === 'tier' ? (tierNames.get(s.icpId) ?? []).indexOf(s.tier) : -1);
    const { tierIndex: _, ...score } = s;
    return [listingOf(company, { ...score, ...(index >= 0 && { tierIndex: index }) })];
  });
  const replaced = new Set<BackupTableName>(['listings', 'listingBuckets', 'scores']);
  return [
    ...tables.filter((t) => !replaced.has(t.name)),
    { name: 'listingBuckets', rows: listingBucketsOf(listings) as unknown as Row[] },
  ];
}

/**
 * A backup from before version 6 has companies without `sources`: they are filled from the
 * backup's observations (see `companySources`), as the v6 upgrade does. Changes rows in place.
 */
function fillSources(tables: CheckedTable[]): void {
  const companies = tables.find((t) => t.name === 'companies')?.rows ?? [];
  if (companies.every((c) => Array.isArray(c.sources))) return;
  const seen = new Map<string, { extractor: string }[]>();
  for (const o of tables.find((t) => t.name === 'observations')?.rows ?? []) {
    if (typeof o.companyId !== 'string' || typeof o.extractor !== 'string') continue;
    const list = seen.get(o.companyId) ?? [];
    list.push({ extractor: o.extractor });
    seen.set(o.companyId, list);
  }
  for (const c of companies)
    if (!Array.isArray(c.sources)) c.sources = companySources(seen.get(String(c.id)) ?? []);
}

/**
 * Replaces everything stored with a backup, all or nothing. The whole file is read and checked
 * first: ours, this database, known tables, not from a newer version, and every row of every
 * table valid by its record schema with a unique key (a bad row is named in the message). Only
 * then are all tables cleared and filled, in one transaction: any error on the way (quota, a
 * constraint) rolls every table back to exactly what it was.
 */
export async function restoreDatabase(blob: Blob, db: IcpLensDb = getDb()): Promise<RestoreResult> {
  let file: ExportFile;
  try {
    file = JSON.parse(await blob.text()) as ExportFile;
  } catch {
    return failed({ code: 'not-json' });
  }
  if (!db.isOpen()) await db.open();
  const problem = problemWith(file, db);
  if (problem) return failed(problem);
  const tables = checkTables(file, db);
  if (!Array.isArray(tables)) return failed(tables);
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      for (const { name, rows } of tables) await db.table(name).bulkAdd(rows);
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'QuotaExceededError')
      return failed({ code: 'storage-full' });
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return failed({ code: 'not-restored', reason: clip(reason, 200) });
  }
  const counts: Record<string, number> = {};
  const bucketed = new Set([db.memberBuckets.name, db.listingBuckets.name, db.companyBuckets.name]);
  for (const table of db.tables)
    if (!bucketed.has(table.name)) counts[table.name] = await table.count();
  // Companies, memberships and listings are counted one by one, as the user knows them, not by
  // bucket.
  counts.companies = await countCompanies(db);
  counts.listMembers = 0;
  await db.memberBuckets.each((b) => {
    counts.listMembers = (counts.listMembers ?? 0) + b.members.length;
  });
  counts.listings = 0;
  await db.listingBuckets.each((b) => {
    counts.listings = (counts.listings ?? 0) + b.listings.length;
  });
  return { ok: true, counts };
}
