import { exportDB, importInto } from 'dexie-export-import';
import { getDb, type IcpLensDb } from './schema';

export type RestoreResult =
  | { ok: true; counts: Record<string, number> }
  | { ok: false; error: string };

/** The whole database (ICPs, versions, companies, observations, scores, settings) as one file. */
export function exportDatabase(db: IcpLensDb = getDb()): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

interface ExportFile {
  formatName?: unknown;
  data?: {
    databaseName?: unknown;
    databaseVersion?: unknown;
    data?: { tableName?: unknown; rows?: unknown }[];
  };
}

/** Why a file is not a backup of this database, or undefined when it is one. */
function problemWith(file: ExportFile, db: IcpLensDb): string | undefined {
  if (file?.formatName !== 'dexie' || typeof file.data !== 'object' || file.data === null)
    return 'This is not an ICP Lens backup file.';
  const { databaseName, databaseVersion, data } = file.data;
  if (databaseName !== db.name)
    return `This backup is of another database ("${String(databaseName).slice(0, 60)}").`;
  if (typeof databaseVersion !== 'number' || databaseVersion > db.verno)
    return 'This backup was made by a newer version of ICP Lens; update the extension first.';
  if (!Array.isArray(data)) return 'The backup holds no tables.';
  const known = new Set(db.tables.map((t) => t.name));
  const unknown = data.find((t) => typeof t?.tableName !== 'string' || !known.has(t.tableName));
  if (unknown)
    return `The backup has a table this version does not know: ${String(unknown?.tableName).slice(0, 60)}.`;
  if (data.some((t) => !Array.isArray(t.rows))) return 'A table of the backup is damaged.';
  return undefined;
}

/**
 * Replaces everything stored with a backup. The whole file is read and checked first (ours, this
 * database, known tables, not from a newer version); only then are the tables cleared and
 * filled, in one transaction. A bad file changes nothing.
 */
export async function restoreDatabase(blob: Blob, db: IcpLensDb = getDb()): Promise<RestoreResult> {
  let file: ExportFile;
  try {
    file = JSON.parse(await blob.text()) as ExportFile;
  } catch {
    return { ok: false, error: 'The file is not a complete backup (it does not read as JSON).' };
  }
  if (!db.isOpen()) await db.open();
  const problem = problemWith(file, db);
  if (problem) return { ok: false, error: problem };
  try {
    await importInto(db, new Blob([JSON.stringify(file)]), {
      clearTablesBeforeImport: true,
      acceptVersionDiff: true,
      acceptMissingTables: true,
    });
  } catch (error) {
    return { ok: false, error: `The backup could not be restored: ${String(error).slice(0, 200)}` };
  }
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return { ok: true, counts };
}
