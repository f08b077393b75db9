import type { Icp } from '../criteria/schema';
import type { ReadSummary } from '../csv/records';
import { parseIcpFile } from '../icp/parse';
import { sampleIcp } from '../icp/sample';
import { compileRanker } from '../scoring/rank';
import { scoreCompany } from '../scoring/score';
import { EXIT, type ExitCode, InputError, readInput } from './io';
import { createOutput, needsReasons, type OutputFormat } from './output';
import { eachCompanyInFile, type FileIo } from './stream-input';
import { terminalSafe } from './terminal';

const SHOWN_ERRORS = 20;
/** A progress line every this many companies (only when stderr is a terminal). */
const PROGRESS_EVERY = 25_000;

export function loadIcp(io: FileIo, path: string | undefined): Icp {
  if (path === undefined) return sampleIcp;
  const parsed = parseIcpFile(readInput(io, path, 'ICP file'));
  if (!parsed.ok)
    throw new InputError(`The ICP file ${path} is not valid: ${terminalSafe(parsed.error)}`, {
      key: 'cli_error_icp_invalid',
      subs: [path, terminalSafe(parsed.error)],
    });
  return parsed.icp;
}

/** Which columns fed which facts, and the problems, on stderr: stdout stays clean. */
export function reportReading(io: FileIo, path: string, count: number, summary: ReadSummary): void {
  const lines = [
    `${path}: ${count.toLocaleString('en')} ${count === 1 ? 'company' : 'companies'} read`,
  ];
  if (summary.usedColumns.length > 0)
    lines.push(
      `  columns used: ${summary.usedColumns.map((u) => `${u.column} → ${u.field}`).join(', ')}`,
    );
  if (summary.ignoredColumns.length > 0)
    lines.push(`  columns ignored: ${summary.ignoredColumns.join(', ')}`);
  if (summary.people)
    lines.push(
      `  people export: ${summary.people.rows} people of ${summary.people.companies} companies`,
    );
  const skipped = summary.skipped ?? [];
  for (const s of skipped.slice(0, SHOWN_ERRORS))
    lines.push(`  row ${s.row}: skipped (${s.reason})${s.text ? `: ${s.text}` : ''}`);
  if (skipped.length > SHOWN_ERRORS)
    lines.push(`  … and ${skipped.length - SHOWN_ERRORS} more skipped rows`);
  for (const e of summary.errors.slice(0, SHOWN_ERRORS))
    lines.push(`  ${e.row > 0 ? `row ${e.row}: ` : ''}${e.message}`);
  if (summary.errors.length > SHOWN_ERRORS)
    lines.push(`  … and ${summary.errors.length - SHOWN_ERRORS} more problems`);
  io.stderr(`${lines.map(terminalSafe).join('\n')}\n`);
}

/**
 * `score [--icp icp.json] <companies.csv|json> [--format table|json|csv|hubspot|salesforce]
 * [--explain]`: one row
 * per company with tier, score, confidence (and reasons where the format shows them) on stdout;
 * what was read (columns, problems) on stderr. The file is streamed and each row scored and
 * written as it is read, so memory stays flat (the table keeps its cells to pad columns). A
 * ranking-only run (CSV without `--explain`) uses `compileRanker` and builds no reason text.
 */
export async function scoreCommand(
  io: FileIo,
  path: string,
  options: { icp?: string; format: OutputFormat; explain?: boolean },
): Promise<ExitCode> {
  const icp = loadIcp(io, options.icp);
  const explain = needsReasons(options.format, options);
  const rank = compileRanker(icp);
  let output: ReturnType<typeof createOutput> | undefined;
  let count = 0;
  // A ranking-only run shows no evidence: the reader leaves it out.
  const summary = await eachCompanyInFile(
    io,
    path,
    ({ row, facts }) => {
      output ??= createOutput(options.format, io, icp, options);
      const name = facts.name?.value ?? facts.domain?.value ?? `(row ${row})`;
      const domain = facts.domain?.value ?? '';
      if (explain) {
        const result = scoreCompany(icp, facts);
        const { score, confidence, scoreRange, tier, tierKind, tierIndex } = result;
        const ranked = { score, confidence, scoreRange, tier, tierKind, tierIndex };
        output.add({ row, name, domain, rank: ranked, result, facts });
      } else output.add({ row, name, domain, rank: rank(facts), facts });
      count++;
      if (io.progress && count % PROGRESS_EVERY === 0)
        io.progress(`\r${count.toLocaleString('en')} companies scored…`);
    },
    { evidence: explain },
  );
  if (io.progress && count >= PROGRESS_EVERY) io.progress('\r\u001b[K');
  await output?.end();
  reportReading(io, `${path} (${summary.encoding})`, count, summary);
  if (count === 0)
    throw new InputError(`No company could be read from ${path}.`, {
      key: 'cli_error_no_company',
      subs: [path],
    });
  return EXIT.ok;
}
