import { streamCompaniesCsv } from '../csv/read';
import { readCompaniesJson } from '../csv/read-json';
import type { CompanyRow, ReadSummary } from '../csv/records';
import { parseIcpFile } from '../icp/parse';
import { sampleIcp } from '../icp/sample';
import type { Icp } from '../icp/schema';
import { scoreCompany } from '../scoring/score';
import { type CliIo, EXIT, type ExitCode, InputError, readInput } from './io';
import { createOutput, type OutputFormat, type ScoredRow } from './output';

const SHOWN_ERRORS = 20;

function loadIcp(io: CliIo, path: string | undefined): Icp {
  if (path === undefined) return sampleIcp;
  const parsed = parseIcpFile(readInput(io, path, 'ICP file'));
  if (!parsed.ok) throw new InputError(`The ICP file ${path} is not valid: ${parsed.error}`);
  return parsed.icp;
}

const isJson = (text: string, path: string) =>
  /\.json$/i.test(path) || (!/\.(csv|tsv|txt)$/i.test(path) && /^\uFEFF?\s*[[{]/.test(text));

/** Reads a CSV (streamed) or JSON list, handing each company on as soon as it is read. */
function eachCompany(
  text: string,
  path: string,
  onCompany: (company: CompanyRow) => void,
): ReadSummary {
  if (!isJson(text, path)) return streamCompaniesCsv(text, onCompany);
  const { companies, ...summary } = readCompaniesJson(text);
  for (const company of companies) onCompany(company);
  return summary;
}

/** Which columns fed which facts, and the problems, on stderr: stdout stays clean. */
function reportReading(io: CliIo, path: string, count: number, summary: ReadSummary): void {
  const lines = [`${path}: ${count} ${count === 1 ? 'company' : 'companies'} read`];
  if (summary.usedColumns.length > 0)
    lines.push(
      `  columns used: ${summary.usedColumns.map((u) => `${u.column} → ${u.field}`).join(', ')}`,
    );
  if (summary.ignoredColumns.length > 0)
    lines.push(`  columns ignored: ${summary.ignoredColumns.join(', ')}`);
  for (const e of summary.errors.slice(0, SHOWN_ERRORS))
    lines.push(`  ${e.row > 0 ? `row ${e.row}: ` : ''}${e.message}`);
  if (summary.errors.length > SHOWN_ERRORS)
    lines.push(`  … and ${summary.errors.length - SHOWN_ERRORS} more problems`);
  io.stderr(`${lines.join('\n')}\n`);
}

/**
 * `score [--icp icp.json] <companies.csv|json> [--format table|json|csv|hubspot|salesforce]`: one row per company
 * with tier, score, confidence and reasons on stdout; what was read (columns, problems) on
 * stderr. Rows are scored and written as they are read, so big files stay within memory.
 */
export function scoreCommand(
  io: CliIo,
  path: string,
  options: { icp?: string; format: OutputFormat },
): ExitCode {
  const icp = loadIcp(io, options.icp);
  const text = readInput(io, path, 'company list');
  let output: ReturnType<typeof createOutput> | undefined;
  let count = 0;
  const summary = eachCompany(text, path, ({ row, facts }) => {
    output ??= createOutput(options.format, io, icp);
    const name = facts.name?.value ?? facts.domain?.value ?? `(row ${row})`;
    const scored: ScoredRow = {
      row,
      name,
      domain: facts.domain?.value ?? '',
      result: scoreCompany(icp, facts),
      facts,
    };
    output.add(scored);
    count++;
  });
  output?.end();
  reportReading(io, path, count, summary);
  if (count === 0) throw new InputError(`No company could be read from ${path}.`);
  return EXIT.ok;
}
