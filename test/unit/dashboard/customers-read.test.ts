import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backTestFile,
  HELD_BEST,
  ownStrings,
  passOverCustomers,
  proposeFromFile,
} from '@/components/dashboard/build/customers-passes';
import {
  type CustomersReport,
  createCustomersSession,
} from '@/components/dashboard/build/customers-read';
import type { CustomerRow } from '@/lib/csv/customers-file';
import { readCustomersBytes } from '@/lib/csv/customers-file';
import { type BestRule, proposalToIcp, proposeIcp, selectBest } from '@/lib/icp/builder';
import { backTest, parseOutcome } from '@/lib/icp/impact';
import { rng } from '../icp/workspace-data';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/csv', name)));

const HEADER =
  'Company name,Website,Industry,Number of Employees,Country/Region,Year Founded,Technologies,Description,ARR,Customer Tier,Deal Stage';
const INDUSTRIES = ['Computer and Network Security', 'Software Development', 'Retail', 'Banking'];
const SIZES = ['11-50', '51-200', '201-500', '501-1000', '1001-5000'];
const COUNTRIES = ['United States', 'Germany', 'Vietnam', 'Canada', 'Brazil'];
const TOOLS = ['HubSpot', 'Salesforce', 'Okta', 'Slack', 'Zendesk'];
const WORDS = ['zero trust', 'cloud security', 'point of sale', 'payments', 'identity', 'retail'];

/**
 * A HubSpot-like customers export of made-up companies with every trait the builder counts
 * (industry, size, country, founding year, tools, a description for keywords) and three ways to
 * pick the best (ARR, a tier flag, a deal stage). The first third leans to security, US and
 * zero trust, and carries the highest ARR, so proposals have something to find.
 */
function customersCsv(rows: number, seed = 3): string {
  const next = rng(seed);
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const lean = i < rows / 3 && next(4) > 0;
    const pick = <T>(pool: readonly T[]) => (lean ? pool[0] : pool[next(pool.length)]) as T;
    const words = `${pick(WORDS)} and ${WORDS[next(WORDS.length)]}`;
    lines.push(
      [
        `Customer ${i} ${i % 7 === 0 ? 'Labs' : 'Inc'}`,
        `https://customer${i}.example`,
        pick(INDUSTRIES),
        SIZES[lean ? 2 : next(SIZES.length)],
        pick(COUNTRIES),
        String(lean ? 2014 + next(4) : 1970 + next(50)),
        `"${pick(TOOLS)}, ${TOOLS[next(TOOLS.length)]}"`,
        `"Customer${i} builds ${words} software for ""mid-market"" teams"`,
        i % 11 === 0 ? '' : `"$${((lean ? 200 : 20) + next(100)) * 1000}"`,
        lean && next(2) ? 'Yes' : 'No',
        (lean ? next(6) : next(2)) ? 'Closed Won' : 'Closed Lost',
      ].join(','),
    );
  }
  // A Salesforce-like footer: not a customer.
  lines.push('Total,,,,,,,,,,', '"Confidential Information - Do Not Distribute",,,,,,,,,,');
  return `${lines.join('\r\n')}\r\n`;
}

/** Every customer of a pass, in order. */
async function rowsOf(source: Uint8Array, slice: number): Promise<CustomerRow[]> {
  const rows: CustomerRow[] = [];
  await passOverCustomers(
    source,
    (row, i) => {
      expect(i).toBe(rows.length);
      rows.push(row);
    },
    { slice },
  );
  return rows;
}

/** The proposal as the builder makes it from every row held at once. */
function proposalFromAllRows(data: Uint8Array, rule: BestRule) {
  const { rows } = readCustomersBytes(data);
  const best = selectBest(
    rows.map((r) => r.record),
    rule,
  );
  return proposeIcp(
    rows.map((r) => r.facts),
    best,
  );
}

describe('passOverCustomers: the customers file streamed', () => {
  it.each([
    'customers-hubspot-arr.csv',
    'salesforce-report.csv',
    'excel-unicode-text.txt',
    'excel-semicolon-1252.csv',
    'apollo-people.csv',
  ])('gives the rows reading %s whole gives', async (name) => {
    const data = fixture(name);
    const whole = readCustomersBytes(data);
    for (const slice of [7, 100, 4096, data.length])
      expect(await rowsOf(data, slice)).toEqual(whole.rows);
    const summary = await passOverCustomers(data, () => undefined, { slice: 50 });
    expect(summary?.rowCount).toBe(whole.rows.length);
    expect(summary?.columns).toEqual(whole.columns);
    expect(summary?.usedColumns).toEqual(whole.usedColumns);
  });

  it('gives the rows of a file past the 64 KB the encoding is decided on, for slices that cut rows anywhere', async () => {
    const data = bytes(customersCsv(1500));
    expect(data.length).toBeGreaterThan(3 * 65_536);
    const whole = readCustomersBytes(data).rows;
    expect(whole).toHaveLength(1500);
    for (const slice of [997, 65_536, 100_003]) expect(await rowsOf(data, slice)).toEqual(whole);
  });

  it('reports progress in bytes, rising to the total, and stops when asked', async () => {
    const data = bytes(customersCsv(300));
    const progress: [number, number][] = [];
    const summary = await passOverCustomers(data, () => undefined, {
      slice: 1000,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(summary?.rowCount).toBe(300);
    expect(progress.length).toBe(Math.ceil(data.length / 1000));
    expect(progress.map(([done]) => done)).toEqual(
      progress.map(([done]) => done).sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toEqual([data.length, data.length]);
    let seen = 0;
    let checks = 0;
    const stopped = await passOverCustomers(data, () => seen++, {
      slice: 1000,
      stop: () => ++checks === 3,
    });
    expect(stopped).toBeUndefined();
    expect(checks).toBe(3);
    expect(seen).toBeLessThan(300);
  });

  it('copies held facts whole (ownStrings), strings included', () => {
    const facts = readCustomersBytes(fixture('customers-hubspot-arr.csv')).rows[0]?.facts;
    expect(ownStrings(facts)).toEqual(facts);
    expect(ownStrings(facts)).not.toBe(facts);
  });

  it('reads a Blob (the picked file) as it reads bytes', async () => {
    const text = customersCsv(120);
    expect(await passOverCustomers(new Blob([text]), () => undefined, { slice: 333 })).toEqual(
      await passOverCustomers(bytes(text), () => undefined),
    );
  });
});

describe('proposeFromFile: the proposal from passes over the file', () => {
  const data = bytes(customersCsv(1500));
  const rules: BestRule[] = [
    { kind: 'top', column: 'ARR', n: 40 },
    { kind: 'top', column: 'ARR', n: 1 },
    // Above HELD_BEST the ranking takes a pass of its own.
    { kind: 'top', column: 'ARR', n: HELD_BEST + 1 },
    { kind: 'flag', column: 'Customer Tier' },
    { kind: 'flag', column: 'Deal Stage' },
  ];

  it.each(rules)(
    'streamed in slices of any size, proposes what every row held at once does (%o)',
    async (rule) => {
      const expected = proposalFromAllRows(data, rule);
      expect(expected.criteria.length).toBeGreaterThan(0);
      for (const slice of [4999, 65_536, data.length])
        expect(await proposeFromFile(data, rule, { slice })).toEqual(expected);
    },
  );

  it('finds the leaning traits, keywords included', async () => {
    const proposal = await proposeFromFile(data, { kind: 'top', column: 'ARR', n: 40 });
    const ids = proposal?.criteria.map((c) => c.id) ?? [];
    expect(ids).toContain('industry:computer and network security');
    expect(ids).toContain('location:US');
    expect(ids).toContain('keywords:zero trust');
    expect(ids.some((id) => id.startsWith('founded:'))).toBe(true);
  });

  it('gives the back-test every row held at once gives', async () => {
    const proposal = proposalFromAllRows(data, rules[0] as BestRule);
    const icp = proposalToIcp(
      proposal,
      proposal.criteria.map((c) => c.id),
      { name: 'ICP' },
    );
    const deals = readCustomersBytes(data).rows.flatMap((r) => {
      const won = parseOutcome(r.record['Deal Stage'] ?? '');
      return won === undefined ? [] : [{ facts: r.facts, won }];
    });
    expect(deals).toHaveLength(1500);
    const expected = backTest(icp, deals);
    for (const slice of [4999, 100_000])
      expect(await backTestFile(data, icp, 'Deal Stage', { slice })).toEqual(expected);
  });
});

describe('createCustomersSession: the worker message handler', () => {
  const data = bytes(customersCsv(200));

  it('posts progress, then a summary without rows; proposes and back-tests by streaming again', async () => {
    const handle = createCustomersSession({ slice: 2000 });
    const posted: CustomersReport[] = [];
    const post = (r: CustomersReport) => posted.push(structuredClone(r));
    await handle({ type: 'read', file: new Blob([data]) }, post);
    const last = posted.at(-1);
    expect(posted.slice(0, -1).every((r) => r.type === 'progress')).toBe(true);
    expect(posted.length).toBeGreaterThan(5);
    expect(last?.type).toBe('read');
    if (last?.type !== 'read') return;
    expect(last.summary.rowCount).toBe(200);
    expect(last.summary.columns).toContain('ARR');
    expect(last.summary).not.toHaveProperty('rows');

    posted.length = 0;
    const rule: BestRule = { kind: 'top', column: 'ARR', n: 20 };
    await handle({ type: 'propose', rule }, post);
    // The share done rises through the passes (rank, fold, keywords), then the proposal.
    const shares = posted.flatMap((r) => (r.type === 'proposing' ? [r.share] : []));
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBeCloseTo(1);
    expect(posted.filter((r) => r.type !== 'proposing')).toEqual([
      { type: 'proposal', proposal: proposalFromAllRows(data, rule) },
    ]);
    const answer = posted.at(-1);
    if (answer?.type !== 'proposal') return;
    expect(answer.proposal.bestCount).toBe(20);

    posted.length = 0;
    const icp = proposalToIcp(
      answer.proposal,
      answer.proposal.criteria.map((c) => c.id),
      { name: 'ICP' },
    );
    await handle({ type: 'backtest', id: 7, icp, outcomeColumn: 'Deal Stage' }, post);
    expect(posted).toHaveLength(1);
    const rates = posted[0];
    if (rates?.type !== 'winRates') throw new Error(`expected win rates, got ${rates?.type}`);
    expect(rates.id).toBe(7);
    expect(rates.winRates.reduce((n, w) => n + w.companies, 0)).toBe(200);
  });

  it('ends a back-test a newer one supersedes, without an answer', async () => {
    const handle = createCustomersSession({ slice: 500 });
    const posted: CustomersReport[] = [];
    await handle({ type: 'read', file: data }, () => undefined);
    await handle({ type: 'propose', rule: { kind: 'flag', column: 'Customer Tier' } }, (r) =>
      posted.push(r),
    );
    const answer = posted.at(-1);
    if (answer?.type !== 'proposal') throw new Error('no proposal');
    const icp = proposalToIcp(
      answer.proposal,
      answer.proposal.criteria.map((c) => c.id),
      { name: 'ICP' },
    );
    posted.length = 0;
    const post = (r: CustomersReport) => posted.push(r);
    await Promise.all([
      handle({ type: 'backtest', id: 1, icp, outcomeColumn: 'Deal Stage' }, post),
      handle({ type: 'backtest', id: 2, icp, outcomeColumn: 'Deal Stage' }, post),
    ]);
    expect(posted.map((r) => (r.type === 'winRates' ? r.id : r.type))).toEqual([2]);
  });

  it('reports a cancelled read and keeps no file', async () => {
    const handle = createCustomersSession({ slice: 500 });
    const posted: CustomersReport[] = [];
    await handle(
      { type: 'read', file: data },
      (r) => posted.push(r),
      () => true,
    );
    expect(posted.at(-1)).toEqual({ type: 'cancelled' });
    posted.length = 0;
    await handle({ type: 'propose', rule: { kind: 'top', column: 'ARR', n: 5 } }, (r) =>
      posted.push(r),
    );
    expect(posted).toEqual([
      { type: 'failed', code: 'no-file', message: 'No customers file has been read.' },
    ]);
  });

  it('reads a file with no company as done with no rows and the reason', async () => {
    const posted: CustomersReport[] = [];
    await createCustomersSession()(
      { type: 'read', file: new Uint8Array([0, 1, 2, 0, 0, 255]) },
      (r) => posted.push(r),
    );
    const last = posted.at(-1);
    if (last?.type !== 'read') throw new Error(`expected a summary, got ${last?.type}`);
    expect(last.summary.rowCount).toBe(0);
    expect(last.summary.errors[0]?.message).toBeTruthy();
  });
});
