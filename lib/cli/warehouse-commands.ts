import { createWriteStream } from 'node:fs';
import { csvCell } from '../csv/write';
import { compileIcpToSql, SqlCompileError } from '../sql/compile';
import type { Dialect } from '../sql/dialects';
import { COMPANY_COLUMNS, type CompanyRecord, companyRecord } from '../sql/table';
import { EXIT, type ExitCode, InputError } from './io';
import { loadIcp, reportReading } from './score-command';
import { eachCompanyInFile, type FileIo } from './stream-input';
import { terminalSafe } from './terminal';

function compile(io: FileIo, icpPath: string | undefined, dialect: Dialect, table?: string) {
  const icp = loadIcp(io, icpPath);
  try {
    return compileIcpToSql(icp, dialect, table);
  } catch (error) {
    if (error instanceof SqlCompileError) throw new InputError(error.message);
    throw error;
  }
}

/** `sql [--icp icp.json] --dialect <d> [--table <name>]`: the ICP as one query, on stdout. */
export function sqlCommand(
  io: FileIo,
  options: { icp?: string; dialect: Dialect; table?: string },
): ExitCode {
  io.stdout(compile(io, options.icp, options.dialect, options.table));
  return EXIT.ok;
}

/** Plain RFC 4180 (no spreadsheet formula guard: this file is for loading, not for Excel). */
function rawCsvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** Every company of an export as normalised records, with the reading report on stderr. */
async function eachRecord(io: FileIo, path: string, add: (r: CompanyRecord) => void) {
  let count = 0;
  const summary = await eachCompanyInFile(io, path, ({ row, facts }) => {
    add(companyRecord(row, facts));
    count++;
  });
  reportReading(io, path, count, summary);
  if (count === 0)
    throw new InputError(`No company could be read from ${path}.`, {
      key: 'cli_error_no_company',
      subs: [path],
    });
  return count;
}

/**
 * `normalize <export> --out companies.csv|companies.parquet`: the normalised company table (see
 * lib/sql/table.ts) from any export `score` reads, for loading into a warehouse. CSV is streamed;
 * Parquet is written through embedded DuckDB.
 */
export async function normalizeCommand(io: FileIo, path: string, out: string): Promise<ExitCode> {
  if (/\.parquet$/i.test(out)) {
    const { loadRecords, openDuckDb, writeParquet } = await import('../sql/duckdb');
    const connection = await openDuckDb();
    try {
      await loadRecords(connection, (add) => eachRecord(io, path, add).then(() => undefined));
      await writeParquet(connection, out);
    } finally {
      connection.closeSync();
    }
    return EXIT.ok;
  }
  if (!/\.csv$/i.test(out)) throw new InputError(`--out ${out}: write a .csv or a .parquet file.`);
  const file = createWriteStream(out);
  let buffer = `${COMPANY_COLUMNS.map(([c]) => c).join(',')}\n`;
  await eachRecord(io, path, (record) => {
    buffer += `${COMPANY_COLUMNS.map(([c]) => rawCsvCell(record[c])).join(',')}\n`;
    if (buffer.length > 1 << 20) {
      file.write(buffer);
      buffer = '';
    }
  });
  await new Promise<void>((resolve, reject) => {
    file.on('error', reject);
    file.end(buffer, resolve);
  });
  return EXIT.ok;
}

/**
 * `score --engine duckdb [--icp icp.json] <file>`: the compiled query run in embedded DuckDB over
 * a normalised table (.parquet, or a .csv written by `normalize`) or any export (normalised on
 * the fly). Prints the ranking CSV `score --format csv` prints.
 */
export async function duckdbScoreCommand(
  io: FileIo,
  path: string,
  options: { icp?: string },
): Promise<ExitCode> {
  const query = compile(io, options.icp, 'duckdb');
  const { attachTableFile, eachSqlRow, loadRecords, openDuckDb } = await import('../sql/duckdb');
  const connection = await openDuckDb();
  try {
    if (/\.parquet$/i.test(path) || (await isNormalisedCsv(io, path)))
      await attachTableFile(connection, path);
    else await loadRecords(connection, (add) => eachRecord(io, path, add).then(() => undefined));
    let buffer = 'row,company,domain,tier,score,confidence,disqualified_by\r\n';
    await eachSqlRow(connection, query, (r) => {
      const cells = [
        r.source_row,
        terminalSafe(r.name ?? ''),
        terminalSafe(r.domain ?? ''),
        r.tier,
        r.score,
        Math.round(r.confidence * 100),
        r.disqualified_by ?? '',
      ];
      buffer += `${cells.map(csvCell).join(',')}\r\n`;
      if (buffer.length > 1 << 16) {
        io.stdout(buffer);
        buffer = '';
      }
    });
    io.stdout(buffer);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `DuckDB could not score ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    connection.closeSync();
  }
  return EXIT.ok;
}

/** Whether the file starts with the normalised table's header (its first chunk is enough). */
async function isNormalisedCsv(io: FileIo, path: string): Promise<boolean> {
  if (!io.readChunks) return false;
  try {
    for (const chunk of io.readChunks(path)) {
      const head = new TextDecoder().decode(chunk.subarray(0, 4096)).replace(/^\uFEFF/, '');
      return head.startsWith(`${COMPANY_COLUMNS[0][0]},${COMPANY_COLUMNS[1][0]},`);
    }
  } catch {
    // unreadable: not the normalised table (the reader reports the problem)
  }
  return false;
}
