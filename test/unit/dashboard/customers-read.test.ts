import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CustomersReadReport,
  handleCustomersRead,
} from '@/components/dashboard/build/customers-read';
import { readCustomersBytes } from '@/lib/csv/customers-file';

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
    const progress: CustomersReadReport[] = [];
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
