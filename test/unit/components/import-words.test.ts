import { describe, expect, it } from 'vitest';
import { recordIdColumn } from '../../../components/lists/import-words';

const used = [
  { column: 'Company name', field: 'name' },
  { column: 'Company Domain Name', field: 'domain' },
];

describe('recordIdColumn: the CRM record-id column is named apart, not as ignored', () => {
  it('takes HubSpot’s "Record ID" out of the ignored columns', () => {
    expect(recordIdColumn(used, ['Record ID', 'Company owner', 'Lifecycle Stage'])).toEqual({
      column: 'Record ID',
      ignored: ['Company owner', 'Lifecycle Stage'],
    });
  });

  it('finds Salesforce’s "Account ID" wherever it stands', () => {
    expect(recordIdColumn(used, ['Account Owner', 'Account ID'])).toEqual({
      column: 'Account ID',
      ignored: ['Account Owner'],
    });
  });

  it('leaves a file without a record-id column as it was', () => {
    const ignored = ['Company owner', 'Notes'];
    expect(recordIdColumn(used, ignored)).toEqual({ ignored });
    expect(recordIdColumn([], [])).toEqual({ ignored: [] });
  });
});
