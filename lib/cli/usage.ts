import packageJson from '../../package.json';
import { type CliKey, type CliText, cliText } from './text';

/** The package version, printed by `icp-lens --version`. */
export const VERSION: string = packageJson.version;

const SYNOPSIS = [
  'icp-lens extract <page.html> --url <url>',
  'icp-lens score [--icp <icp.json>] <companies.csv|companies.json> [--format table|json|csv] [--explain]',
  'icp-lens score --engine duckdb [--icp <icp.json>] <companies.parquet|companies.csv>',
  'icp-lens sql [--icp <icp.json>] --dialect duckdb|postgres|bigquery|snowflake|spark [--table <name>]',
  'icp-lens normalize <export.csv> --out <companies.parquet|companies.csv>',
  'icp-lens --help | --version',
];

const COMMANDS: readonly [string, CliKey][] = [
  ['extract', 'cli_usage_extract'],
  ['score', 'cli_usage_score'],
  ['sql', 'cli_usage_sql'],
  ['normalize', 'cli_usage_normalize'],
];

const OPTIONS: readonly [string, CliKey][] = [
  ['--url <url>', 'cli_option_url'],
  ['--icp <file>', 'cli_option_icp'],
  ['--format <name>', 'cli_option_format'],
  ['--explain', 'cli_option_explain'],
  ['--engine <name>', 'cli_option_engine'],
  ['--dialect <name>', 'cli_option_dialect'],
  ['--table <name>', 'cli_option_table'],
  ['--out <file>', 'cli_option_out'],
  ['--lang <code>', 'cli_option_lang'],
  ['-h, --help', 'cli_option_help'],
  ['-v, --version', 'cli_option_version'],
];

/** `name` padded to `width`, then `text` with its continuation lines indented under it. */
const entry = (name: string, width: number, text: string) =>
  `  ${name.padEnd(width)}${text.split('\n').join(`\n  ${' '.repeat(width)}`)}`;

/**
 * `icp-lens --help` in the language of `text`: the synopsis as typed (commands and options are
 * the same in every language), the descriptions from the catalogs.
 */
export function usage(text: CliText = cliText()): string {
  return [
    text.t('cli_usage_title'),
    '',
    text.t('cli_usage_heading'),
    ...SYNOPSIS.map((line) => `  ${line}`),
    `  ${text.t('cli_usage_where')}`,
    '',
    text.t('cli_usage_commands'),
    ...COMMANDS.map(([name, key]) => entry(name, 10, text.t(key))),
    '',
    text.t('cli_usage_options'),
    ...OPTIONS.map(([name, key]) => entry(name, 18, text.t(key))),
    '',
    text.t('cli_usage_exit'),
    '',
  ].join('\n');
}

/** `icp-lens --help` in English. */
export const USAGE = usage();
