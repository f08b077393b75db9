import { criterionLabel } from '../criteria/labels';
import type { Icp } from '../criteria/schema';
import { csvCell } from '../csv/write';
import type { CompanyFacts } from '../facts';
import { BOM, exportHeader, exportLine } from '../lists/export';
import type { Rank } from '../scoring/rank';
import { reason, reasonOrder, topReasons } from '../scoring/reasons';
import type { ScoreResult } from '../scoring/types';
import type { CliIo } from './io';
import { tierIn, topReasonsIn } from './table-words';
import { terminalSafe } from './terminal';
import { type CliKey, cliText } from './text';

export const FORMATS = ['table', 'json', 'csv', 'hubspot', 'salesforce'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/**
 * One company as scored: always its rank (tier, score, confidence); the full result with every
 * criterion only when the output shows reasons (`needsReasons`).
 */
export interface ScoredRow {
  row: number;
  name: string;
  domain: string;
  rank: Rank;
  result?: ScoreResult;
  /** The company's facts, for the CRM import formats. */
  facts?: CompanyFacts;
}

export interface OutputOptions {
  /** Reasons in the CSV too (a `reasons` column); the table and JSON always show them. */
  explain?: boolean;
}

/** Does this output print reasons, so each company needs `scoreCompany`'s full result? */
export function needsReasons(format: OutputFormat, options: OutputOptions = {}): boolean {
  return format !== 'csv' || options.explain === true;
}

/** The full result of a row of an output that shows reasons (`needsReasons` said so). */
function full(row: ScoredRow): ScoreResult {
  if (!row.result) throw new Error('this output needs the full score result');
  return row.result;
}

/** Takes scored rows as they come and writes them; `end` after the last one (await it). */
export interface Output {
  add(row: ScoredRow): void;
  end(): void | Promise<void>;
}

/**
 * Lines written per `stdout` call. Few enough that a buffered line rarely lives through a young
 * garbage collection: each holds its company's cells, which keep the file's text they were cut
 * from alive, and a buffer of 2,000 lines made every collection copy ~1 MB of it (~6 % of a
 * 100k-row run).
 */
const CHUNK = 256;

/** Buffers lines and writes a few hundred at a time: one `stdout` call per line is slow. */
class Lines {
  private buffer: string[] = [];
  constructor(private readonly io: CliIo) {}
  push(line: string): void {
    this.buffer.push(line);
    if (this.buffer.length >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.buffer.length > 0) this.io.stdout(this.buffer.join(''));
    this.buffer = [];
  }
}

const percent = (confidence: number) => Math.round(confidence * 100);

/** JavaScript's `\s` (a regular expression's white space and line terminators), by code unit. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether `csvCell(terminalSafe(text))` leaves `text` as it is: not empty, no control or bidi
 * character (C0, DEL, C1, U+202A–202E, U+2066–2069), no quote or comma, no white space at either
 * end, no formula start (= + - @). One pass over the code units: this runs for the name and
 * domain of every row, and was a regular expression costing about as much as the rest of the line.
 */
export function isPlainCell(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const first = text.charCodeAt(0);
  if (first === 61 || first === 43 || first === 45 || first === 64) return false;
  if (isSpace(first) || isSpace(text.charCodeAt(n - 1))) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      c < 0x20 ||
      c === 34 ||
      c === 44 ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    )
      return false;
  }
  return true;
}

/** A text cell as the CSV output writes it: control characters out, quoted when needed. */
const textCell = (text: string) => (isPlainCell(text) ? text : csvCell(terminalSafe(text)));
const numberCell = (n: number) => (Number.isFinite(n) ? `${n}` : '');

/**
 * One line per company: row, company, domain, tier, score, confidence (%), the rule that
 * disqualified it; with `explain`, every reason too. Control characters are taken out of cells.
 * Each line is one template string; tier names and rule labels are written as cells once.
 */
function csvOutput(io: CliIo, icp: Icp, options: OutputOptions): Output {
  const lines = new Lines(io);
  const order = reasonOrder(icp.criteria);
  const labels = icp.criteria.map((c) => criterionLabel(c));
  const ruleCells = labels.map(textCell);
  const tierCells = new Map<string, string>();
  const header = ['row', 'company', 'domain', 'tier', 'score', 'confidence', 'disqualified_by'];
  if (options.explain) header.push('reasons');
  lines.push(`${header.join(',')}\r\n`);
  return {
    add(scored) {
      const { row, name, domain, rank } = scored;
      let tier = tierCells.get(rank.tier);
      if (tier === undefined) {
        tier = csvCell(rank.tier);
        tierCells.set(rank.tier, tier);
      }
      const start = `${numberCell(row)},${textCell(name)},${textCell(domain)},${tier},${numberCell(rank.score)},${numberCell(percent(rank.confidence))}`;
      if (!options.explain) {
        const rule =
          rank.disqualifiedBy !== undefined ? (ruleCells[rank.disqualifiedBy] ?? '') : '';
        lines.push(`${start},${rule}\r\n`);
        return;
      }
      const result = full(scored);
      const disqualified = result.disqualifiedBy
        ? reason(result.disqualifiedBy)
        : rank.disqualifiedBy !== undefined
          ? (labels[rank.disqualifiedBy] ?? '')
          : '';
      const reasons = topReasons(result, Number.POSITIVE_INFINITY, order).join('; ');
      lines.push(`${start},${textCell(disqualified)},${textCell(reasons)}\r\n`);
    },
    end: () => lines.flush(),
  };
}

function jsonOutput(io: CliIo, icp: Icp): Output {
  const lines = new Lines(io);
  const order = reasonOrder(icp.criteria);
  let first = true;
  lines.push('[');
  return {
    add(scored) {
      const { row, name, domain } = scored;
      const result = full(scored);
      const item = {
        row,
        name,
        domain: domain || undefined,
        tier: result.tier,
        score: result.score,
        confidence: Math.round(result.confidence * 100) / 100,
        reasons: topReasons(result, Number.POSITIVE_INFINITY, order),
        result,
      };
      lines.push(`${first ? '\n' : ',\n'}  ${JSON.stringify(item)}`);
      first = false;
    },
    end() {
      lines.push('\n]\n');
      lines.flush();
    },
  };
}

const TOP_REASONS = 4;
const MAX_NAME = 32;
const HEADER: readonly CliKey[] = [
  'cli_table_row',
  'cli_table_company',
  'cli_table_tier',
  'cli_table_score',
  'cli_table_confidence',
  'cli_table_reasons',
];
const RIGHT = new Set([0, 3, 4]);

const clipCell = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** `cell` padded with spaces to `width` terminal columns (a Chinese character takes two). */
function pad(cell: string, width: number, right: boolean, widthOf: Width): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(cell)));
  return right ? fill + cell : cell + fill;
}

type Width = (text: string) => number;

/**
 * A plain-text table in the language of `io.text` (headers, engine tiers, reasons, digits);
 * only its cells are kept until the end, to pad columns to the widest. string-width (an
 * Intl.Segmenter and Unicode property regexes, tens of milliseconds to set up) is loaded only
 * here, so the other formats start without it.
 */
function tableOutput(io: CliIo, icp: Icp): Output {
  const text = io.text ?? cliText();
  const header = HEADER.map((key) => text.t(key));
  const rows: string[][] = [];
  const order = reasonOrder(icp.criteria);
  return {
    add(scored) {
      const result = full(scored);
      const cells = [
        text.number(scored.row),
        clipCell(terminalSafe(scored.name).replace(/\s+/g, ' '), MAX_NAME),
        terminalSafe(tierIn(result, text)),
        text.number(result.score),
        text.percent(result.confidence),
        terminalSafe(topReasonsIn(result, TOP_REASONS, order, text).join('; ')),
      ];
      rows.push(cells);
    },
    async end() {
      const { default: widthOf } = await import('string-width');
      const widths = header.map((h) => widthOf(h));
      for (const cells of rows)
        for (let i = 0; i < cells.length - 1; i++)
          widths[i] = Math.max(widths[i] ?? 0, widthOf(cells[i] as string));
      const lines = new Lines(io);
      const line = (cells: readonly string[]) => {
        const padded = cells.map((cell, i) =>
          i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0, RIGHT.has(i), widthOf),
        );
        return `${padded.join('  ').trimEnd()}\n`;
      };
      lines.push(`ICP: ${terminalSafe(icp.name)}\n`);
      lines.push(line(header));
      lines.push(line(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? 7 : w))));
      for (const cells of rows) lines.push(line(cells));
      lines.flush();
    },
  };
}

/** What a CRM import file writes of each company (talking points in the ICP's language too). */
type ExportCompanyOf = typeof import('../lists/export-company').exportCompanyOf;

/** HubSpot companies / Salesforce accounts import files, as the extension exports them. */
function crmOutput(
  io: CliIo,
  icp: Icp,
  format: 'hubspot' | 'salesforce',
  exportCompanyOf: ExportCompanyOf,
): Output {
  const lines = new Lines(io);
  lines.push(BOM + exportHeader(format));
  return {
    add(row) {
      const { name, facts } = row;
      const company = exportCompanyOf(
        {
          name,
          facts: facts ?? {},
          domain: facts?.domain?.value,
          linkedinSlug: facts?.linkedinSlug?.value,
        },
        icp,
        { result: full(row) },
      );
      lines.push(exportLine(company, format));
    },
    end: () => lines.flush(),
  };
}

/**
 * Makes the output of `format` once the first company is read (a file with none prints nothing),
 * after loading what only that format runs: the CRM formats' talking points (phrasebooks of every
 * language, whose number formats take ~20 ms to set up) are not loaded for the others.
 */
export async function outputMaker(
  format: OutputFormat,
  io: CliIo,
  icp: Icp,
  options: OutputOptions = {},
): Promise<() => Output> {
  if (format === 'hubspot' || format === 'salesforce') {
    const { exportCompanyOf } = await import('../lists/export-company');
    return () => crmOutput(io, icp, format, exportCompanyOf);
  }
  if (format === 'csv') return () => csvOutput(io, icp, options);
  if (format === 'json') return () => jsonOutput(io, icp);
  return () => tableOutput(io, icp);
}
