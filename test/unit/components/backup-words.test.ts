/**
 * Restore problems come back as codes with parameters and are worded in each UI language from the
 * shipped catalogs: the files here are real backups of a made-up database, damaged the ways a user's
 * file gets damaged, restored into fake IndexedDB; the words carry no English frame in vi, zh_CN
 * or fa, keep what the file says (field paths, keys, names) as written, and use the language's
 * digits.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  backupProblemWords,
  restoredCountsWords,
} from '@/components/dashboard/settings/backup-words';
import { exportDatabase, restoreDatabase } from '@/lib/db/backup';
import type { BackupProblem } from '@/lib/db/backup-problems';
import { recordObservation } from '@/lib/db/companies';
import { seedSampleIcp } from '@/lib/db/icps';
import { DB_NAME, IcpLensDb } from '@/lib/db/schema';
import { stripIsolates } from '@/lib/i18n/bidi';
import { sampleIcp } from '@/lib/icp/sample';
import { useShippedLanguage } from '../../harness/shipped-language';

let db: IcpLensDb | undefined;
afterEach(async () => {
  fakeBrowser.reset();
  await db?.delete();
  db = undefined;
});

type Backup = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };

/** A backup of a database holding the sample ICP and one company, edited by `damage`. */
async function damagedBackup(damage: (file: Backup) => void): Promise<Blob> {
  db = new IcpLensDb(DB_NAME);
  await db.open();
  await seedSampleIcp(sampleIcp, db);
  await recordObservation(
    {
      url: 'https://www.linkedin.com/company/tidewater-analytics/about/',
      extractor: 'linkedin-company',
      facts: {
        name: { value: 'Tidewater Analytics', source: 'json-ld', evidence: 'Tidewater Analytics' },
        linkedinSlug: {
          value: 'tidewater-analytics',
          source: 'url',
          evidence: '/company/tidewater-analytics/',
        },
      },
      missing: [],
    },
    1,
    db,
  );
  const file = JSON.parse(await (await exportDatabase(db)).text()) as Backup;
  damage(file);
  return new Blob([JSON.stringify(file)]);
}

const rowsOf = (file: Backup, table: string) =>
  file.data.data.find((t) => t.tableName === table)?.rows ?? [];

async function problemOf(damage: (file: Backup) => void): Promise<BackupProblem> {
  const result = await restoreDatabase(await damagedBackup(damage), db);
  if (result.ok) throw new Error('the damaged backup was restored');
  return result.problem;
}

describe('restore problems as codes', () => {
  it('name the row, the table and the field, with what is wrong', async () => {
    expect(
      await problemOf((f) => {
        const [bucket] = rowsOf(f, 'companyBuckets');
        const [company] = (bucket?.companies ?? []) as Record<string, unknown>[];
        if (company) company.name = { evil: true };
      }),
    ).toEqual({
      code: 'row-damaged',
      table: 'companyBuckets',
      row: 1,
      field: 'companies.0.name',
      issue: { kind: 'wrong-type', expected: 'string' },
    });
    expect(
      await problemOf((f) => {
        delete rowsOf(f, 'observations')[0]?.id;
      }),
    ).toMatchObject({ code: 'row-damaged', table: 'observations', issue: { kind: 'missing' } });
    expect(
      await problemOf((f) => {
        const [setting] = rowsOf(f, 'settings');
        if (setting) setting.$types = { value: 'date' };
      }),
    ).toEqual({ code: 'row-type', table: 'settings', row: 1, field: 'value', type: 'date' });
  });

  it('keep the English message for logs and tests', async () => {
    const result = await restoreDatabase(new Blob(['{"formatName": "dexie", "data": ']));
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'not-json' },
      error: 'The file is not a complete backup (it does not read as JSON).',
    });
  });
});

/** One problem of every code, as the UI receives them. */
const EVERY: readonly BackupProblem[] = [
  { code: 'not-json' },
  { code: 'not-backup' },
  { code: 'other-database', name: 'crm-sync' },
  { code: 'newer-version' },
  { code: 'no-tables' },
  { code: 'unknown-table', table: 'evil' },
  { code: 'table-twice', table: 'companies' },
  { code: 'table-damaged', table: 'lists' },
  {
    code: 'row-damaged',
    table: 'companies',
    row: 1204,
    field: 'name',
    issue: { kind: 'wrong-type', expected: 'string' },
  },
  { code: 'row-damaged', table: 'scores', row: 3, field: 'score', issue: { kind: 'missing' } },
  {
    code: 'row-damaged',
    table: 'scores',
    row: 3,
    field: 'tierKind',
    issue: { kind: 'not-one-of', values: ['tier', 'bad'] },
  },
  { code: 'row-damaged', table: 'listings', row: 2, issue: { kind: 'invalid' } },
  { code: 'row-type', table: 'settings', row: 1, field: 'value', type: 'date' },
  { code: 'row-key-repeated', table: 'companies', row: 3, key: 'c-tidewater' },
  { code: 'storage-full' },
  { code: 'not-restored', reason: 'ConstraintError: Key already exists' },
];

describe('restore problems in the UI language', () => {
  it('in English read as the English message', () => {
    useShippedLanguage('en');
    const words = EVERY.map((p) => stripIsolates(backupProblemWords(p)));
    expect(words[0]).toBe('The file is not a complete backup (it does not read as JSON).');
    expect(words[8]).toBe(
      'Row 1,204 of the table of companies is damaged (name: must be a string).',
    );
    expect(words[2]).toBe('This backup is of another database ("crm-sync").');
  });

  it.each(['vi', 'zh_CN', 'fa'] as const)('in %s leave no English word behind', (locale) => {
    useShippedLanguage('en');
    const english = EVERY.map((p) => stripIsolates(backupProblemWords(p)));
    useShippedLanguage(locale);
    EVERY.forEach((problem, i) => {
      const text = backupProblemWords(problem);
      expect(text, problem.code).not.toMatch(/backup_|icpfile_/);
      // What the file says (names, fields, keys, types, the browser's reason) stays as written.
      const fromFile =
        /crm-sync|evil|name|score|tierKind|tier|bad|value|date|c-tidewater|ConstraintError: Key already exists|ICP|Lens|JSON/g;
      const frame = (words: string) => stripIsolates(words).replace(fromFile, ' ');
      const englishWords = frame(english[i] ?? '').match(/[A-Za-z]{3,}/g) ?? [];
      const left = englishWords.filter((w) => new RegExp(`\\b${w}\\b`).test(frame(text)));
      expect(left, `${problem.code}: ${text}`).toEqual([]);
      for (const kept of ['field', 'key', 'type', 'reason'] as const)
        if (kept in problem)
          expect(stripIsolates(text)).toContain(String(problem[kept as keyof BackupProblem]));
    });
  });

  it('name tables and write numbers the language’s way', () => {
    const damaged = EVERY[8] as BackupProblem;
    useShippedLanguage('vi');
    expect(stripIsolates(backupProblemWords(damaged))).toBe(
      'Dòng 1.204 của bảng công ty bị hỏng (name: phải là một chuỗi văn bản).',
    );
    useShippedLanguage('zh_CN');
    expect(stripIsolates(backupProblemWords(damaged))).toBe(
      '“公司”数据表第 1,204 行已损坏（name：必须是文本）。',
    );
    useShippedLanguage('fa');
    expect(stripIsolates(backupProblemWords(damaged))).toBe(
      'ردیف ۱٬۲۰۴ جدول «شرکت‌ها» آسیب دیده است (name: باید متن باشد).',
    );
    expect(restoredCountsWords({ icps: 1, companies: 120 })).toBe('ICPها: ۱ و شرکت‌ها: ۱۲۰');
    useShippedLanguage('zh_CN');
    expect(restoredCountsWords({ icps: 1, companies: 120 })).toBe('ICP 配置 1 条和公司 120 条');
  });
});
