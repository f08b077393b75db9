/** The SQL dialects `icp-lens sql` writes. */
export const DIALECTS = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'spark'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** How each dialect spells the few things that differ between them. */
interface DialectRules {
  double: string;
  /** Escapes a string literal's body. */
  escape(text: string): string;
  /** Quotes a table name that may carry a schema ("analytics.companies"). */
  table(name: string): string;
}

const doubleQuotes = (text: string) => text.replaceAll("'", "''");
const backslashes = (text: string) => text.replaceAll('\\', '\\\\').replaceAll("'", "\\'");
const quoted =
  (quote: string, close = quote) =>
  (name: string) =>
    name
      .split('.')
      .map((part) => `${quote}${part.replaceAll(close, close + close)}${close}`)
      .join('.');

export const DIALECT_RULES: Readonly<Record<Dialect, DialectRules>> = {
  duckdb: { double: 'DOUBLE', escape: doubleQuotes, table: quoted('"') },
  postgres: { double: 'DOUBLE PRECISION', escape: doubleQuotes, table: quoted('"') },
  // Snowflake reads backslash escapes inside '…' too: double the backslashes, then the quotes.
  snowflake: {
    double: 'DOUBLE',
    escape: (t) => doubleQuotes(t.replaceAll('\\', '\\\\')),
    table: quoted('"'),
  },
  bigquery: { double: 'FLOAT64', escape: backslashes, table: quoted('`') },
  spark: { double: 'DOUBLE', escape: backslashes, table: quoted('`') },
};
