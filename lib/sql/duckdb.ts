import type { DuckDBConnection } from '@duckdb/node-api';
import { COMPANY_COLUMNS, type CompanyRecord } from './table';

/** One row of the compiled query's result. */
export interface SqlScore {
  source_row: number;
  name: string | null;
  domain: string | null;
  tier: string;
  tier_kind: string;
  score: number;
  confidence: number;
  score_min: number;
  score_max: number;
  disqualified_by: string | null;
}

/** An in-memory DuckDB (embedded, no server, no network). Loaded on demand: it is native code. */
export async function openDuckDb(): Promise<DuckDBConnection> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

const sqlType = (kind: 'text' | 'number') => (kind === 'text' ? 'VARCHAR' : 'DOUBLE');

/** `CREATE TABLE <name> (…)` with the normalised company columns. */
export function createTableSql(name = 'companies'): string {
  const columns = COMPANY_COLUMNS.map(([column, kind]) => `${column} ${sqlType(kind)}`);
  return `CREATE TABLE ${name} (${columns.join(', ')})`;
}

/**
 * Fills a new `companies` table from records as they come (DuckDB's appender, flushed every
 * 100,000 rows, so memory stays flat). Returns the number of rows.
 */
export async function loadRecords(
  connection: DuckDBConnection,
  fill: (add: (record: CompanyRecord) => void) => Promise<void>,
): Promise<number> {
  await connection.run(createTableSql());
  const appender = await connection.createAppender('companies');
  let count = 0;
  await fill((record) => {
    for (const [column, kind] of COMPANY_COLUMNS) {
      const value = record[column];
      if (value === null) appender.appendNull();
      else if (kind === 'number') appender.appendDouble(Number(value));
      else appender.appendVarchar(String(value));
    }
    appender.endRow();
    if (++count % 100_000 === 0) appender.flushSync();
  });
  appender.closeSync();
  return count;
}

/** A normalised table already on disk (Parquet, or CSV written by `normalize`) as `companies`. */
export async function attachTableFile(connection: DuckDBConnection, path: string): Promise<void> {
  const file = `'${path.replaceAll("'", "''")}'`;
  if (/\.parquet$/i.test(path)) {
    await connection.run(`CREATE VIEW companies AS SELECT * FROM read_parquet(${file})`);
    return;
  }
  const types = COMPANY_COLUMNS.map(([c, kind]) => `'${c}': '${sqlType(kind)}'`).join(', ');
  await connection.run(
    `CREATE VIEW companies AS SELECT * FROM read_csv(${file}, header = true, columns = {${types}})`,
  );
}

/** Runs a query and hands its rows on chunk by chunk (DuckDB vectors of 2,048 rows). */
export async function eachSqlRow(
  connection: DuckDBConnection,
  query: string,
  onRow: (row: SqlScore) => void,
): Promise<void> {
  const result = await connection.stream(query);
  const names = result.columnNames();
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const row of chunk.getRowObjects(names)) onRow(row as unknown as SqlScore);
  }
}

/** Writes the `companies` table to a Parquet file. */
export async function writeParquet(connection: DuckDBConnection, path: string): Promise<void> {
  await connection.run(
    `COPY companies TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`,
  );
}
