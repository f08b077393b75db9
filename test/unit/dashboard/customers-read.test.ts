import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CustomersReport,
  createCustomersSession,
  handleCustomersRead,
} from '@/components/dashboard/build/customers-read';
import { readCustomersBytes } from '@/lib/csv/customers-file';
import { proposalToIcp } from '@/lib/icp/builder';

const HEADER = 'Company name,Website,Industry,Number of Employees,Country/Region,ARR,Closed Won';
const csv = (rows: number) =>
  [
    HEADER,
    ...Array.from(
      { length: rows },
      (_, i) =>
        `Company ${i},https://c${i}.io,Computer and Network Security,${100 + i},United States,"$${1000 + i}",${i % 2 ? 'yes' : 'no'}`,
    ),
  ].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

afterEach(() => vi.restoreAllMocks());

describe('handleCustomersRead (the customers-file worker)', () => {
  it('turns bytes into plain rows, columns and summary, with progress before the result', () => {
    const progress: CustomersReport[] = [];
    const result = handleCustomersRead(bytes(csv(100)), (p) => progress.push(p), undefined, 10);
    expect(result.type).toBe('done');
    if (result.type !== 'done') return;
    expect(result.file.rows).toHaveLength(100);
    expect(result.file.columns).toContain('ARR');
    expect(result.file.rows[42]?.record.ARR).toBe('$1042');
    expect(result.file.rows[42]?.facts.name?.value).toBe('Company 42');
    expect(result.file.encoding).toBeTruthy();
    // What the worker posts survives the structured clone unchanged.
    expect(structuredClone(result)).toEqual(result);
    expect(progress.length).toBeGreaterThanOrEqual(9);
    const dones = progress.map((p) => (p.type === 'progress' ? p.done : -1));
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    for (const p of progress) {
      if (p.type !== 'progress') throw new Error('only progress reports go to the callback');
      expect(p.done).toBeGreaterThan(0);
      expect(p.done).toBeLessThanOrEqual(p.total);
    }
  });

  it('gives the same rows as reading the file directly', () => {
    const data = bytes(csv(30));
    const result = handleCustomersRead(data, () => undefined);
    expect(result).toEqual({ type: 'done', file: readCustomersBytes(data) });
  });

  it('parses the text once', () => {
    const parse = vi.spyOn(Papa, 'parse');
    handleCustomersRead(bytes(csv(50)), () => undefined);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('stops at the first progress check after cancel, without a result', () => {
    let calls = 0;
    let cancel = false;
    const result = handleCustomersRead(
      bytes(csv(1000)),
      () => {
        calls++;
        if (calls === 2) cancel = true;
      },
      () => cancel,
      10,
    );
    expect(result).toEqual({ type: 'cancelled' });
    expect(calls).toBe(2);
  });

  it('reports a file with no company as done with no rows and the reason', () => {
    const result = handleCustomersRead(new Uint8Array([0, 1, 2, 0, 0, 255]), () => undefined);
    expect(result.type).toBe('done');
    if (result.type === 'done') {
      expect(result.file.rows).toEqual([]);
      expect(result.file.errors[0]?.message).toBeTruthy();
    }
  });
});

describe('createCustomersSession: the worker message handler', () => {
  const varied = (rows: number) =>
    [
      HEADER,
      ...Array.from(
        { length: rows },
        (_, i) =>
          `Company ${i},https://c${i}.io,${i < 20 ? 'Computer and Network Security' : 'Retail'},${100 + i},${i < 20 ? 'United States' : 'Germany'},"$${100_000 - i}",${i < 30 ? 'yes' : 'no'}`,
      ),
    ].join('\n');

  it('posts progress, then a summary without the rows; proposes and back-tests from the kept rows', () => {
    const handle = createCustomersSession({ progressEvery: 10 });
    const posted: CustomersReport[] = [];
    const post = (r: CustomersReport) => posted.push(structuredClone(r));
    handle({ type: 'read', bytes: bytes(varied(100)) }, post);
    const last = posted.at(-1);
    expect(posted.slice(0, -1).every((r) => r.type === 'progress')).toBe(true);
    expect(posted.length).toBeGreaterThan(5);
    expect(last?.type).toBe('read');
    if (last?.type !== 'read') return;
    expect(last.summary.rowCount).toBe(100);
    expect(last.summary.columns).toContain('ARR');
    expect(last.summary).not.toHaveProperty('rows');

    posted.length = 0;
    handle({ type: 'propose', rule: { kind: 'top', column: 'ARR', n: 20 } }, post);
    expect(posted).toHaveLength(1);
    const answer = posted[0];
    expect(answer?.type).toBe('proposal');
    if (answer?.type !== 'proposal') return;
    expect(answer.proposal.bestCount).toBe(20);
    expect(answer.proposal.totalCount).toBe(100);
    expect(answer.proposal.criteria.map((c) => c.label)).toContain('Computer and Network Security');

    posted.length = 0;
    const icp = proposalToIcp(
      answer.proposal,
      answer.proposal.criteria.map((c) => c.id),
      { name: 'ICP' },
    );
    handle({ type: 'backtest', id: 7, icp, outcomeColumn: 'Closed Won' }, post);
    expect(posted).toHaveLength(1);
    const rates = posted[0];
    expect(rates?.type).toBe('winRates');
    if (rates?.type !== 'winRates') return;
    expect(rates.id).toBe(7);
    expect(rates.winRates.reduce((n, w) => n + w.companies, 0)).toBe(100);
    expect(rates.winRates.reduce((n, w) => n + w.won, 0)).toBe(30);
  });

  it('reports a cancelled read and keeps no file', () => {
    const handle = createCustomersSession({ progressEvery: 10 });
    const posted: CustomersReport[] = [];
    handle(
      { type: 'read', bytes: bytes(varied(100)) },
      (r) => posted.push(r),
      () => true,
    );
    expect(posted.at(-1)).toEqual({ type: 'cancelled' });
    posted.length = 0;
    handle({ type: 'propose', rule: { kind: 'top', column: 'ARR', n: 5 } }, (r) => posted.push(r));
    expect(posted).toEqual([{ type: 'failed', message: 'No customers file has been read.' }]);
  });
});
