import { csvCell } from '../csv/write';
import type { CompanyFacts } from '../facts';
import type { Icp } from '../icp/schema';
import { BOM, exportHeader, exportLine } from '../lists/export';
import { exportCompanyOf } from '../lists/export-company';
import type { ScoreResult } from '../scoring/types';
import type { CliIo } from './io';
import { reason, reasonOrder, topReasons } from './reasons';

export const FORMATS = ['table', 'json', 'csv', 'hubspot', 'salesforce'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface ScoredRow {
  row: number;
  name: string;
  domain: string;
  result: ScoreResult;
  /** The company's facts, for the CRM import formats. */
  facts?: CompanyFacts;
}

/** Takes scored rows as they come and writes them; `end` after the last one. */
export interface Output {
  add(row: ScoredRow): void;
  end(): void;
}

const CHUNK = 2000;

/** Buffers lines and writes a few thousand at a time: one `stdout` call per line is slow. */
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

function csvOutput(io: CliIo, icp: Icp): Output {
  const lines = new Lines(io);
  const order = reasonOrder(icp.criteria);
  lines.push('row,company,domain,tier,score,confidence,disqualified_by,reasons\r\n');
  return {
    add({ row, name, domain, result }) {
      const disqualified = result.disqualifiedBy ? reason(result.disqualifiedBy) : '';
      const cells = [
        row,
        name,
        domain,
        result.tier,
        result.score,
        percent(result.confidence),
        disqualified,
        topReasons(result, Number.POSITIVE_INFINITY, order).join('; '),
      ];
      lines.push(`${cells.map(csvCell).join(',')}\r\n`);
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
    add({ row, name, domain, result }) {
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
const HEADER = ['Row', 'Company', 'Tier', 'Score', 'Conf.', 'Reasons'];
const RIGHT = new Set([0, 3, 4]);

const clipCell = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** A plain-text table; only its cells are kept until the end, to pad columns to the widest. */
function tableOutput(io: CliIo, icp: Icp): Output {
  const rows: string[][] = [];
  const widths = HEADER.map((h) => h.length);
  const order = reasonOrder(icp.criteria);
  return {
    add({ row, name, result }) {
      const cells = [
        String(row),
        clipCell(name.replace(/\s+/g, ' '), MAX_NAME),
        result.tier,
        String(result.score),
        `${percent(result.confidence)}%`,
        topReasons(result, TOP_REASONS, order).join('; '),
      ];
      for (let i = 0; i < cells.length - 1; i++)
        widths[i] = Math.max(widths[i] ?? 0, (cells[i] as string).length);
      rows.push(cells);
    },
    end() {
      const lines = new Lines(io);
      const line = (cells: readonly string[]) => {
        const padded = cells.map((cell, i) => {
          if (i === cells.length - 1) return cell;
          return RIGHT.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
        });
        return `${padded.join('  ').trimEnd()}\n`;
      };
      lines.push(`ICP: ${icp.name}\n`);
      lines.push(line(HEADER));
      lines.push(line(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? 7 : w))));
      for (const cells of rows) lines.push(line(cells));
      lines.flush();
    },
  };
}

/** HubSpot companies / Salesforce accounts import files, as the extension exports them. */
function crmOutput(io: CliIo, icp: Icp, format: 'hubspot' | 'salesforce'): Output {
  const lines = new Lines(io);
  lines.push(BOM + exportHeader(format));
  return {
    add({ name, facts, result }) {
      const company = exportCompanyOf(
        {
          name,
          facts: facts ?? {},
          domain: facts?.domain?.value,
          linkedinSlug: facts?.linkedinSlug?.value,
        },
        icp,
        { result },
      );
      lines.push(exportLine(company, format));
    },
    end: () => lines.flush(),
  };
}

export function createOutput(format: OutputFormat, io: CliIo, icp: Icp): Output {
  if (format === 'hubspot' || format === 'salesforce') return crmOutput(io, icp, format);
  if (format === 'csv') return csvOutput(io, icp);
  if (format === 'json') return jsonOutput(io, icp);
  return tableOutput(io, icp);
}
