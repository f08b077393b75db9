import type { Icp } from '../criteria/schema';
import type { ReadSummary } from '../csv/records';
import { parseIcpFile } from '../icp/parse';
import { sampleIcp } from '../icp/sample';
import { compileRanker, factsRanked } from '../scoring/rank';
import { scoreCompany } from '../scoring/score';
import { EXIT, type ExitCode, InputError, readInput } from './io';
import { needsReasons, type Output, type OutputFormat, outputMaker } from './output';
import { progressLine, readingLines } from './reading-words';
import { eachCompanyInFile, type FileIo } from './stream-input';
import { terminalSafe } from './terminal';
import { cliText } from './text';

/** A progress line every this many companies (only when stderr is a terminal). */
const PROGRESS_EVERY = 25_000;

export function loadIcp(io: FileIo, path: string | undefined): Icp {
  if (path === undefined) return sampleIcp;
  const parsed = parseIcpFile(readInput(io, path, 'ICP file'));
  if (!parsed.ok)
    throw new InputError(`The ICP file ${path} is not valid: ${terminalSafe(parsed.error)}`, {
      key: 'cli_error_icp_invalid',
      subs: [path, terminalSafe(parsed.error)],
      icpProblems: { sub: 1, problems: parsed.problems },
    });
  return parsed.icp;
}

/** Which columns fed which facts, and the problems, on stderr: stdout stays clean. */
export function reportReading(io: FileIo, path: string, count: number, summary: ReadSummary): void {
  const lines = readingLines(path, count, summary, io.text ?? cliText());
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
  const makeOutput = await outputMaker(options.format, io, icp, options);
  let output: Output | undefined;
  let count = 0;
  // A ranking-only run shows no evidence, and reads only the facts the ICP judges.
  const summary = await eachCompanyInFile(
    io,
    path,
    ({ row, facts }) => {
      output ??= makeOutput();
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
        io.progress(`\r${progressLine(count, io.text ?? cliText())}`);
    },
    explain ? { evidence: true } : { evidence: false, facts: factsRanked(icp) },
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
