/**
 * "Build from customers" as passes over the file: each question (read it, propose from the best
 * customers, back-test an ICP) streams the file's bytes again, a slice at a time, and folds each
 * customer into counts (`ProposalTally`, `WinRateTally`); no pass keeps the rows. The file stays a
 * `Blob` (the picked `File`: the browser reads each slice from it) or bytes (tests, benches).
 */

import type { Icp } from '@/lib/criteria/schema';
import {
  type CustomerRow,
  CustomersFileStream,
  type CustomersStreamSummary,
} from '@/lib/csv/customers-file';
import { parseOutcome, type TierWinRate, WinRateTally } from '@/lib/icp/back-test';
import { type BestRule, BestSelector } from '@/lib/icp/best-customers';
import { type IcpProposal, ProposalTally } from '@/lib/icp/builder';

/** The customers file as the worker keeps it: the picked file, or its bytes. */
export type CustomersSource = Blob | Uint8Array;

/** Bytes read from the file at a time (1 MB): about 9,000 rows of a CRM export. */
export const SLICE = 1 << 20;

export interface PassOptions {
  /** Bytes per slice (default `SLICE`; tests cut smaller to cross rows). */
  slice?: number;
  /** After each slice: bytes read of the file's total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked after each slice; true ends the pass early, without a result. */
  stop?: () => boolean;
  /** After each slice (benches measure the heap there). */
  onSlice?: () => void;
}

/**
 * A deep copy of `value` whose strings are copies too. A cell read from the file is a substring of
 * the whole slice of text it was parsed from, and the engine keeps that slice alive as long as
 * the cell is: facts held past their slice (the best rows of a ranking) are copied so they keep
 * only their own characters.
 */
export function ownStrings<T>(value: T): T {
  if (typeof value === 'string') return ` ${value}`.slice(1) as T;
  if (Array.isArray(value)) return value.map(ownStrings) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = ownStrings(inner);
    return copy as T;
  }
  return value;
}

/** Lets the worker take its next message (a newer request, which may stop this pass). */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One pass over a customers file: each customer row (record and facts without evidence) with its
 * 0-based position to `onRow`, in file order, the same rows on every pass. Resolves to what was
 * read (columns, problems, row count, encoding), or undefined when `stop` ended it. Throws only
 * what `onRow` throws or a `Blob` that cannot be read.
 */
export async function passOverCustomers(
  source: CustomersSource,
  onRow: (row: CustomerRow, index: number) => void,
  options: PassOptions = {},
): Promise<CustomersStreamSummary | undefined> {
  const total = source instanceof Uint8Array ? source.length : source.size;
  const slice = Math.max(1, Math.floor(options.slice ?? SLICE));
  let index = 0;
  const stream = new CustomersFileStream((row) => onRow(row, index++));
  for (let at = 0; at < total; at += slice) {
    const bytes =
      source instanceof Uint8Array
        ? source.subarray(at, at + slice)
        : new Uint8Array(await source.slice(at, at + slice).arrayBuffer());
    stream.push(bytes);
    options.onProgress?.(Math.min(total, at + slice), total);
    options.onSlice?.();
    await breathe();
    if (options.stop?.()) return undefined;
  }
  return stream.end();
}

/**
 * The "top" rule holds the facts of its `n` best rows during its ranking pass up to this many
 * (about 0.5 KB each without evidence text); a larger `n` ranks in a pass of its own instead.
 */
export const HELD_BEST = 5000;

/**
 * The proposal from the best customers chosen by `rule`, in passes over the file: every customer
 * is folded into a `ProposalTally` (the "top" rule holds its `n` best rows' facts while it ranks
 * them and counts them as best at the end of the pass; above `HELD_BEST` it ranks in a pass of
 * its own first), then the file is read once more when a keyword may be proposed. The same
 * proposal as `proposeIcp` over every row with `selectBest`. `onShare` hears the share done
 * (0–1) after each slice, counting the keyword pass as planned (skipping it jumps to the end).
 * Undefined when `options.stop` ended it.
 */
export async function proposeFromFile(
  source: CustomersSource,
  rule: BestRule,
  options: PassOptions & { onShare?: (share: number) => void } = {},
): Promise<IcpProposal | undefined> {
  const { onShare, ...rest } = options;
  const selector = new BestSelector<CustomerRow['facts']>(rule);
  const rankFirst = selector.ranks && selector.n > HELD_BEST;
  const passes = rankFirst ? 3 : 2;
  let pass = 0;
  const readAgain = (onRow: (row: CustomerRow, index: number) => void) => {
    const at = pass++;
    return passOverCustomers(source, onRow, {
      ...rest,
      onProgress: (done, total) => onShare?.((at + done / Math.max(1, total)) / passes),
    });
  };
  const tally = new ProposalTally();
  if (rankFirst) {
    if (!(await readAgain((r, i) => selector.rank(r.record, i)))) return undefined;
    if (!(await readAgain((r, i) => tally.add(r.facts, selector.isBest(r.record, i)))))
      return undefined;
  } else if (selector.ranks) {
    const folded = await readAgain((r, i) => {
      tally.add(r.facts, false);
      selector.rank(r.record, i, () => ownStrings(r.facts));
    });
    if (!folded) return undefined;
    for (const facts of selector.heldByBest()) tally.promote(facts);
  } else if (!(await readAgain((r, i) => tally.add(r.facts, selector.isBest(r.record, i)))))
    return undefined;
  if (tally.startKeywordPass().size > 0 && !(await readAgain((r) => tally.addKeywords(r.facts))))
    return undefined;
  return tally.propose();
}

/**
 * Win rates per tier of `icp` over the customers whose `outcomeColumn` cell says won or lost
 * (`parseOutcome`), in one pass. Undefined when `options.stop` ended it.
 */
export async function backTestFile(
  source: CustomersSource,
  icp: Icp,
  outcomeColumn: string,
  options: PassOptions = {},
): Promise<TierWinRate[] | undefined> {
  const tally = new WinRateTally(icp);
  const read = await passOverCustomers(
    source,
    (r) => {
      const won = parseOutcome(r.record[outcomeColumn] ?? '');
      if (won !== undefined) tally.add(r.facts, won);
    },
    options,
  );
  return read ? tally.rates() : undefined;
}
