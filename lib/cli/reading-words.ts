import { type CsvField, FIELD_NAMES } from '../csv/columns';
import type { SkipReason } from '../csv/non-company';
import type { ReadSummary } from '../csv/records';
import type { CliKey, CliText } from './text';

/** How many skipped rows and row problems the summary lists before "… and N more". */
const SHOWN = 20;

/** Each fact a file column can feed, in the catalogs: a field without one is a compile error. */
const COLUMN_KEYS: Readonly<Record<CsvField, CliKey>> = {
  name: 'cli_column_name',
  website: 'cli_column_website',
  domain: 'cli_column_domain',
  industry: 'cli_column_industry',
  employees: 'cli_column_employees',
  revenue: 'cli_column_revenue',
  country: 'cli_column_country',
  state: 'cli_column_state',
  city: 'cli_column_city',
  address: 'cli_column_address',
  technologies: 'cli_column_technologies',
  description: 'cli_column_description',
  tagline: 'cli_column_tagline',
  specialties: 'cli_column_specialties',
  founded: 'cli_column_founded',
  linkedin: 'cli_column_linkedin',
  companyType: 'cli_column_company_type',
  fundingTotal: 'cli_column_funding_total',
  fundingLatest: 'cli_column_funding_latest',
  fundingAmount: 'cli_column_funding_amount',
  fundingStage: 'cli_column_funding_stage',
  fundingDate: 'cli_column_funding_date',
  openRoles: 'cli_column_open_roles',
  followers: 'cli_column_followers',
};

/** The reader names a column's fact by its English name (`FIELD_NAMES`): back to the field. */
const FIELD_BY_NAME: ReadonlyMap<string, CsvField> = new Map(
  Object.entries(FIELD_NAMES).map(([field, name]) => [name, field as CsvField]),
);

/**
 * The catalog key naming the fact a file column feeds, from the name the reader gives it
 * (`ReadSummary.usedColumns[].field`, e.g. "headquarters (country)" → `cli_column_country`);
 * undefined for a name the reader does not give. Shared by the command line and the list import
 * panel (which imports nothing else from here).
 */
export function columnFieldKey(name: string): CliKey | undefined {
  const field = FIELD_BY_NAME.get(name);
  return field && COLUMN_KEYS[field];
}

const SKIP_KEYS: Readonly<Record<SkipReason, CliKey>> = {
  blank: 'cli_skip_blank',
  title: 'cli_skip_title',
  total: 'cli_skip_total',
  footer: 'cli_skip_footer',
  'no-data': 'cli_skip_no_data',
};

/**
 * What reading an account file found, as the lines `score` and `normalize` print on stderr, in
 * `text`'s language: the companies read (`path` names the file and its encoding), the columns used
 * (each with the fact it fed, named in the language) and ignored, a people export, rows skipped
 * (why, and their text) and the reader's problems, at most 20 of each and then "… and N more".
 * Column names and row text are printed as written; the reader's problems in the language when
 * they carry a code (`RowError.problem`), else in the reader's English; in English always as the
 * reader wrote them. Lines after the first are indented by two spaces; none is terminal-safe yet.
 */
export function readingLines(
  path: string,
  count: number,
  summary: ReadSummary,
  text: CliText,
): string[] {
  const list = (items: readonly string[]) =>
    items.reduce((all, next) => text.t('cli_read_list_join', all, next));
  // Counts grouped ("1,204"), row numbers as a spreadsheet writes them ("12045"), in the
  // language's digits.
  const n = text.count;
  const r = text.position;
  const lines = [
    text.t(
      text.plural(count) === 'one' ? 'cli_read_count_one' : 'cli_read_count_other',
      path,
      n(count),
    ),
  ];
  const fieldName = (name: string) => {
    const key = columnFieldKey(name);
    return key ? text.t(key) : name;
  };
  if (summary.usedColumns.length > 0) {
    const used = summary.usedColumns.map((u) =>
      text.t('cli_read_column_use', u.column, fieldName(u.field)),
    );
    lines.push(text.t('cli_read_columns_used', list(used)));
  }
  if (summary.ignoredColumns.length > 0)
    lines.push(text.t('cli_read_columns_ignored', list(summary.ignoredColumns)));
  if (summary.people)
    lines.push(text.t('cli_read_people', n(summary.people.rows), n(summary.people.companies)));
  const skipped = summary.skipped ?? [];
  for (const s of skipped.slice(0, SHOWN)) {
    const reason = text.t(SKIP_KEYS[s.reason]);
    lines.push(
      s.text
        ? text.t('cli_read_skipped_text', r(s.row), reason, s.text)
        : text.t('cli_read_skipped', r(s.row), reason),
    );
  }
  if (skipped.length > SHOWN)
    lines.push(text.t('cli_read_more_skipped', n(skipped.length - SHOWN)));
  for (const e of summary.errors.slice(0, SHOWN))
    lines.push(
      e.row > 0 ? text.t('cli_read_row_problem', r(e.row), text.rowError(e)) : text.rowError(e),
    );
  if (summary.errors.length > SHOWN)
    lines.push(text.t('cli_read_more_problems', n(summary.errors.length - SHOWN)));
  return lines.map((line, i) => (i === 0 ? line : `  ${line}`));
}

/** The progress line while scoring a big file: "25,000 companies scored…" in `text`'s language. */
export function progressLine(count: number, text: CliText): string {
  return text.t('cli_progress_scored', text.number(count));
}
