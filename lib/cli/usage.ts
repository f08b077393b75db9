import { version } from '../../package.json';

/** The package version, printed by `icp-lens --version`. */
export const VERSION = version;

/** `icp-lens --help`. Kept apart from the commands so that help and version load nothing else. */

export const USAGE = `ICP Lens — score companies against your Ideal Customer Profile

Usage:
  icp-lens extract <page.html> --url <url>
  icp-lens score [--icp <icp.json>] <companies.csv|companies.json> [--format table|json|csv] [--explain]
  icp-lens score --engine duckdb [--icp <icp.json>] <companies.parquet|companies.csv>
  icp-lens sql [--icp <icp.json>] --dialect duckdb|postgres|bigquery|snowflake|spark [--table <name>]
  icp-lens normalize <export.csv> --out <companies.parquet|companies.csv>
  icp-lens --help | --version
  (in this repository: npm run icp -- …; installed: npx icp-lens …)

Commands:
  extract   Read a saved company page (e.g. a LinkedIn company page saved as HTML) and print
            what the extension reads from it, as JSON. --url is the address the page came from.
  score     Score every company of a CSV export (Apollo, HubSpot, Salesforce, Sales Navigator,
            ZoomInfo, Clearbit…) or a JSON array, one row per company: tier, score, confidence
            and the main reasons. Columns used and ignored are listed on stderr. The file is
            streamed: millions of rows score in flat memory. --engine duckdb runs the ICP
            compiled to SQL in embedded DuckDB instead (CSV output, same tiers and scores).
  sql       Compile the ICP into one SQL query over the normalised company table, for a
            warehouse (DuckDB, Postgres, BigQuery, Snowflake, Spark SQL).
  normalize Write the normalised company table (Parquet or CSV) from any export score reads.

Options:
  --url <url>       the saved page's address (extract)
  --icp <file>      an ICP file (format icp-lens/icp@1); default: the built-in sample ICP
  --format <name>   table (default), json or csv (score)
  --explain         add every reason to the CSV (table and JSON always show reasons)
  --engine <name>   typescript (default) or duckdb (score)
  --dialect <name>  duckdb, postgres, bigquery, snowflake or spark (sql)
  --table <name>    the company table the SQL reads; default companies (sql)
  --out <file>      where normalize writes: .parquet or .csv
  -h, --help        show this help
  -v, --version     print the version

Exit codes: 0 done, 1 bad input (a file missing or invalid), 2 wrong usage.
`;
