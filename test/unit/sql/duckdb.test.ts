import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import { scoreCompany } from '@/lib/scoring/score';
import { compileIcpToSql, SQL_FIELDS, SqlCompileError } from '@/lib/sql/compile';
import { eachSqlRow, loadRecords, openDuckDb, type SqlScore } from '@/lib/sql/duckdb';
import { companyRecord } from '@/lib/sql/table';
import { corpus, everyFieldAndMore, icps, trickyIcp } from './corpus';

/** The ICP with only the criteria the SQL table can answer (templates may use funding, hiring). */
function sqlPart(icp: Icp): Icp {
  const known = new Set<string>(SQL_FIELDS);
  return { ...icp, criteria: icp.criteria.filter((c) => known.has(c.field)) };
}

describe('the ICP compiled to SQL, run in DuckDB', () => {
  let connection: DuckDBConnection;
  let companies: CompanyFacts[];
  beforeAll(async () => {
    companies = corpus(2000);
    connection = await openDuckDb();
    await loadRecords(connection, async (add) => {
      for (let i = 0; i < companies.length; i++)
        add(companyRecord(i + 1, companies[i] as CompanyFacts));
    });
  }, 60_000);
  afterAll(() => connection?.closeSync());

  it.each([...icps(), ['quotes and backslashes', trickyIcp] as [string, Icp]])(
    'gives the same tier, score and confidence as the TypeScript engine (%s)',
    async (_, whole) => {
      const icp = sqlPart(whole);
      const rows: SqlScore[] = [];
      await eachSqlRow(connection, compileIcpToSql(icp, 'duckdb'), (row) => rows.push(row));
      expect(rows).toHaveLength(companies.length);
      rows.sort((a, b) => a.source_row - b.source_row);
      const kinds = new Set<string>();
      rows.forEach((row, i) => {
        const ts = scoreCompany(icp, companies[i] as CompanyFacts);
        const where = `row ${row.source_row}`;
        expect(row.source_row, where).toBe(i + 1);
        expect([row.tier, row.tier_kind], where).toEqual([ts.tier, ts.tierKind]);
        expect(row.score, where).toBeCloseTo(ts.score, 1);
        expect(row.confidence, where).toBeCloseTo(ts.confidence, 9);
        expect([row.score_min, row.score_max], where).toEqual([
          ts.scoreRange.min,
          ts.scoreRange.max,
        ]);
        expect(row.disqualified_by, where).toBe(ts.disqualifiedBy?.label ?? null);
        kinds.add(row.tier_kind);
      });
      expect(kinds.size).toBeGreaterThan(1);
    },
  );

  it('refuses a criterion the table cannot answer, naming it', () => {
    expect(() => compileIcpToSql(everyFieldAndMore, 'duckdb')).toThrow(SqlCompileError);
    expect(() => compileIcpToSql(everyFieldAndMore, 'duckdb')).toThrow(/businessModel criterion/);
  });
});
