import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { compileIcpToSql, SQL_FIELDS } from '@/lib/sql/compile';
import { DIALECTS, type Dialect } from '@/lib/sql/dialects';
import { icps, trickyIcp as tricky } from './corpus';

/** node-sql-parser's grammar for each dialect (Spark SQL parses with its Hive grammar). */
const GRAMMAR: Readonly<Record<Exclude<Dialect, 'duckdb'>, string>> = {
  postgres: 'Postgresql',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
  spark: 'Hive',
};

const parser = new Parser();
const sqlIcps = icps().map(([name, whole]): [string, typeof whole] => [
  name,
  {
    ...whole,
    criteria: whole.criteria.filter((c) => (SQL_FIELDS as readonly string[]).includes(c.field)),
  },
]);

describe('the compiled SQL in every warehouse dialect', () => {
  for (const dialect of DIALECTS) {
    if (dialect === 'duckdb') continue; // run for real in duckdb.test.ts
    it.each(sqlIcps)(`parses as ${dialect} (%s)`, (_, profile) => {
      const sql = compileIcpToSql(profile, dialect, 'analytics.companies');
      const ast = parser.astify(sql, { database: GRAMMAR[dialect] });
      const statement = Array.isArray(ast) ? ast[0] : ast;
      expect(statement?.type).toBe('select');
    });
  }

  it('keeps quotes and backslashes of tier names and labels inside their string literals', () => {
    // Postgres is left out: node-sql-parser reads '\' there as an escape, real Postgres (with
    // standard_conforming_strings, the default since 9.1) as a backslash, like DuckDB, whose run
    // of the same literals is checked in duckdb.test.ts.
    for (const dialect of ['bigquery', 'snowflake', 'spark'] as const) {
      const sql = compileIcpToSql(tricky, dialect);
      const ast = parser.astify(sql, { database: GRAMMAR[dialect] });
      const text = JSON.stringify(ast);
      // The parser keeps escapes as written: each literal must still be one string value.
      expect(text, dialect).toMatch(/"value":"O[^"]*Brien [^"]* best"/);
      expect(text, dialect).toMatch(/"value":"Can[^"]*t be tiny [^"]*"/);
    }
  });
});
