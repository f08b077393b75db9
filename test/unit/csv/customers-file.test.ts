import { describe, expect, it } from 'vitest';
import { readCustomersFile } from '@/lib/csv/customers-file';
import { selectBest } from '@/lib/icp/builder';

const CSV = [
  'Company name,Website,Industry,Number of Employees,Country/Region,ARR,Closed Won',
  'Acme Security,https://acme.io,Computer and Network Security,350,United States,"$120,000",yes',
  ',,,,,,',
  'Beta Retail,https://beta.shop,Retail,40,Vietnam,"$8,000",no',
  '"<script>alert(1)</script>",https://evil.test,Retail,12,Iran,1.2M,yes',
].join('\n');

describe('readCustomersFile', () => {
  it('keeps each company beside its raw cells, skipping blank rows', () => {
    const file = readCustomersFile(CSV);
    expect(file.columns).toEqual([
      'Company name',
      'Website',
      'Industry',
      'Number of Employees',
      'Country/Region',
      'ARR',
      'Closed Won',
    ]);
    expect(file.rows).toHaveLength(3);
    expect(file.rows[1]?.facts.name?.value).toBe('Beta Retail');
    expect(file.rows[1]?.record.ARR).toBe('$8,000');
    expect(file.rows[2]?.facts.name?.value).toBe('<script>alert(1)</script>');
    expect(file.ignoredColumns).toEqual(expect.arrayContaining(['ARR', 'Closed Won']));
    expect(
      selectBest(
        file.rows.map((r) => r.record),
        { kind: 'top', column: 'ARR', n: 2 },
      ),
    ).toEqual([true, false, true]);
  });

  it('keeps fact values without evidence text (the builder reads values only), unless asked', () => {
    const lean = readCustomersFile(CSV).rows[0]?.facts;
    expect(lean?.industry?.value).toBe('Computer and Network Security');
    expect(lean?.industry?.evidence).toBeFalsy();
    const full = readCustomersFile(CSV, { evidence: true }).rows[0]?.facts;
    expect(full?.industry?.value).toBe(lean?.industry?.value);
    expect(full?.industry?.evidence).toContain('Industry: Computer and Network Security');
  });

  it('keeps the cells of a row after a report title, under the right columns', () => {
    const file = readCustomersFile(`Customers report\n\n${CSV}`);
    expect(file.rows[0]?.record).toMatchObject({ ARR: '$120,000', 'Closed Won': 'yes' });
    expect(file.columns[0]).toBe('Company name');
  });

  it('reads nothing from a file that is not a CSV of companies, and says why', () => {
    const file = readCustomersFile('PK\u0003\u0004binary');
    expect(file.rows).toEqual([]);
    expect(file.errors[0]?.message).toBeTruthy();
  });
});
