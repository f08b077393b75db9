/**
 * `--lang vi|zh_CN|fa`: the command line's help, table (headers, engine tiers, reasons, digits),
 * usage errors and input errors in that language, from the extension's own catalogs; English by
 * default; CSV and JSON stay machine-readable whatever the language.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runCli, USAGE } from '@/lib/cli/main';
import { cliLocale, cliText } from '@/lib/cli/text';
import { usage } from '@/lib/cli/usage';

const ROOT = resolve(__dirname, '../../..');
const APOLLO = 'test/fixtures/csv/apollo-accounts.csv';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: (path) => readFileSync(resolve(ROOT, path), 'utf8'),
  });
  return { code, stdout, stderr };
}

describe('icp-lens --lang', () => {
  it('prints the help in the language asked for, English by default', async () => {
    expect((await run(['--help'])).stdout).toBe(USAGE);
    expect(USAGE).toContain('--lang <code>');
    const vi = await run(['--help', '--lang', 'vi']);
    expect(vi.stdout).toBe(usage(cliText('vi')));
    expect(vi.stdout).toMatch(/^ICP Lens — chấm điểm các công ty theo/);
    expect(vi.stdout).toContain('Cách dùng:');
    expect(vi.stdout).toContain('  icp-lens score [--icp <icp.json>]');
    expect((await run(['--lang=zh_CN', 'help'])).stdout).toContain('用法：');
    expect((await run(['-h', '--lang', 'fa'])).stdout).toContain('نحوهٔ استفاده:');
  });

  it('writes the table in Vietnamese: headers, engine tiers and reasons', async () => {
    const { code, stdout } = await run(['score', APOLLO, '--lang', 'vi']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^Dòng\s+Công ty\s+Hạng\s+Điểm\s+Tin cậy\s+Lý do$/);
    expect(stdout).toMatch(/\? Quy mô công ty: chưa rõ/);
    expect(stdout).toMatch(/✓ Ngành: Computer and Network Security/);
    expect(stdout).not.toMatch(/\b(unknown|Bad fit|Not enough data|Disqualified)\b/);
    // The values the engine read, worded in Vietnamese from their parts (page words as written).
    expect(stdout).toMatch(/✓ Quy mô công ty: 320 nhân viên/);
    expect(stdout).toMatch(/Austin, TX, Hoa Kỳ/);
    expect(stdout).not.toMatch(/: [\d,.]+ employees|United States|in the specialties/);
  });

  it('writes Persian digits, and lines Chinese columns up by terminal width', async () => {
    const fa = await run(['score', APOLLO, '--lang', 'fa']);
    expect(fa.stdout.split('\n')[1]).toMatch(/^ردیف\s+شرکت\s+سطح\s+امتیاز\s+اطمینان\s+دلیل‌ها$/);
    expect(fa.stdout.split('\n')[3]).toMatch(/^ *[۰-۹]+ {2}\S/);
    expect(fa.stdout).toMatch(/[۰-۹]+٪/);
    const zh = await run(['score', APOLLO, '--lang', 'zh_CN']);
    const [, header, rule] = zh.stdout.split('\n');
    expect(header).toMatch(/^行\s+公司\s+等级\s+得分\s+置信度\s+原因$/);
    // The rule under each header is as wide on screen as the header's column.
    const columns = (text: string) => text.split(/(?<=\S)\s{2,}(?=\S)/);
    const widths = columns(rule ?? '').map((c) => c.length);
    const start = (header ?? '').indexOf('公司');
    expect(stringWidth((header ?? '').slice(0, start))).toBe((widths[0] ?? 0) + 2);
  });

  it('says usage and input errors in the language, with the usage text', async () => {
    const wrong = await run(['score', APOLLO, '--format', 'xml', '--lang', 'vi']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^icp-lens: --format phải là một trong: table, json, csv/);
    expect(wrong.stderr).toContain('Cách dùng:');
    const unknown = await run(['scroe', '--lang', 'fa']);
    expect(unknown.stderr).toMatch(/^icp-lens: فرمان «scroe» وجود ندارد/);
    const missing = await run(['score', 'nope.csv', '--lang', 'zh_CN']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe('icp-lens: 无法读取公司列表 nope.csv：no such file.\n');
    const option = await run(['score', APOLLO, '--bogus', '--lang', 'vi']);
    expect(option.stderr).toMatch(/^icp-lens: không có tùy chọn --bogus/);
    const badLang = await run(['score', APOLLO, '--lang', 'de']);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toMatch(/^icp-lens: --lang must be en, vi, zh_CN or fa/);
  });

  it('says what it read on stderr in the language: companies, columns, skipped rows', async () => {
    const report = 'test/fixtures/csv/salesforce-report.csv';
    const en = await run(['score', report]);
    expect(en.stderr).toMatch(
      /^test\/fixtures\/csv\/salesforce-report\.csv \(utf-8\): 3 companies read$/m,
    );
    expect(en.stderr).toMatch(/^ {2}columns used: Account Name → name, Industry → industry,/m);
    expect(en.stderr).toMatch(/^ {2}row 12: skipped \(total\): Grand Totals/m);
    const vi = await run(['score', report, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toMatch(
      /^test\/fixtures\/csv\/salesforce-report\.csv \(utf-8\): đã đọc 3 công ty$/m,
    );
    expect(vi.stderr).toMatch(
      /^ {2}cột đã dùng: Account Name → tên, Industry → ngành, Employees → số nhân viên,/m,
    );
    expect(vi.stderr).toMatch(/^ {2}cột bị bỏ qua: Account Owner$/m);
    expect(vi.stderr).toMatch(/^ {2}dòng 1: bỏ qua \(tiêu đề báo cáo\): Accounts with Industry$/m);
    expect(vi.stderr).toMatch(/^ {2}dòng 12: bỏ qua \(dòng tổng\): Grand Totals/m);
    // No English frame left: only the file's own column names and row text.
    const frame = vi.stderr.replace(
      /Account (Name|Owner)|Industry|Employees|Billing [A-Za-z/]+|Ownership|Type|Accounts with Industry|As of .*|Filtered By:|Type equals Prospect|Grand Totals \(3 records\)|test\/fixtures\/csv\/salesforce-report\.csv|utf-8/g,
      '',
    );
    expect(frame).not.toMatch(/\b(read|columns|used|ignored|row|skipped|total|title|blank)\b/);
    const fa = await run(['score', report, '--lang', 'fa']);
    expect(fa.stderr).toMatch(/: ۳ شرکت خوانده شد$/m);
    expect(fa.stderr).toMatch(/^ {2}ردیف ۱۲: رد شد \(ردیف جمع\): Grand Totals/m);
  });

  it('says the reader’s row problems in the language, English by default byte for byte', async () => {
    // Made-up accounts: a row with a cell too many, a row with no company data at all.
    const dir = mkdtempSync(join(tmpdir(), 'icp-lens-lang-'));
    const file = join(dir, 'prospects.csv');
    writeFileSync(
      file,
      [
        'Company,Website,Employees',
        'Northwind Traders,northwind-traders.example,250',
        'Contoso Freight,contoso-freight.example,1200,Q3 pipeline',
        'Fabrikam Logistics,fabrikam-logistics.example,85',
      ].join('\n'),
    );
    const en = await run(['score', file]);
    expect(en.stderr).toMatch(/^ {2}row 3: 4 cells but 3 columns: extra cells ignored$/m);
    const zh = await run(['score', file, '--lang', 'zh_CN']);
    expect(zh.stderr).toMatch(/^ {2}第 3 行：有 4 个单元格，但只有 3 列：多出的单元格已忽略$/m);
    const fa = await run(['score', file, '--lang', 'fa']);
    expect(fa.stderr).toMatch(/^ {2}ردیف ۳: ۴ خانه اما ۳ ستون: خانه‌های اضافی نادیده گرفته شد$/m);
    writeFileSync(file, '');
    const empty = await run(['score', file, '--lang', 'vi']);
    expect(empty.stderr).toContain('Tệp trống.');
    expect((await run(['score', file])).stderr).toContain('The file is empty.');
  });

  it('says why an ICP file is not valid in the language, the field path as written', async () => {
    const icp = 'test/fixtures/icp/bad-credit.json';
    const en = await run(['score', '--icp', icp, APOLLO]);
    expect(en).toMatchObject({ code: 1, stdout: '' });
    expect(en.stderr).toBe(
      `icp-lens: The ICP file ${icp} is not valid: criteria[2].bands[0].credit: must be ≤ 1\n`,
    );
    const vi = await run(['score', '--icp', icp, APOLLO, '--lang', 'vi']);
    expect(vi).toMatchObject({ code: 1, stdout: '' });
    expect(vi.stderr).toBe(
      `icp-lens: Tệp ICP ${icp} không hợp lệ: criteria[2].bands[0].credit: phải ≤ 1\n`,
    );
    const zh = await run([
      'score',
      '--icp',
      'test/fixtures/icp/typo-and-place.json',
      APOLLO,
      '--lang',
      'zh_CN',
    ]);
    expect(zh.stderr).toContain('criteria[0].wieght：未知的键（是否想写 "weight"？）');
    const fa = await run(['score', '--icp', icp, APOLLO, '--lang', 'fa']);
    expect(fa.stderr).toContain('criteria[2].bands[0].credit: باید ≤ ۱ باشد');
    expect(fa.stderr).not.toMatch(/must|valid/);
  });

  it('keeps CSV and JSON machine-readable in every language', async () => {
    const en = await run(['score', APOLLO, '--format', 'csv']);
    const vi = await run(['score', APOLLO, '--format', 'csv', '--lang', 'vi']);
    expect(vi.stdout).toBe(en.stdout);
  });

  it('accepts the locale codes and their BCP 47 spellings only', () => {
    expect(cliLocale('vi')).toBe('vi');
    expect(cliLocale('zh-CN')).toBe('zh_CN');
    expect(cliLocale('FA')).toBe('fa');
    expect(cliLocale('de')).toBeUndefined();
    expect(cliLocale('')).toBeUndefined();
  });
});
