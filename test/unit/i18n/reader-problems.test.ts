/**
 * The account-file reader's problems found in real files (a quote never closed, a quote in the
 * wrong place, bytes that stop being UTF-8, a size Excel made a date, a JSON entry the facts schema
 * rejects, a CRM export without a name or domain) come with a code: the reader's English stays as
 * the command line printed it, and the UI and `--lang` word them in Vietnamese, Chinese and Persian.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rowErrorWords } from '@/components/lists/file-problem-words';
import { runCli } from '@/lib/cli/main';
import { cliText } from '@/lib/cli/text';
import { readCrmSnapshot } from '@/lib/crm/snapshot';
import { readCompaniesCsv } from '@/lib/csv/read';
import { readCompaniesJson } from '@/lib/csv/read-json';
import type { RowError } from '@/lib/csv/records';
import { AccountFileStream } from '@/lib/csv/stream';
import { stripIsolates } from '@/lib/i18n/bidi';
import { type ShippedLocale, useShippedLanguage } from '../../harness/shipped-language';

afterEach(() => fakeBrowser.reset());

const UNCLOSED = [
  'Company,Website,Employees',
  'Northwind Traders,northwind-traders.example,250',
  '"Contoso Freight,contoso-freight.example,1200',
  'Fabrikam Logistics,fabrikam-logistics.example,85',
  '',
].join('\n');

const MISPLACED_QUOTE = [
  'Company,Website,Employees',
  '"Northwind "Traders" Ltd",northwind-traders.example,250',
  'Contoso Freight,contoso-freight.example,1200',
  '',
].join('\n');

/** 2,000 UTF-8 rows, then a Windows-1252 "ü" (0xFC) in the next chunk: Excel's mixed export. */
function mixedEncoding(): Uint8Array[] {
  const head = new TextEncoder().encode(
    `Company,Website,Employees\n${'Northwind Traders,northwind-traders.example,250\n'.repeat(2000)}`,
  );
  const tail = Uint8Array.from([
    ...new TextEncoder().encode('M'),
    0xfc,
    ...new TextEncoder().encode('ller GmbH,mueller.example,40\n'),
  ]);
  return [head, tail];
}

function streamed(chunks: Uint8Array[]): RowError[] {
  const stream = new AccountFileStream(() => {});
  for (const chunk of chunks) stream.push(chunk);
  return stream.end().errors;
}

/** The first problem of each file, as the UI words it in `locale` (isolates removed). */
function words(locale: ShippedLocale, error: RowError | undefined): string {
  // biome-ignore lint/correctness/useHookAtTopLevel: not a React hook, it sets the fake browser's language
  useShippedLanguage(locale);
  return stripIsolates(rowErrorWords(error as RowError));
}

describe('reader problems found in real files', () => {
  it('a quote never closed: its line and the lines left, in each language', () => {
    const [error] = readCompaniesCsv(UNCLOSED).errors;
    expect(error).toEqual({
      row: 3,
      message:
        'a quote opened on line 3 is never closed, so the rest of the file (2 lines) cannot be read as rows: close the quote or remove it, then read the file again',
      problem: { code: 'unclosed-quote', line: 3, rest: 2 },
    });
    expect(words('en', error)).toBe(error?.message);
    expect(words('vi', error)).toBe(
      'dấu ngoặc kép mở ở dòng 3 không bao giờ được đóng, nên phần còn lại của tệp (2 dòng) không đọc được thành từng hàng: hãy đóng hoặc xoá dấu ngoặc kép đó rồi đọc lại tệp',
    );
    expect(words('zh_CN', error)).toBe(
      '第 3 行开始的引号始终没有闭合，因此文件其余部分（2 行）无法按行读取：请补上或删除这个引号，然后重新读取文件',
    );
    expect(words('fa', error)).toMatch(/^گیومه‌ای که در خط ۳ باز شده هرگز بسته نمی‌شود، .*\(۲ خط\)/);
  });

  it('the chunked reader’s unclosed quote, by its line', () => {
    const lines = ['Company,Website'];
    for (let i = 0; i < 1000; i++) lines.push(`Account ${i},account-${i}.example`);
    lines.push('"Contoso Freight,contoso-freight.example');
    const [error] = streamed([new TextEncoder().encode(lines.join('\n'))]);
    expect(error?.problem).toEqual({ code: 'unclosed-quote-near', line: 1002 });
    expect(words('zh_CN', error)).toBe(
      '第 1002 行附近开始的引号始终没有闭合：文件其余部分无法按行读取',
    );
    expect(words('fa', error)).toBe(
      'گیومه‌ای که نزدیک خط ۱۰۰۲ باز شده هرگز بسته نمی‌شود: بقیه فایل را نمی‌توان به‌صورت ردیف خواند',
    );
  });

  it('a quote in the middle of a quoted cell: the parser’s code, worded', () => {
    const { errors } = readCompaniesCsv(MISPLACED_QUOTE);
    const error = errors[0];
    expect(error).toMatchObject({
      row: 2,
      message: 'Trailing quote on quoted field is malformed',
      problem: { code: 'csv-syntax', papa: 'InvalidQuotes' },
    });
    expect(words('vi', error)).toBe(
      'dấu ngoặc kép đóng của một ô bị đặt sai: sau nó vẫn còn chữ trong cùng ô',
    );
    expect(words('zh_CN', error)).toBe('带引号单元格的结尾引号有误：引号后面同一单元格中还有文字');
    // A parser problem this reader has no words for keeps the parser's English, in a frame.
    useShippedLanguage('fa');
    const other = {
      message: 'Too many fields: expected 3 fields but parsed 4',
      problem: {
        code: 'csv-syntax' as const,
        papa: 'TooManyFields',
        message: 'Too many fields: expected 3 fields but parsed 4',
      },
    };
    expect(stripIsolates(rowErrorWords(other))).toBe(
      'خواننده CSV خطا داد: Too many fields: expected 3 fields but parsed 4',
    );
  });

  it('bytes that stop being UTF-8: the byte, as the reader counts it', () => {
    const [error] = streamed(mixedEncoding());
    expect(error).toEqual({
      row: 0,
      message: 'Not UTF-8 after byte 96026: read from there as Windows-1252.',
      problem: { code: 'not-utf8-after', byte: 96026 },
    });
    expect(words('vi', error)).toBe(
      'Sau byte 96026, tệp không còn là UTF-8: từ đó trở đi được đọc theo Windows-1252.',
    );
    expect(words('fa', error)).toBe(
      'پس از بایت ۹۶۰۲۶ متن دیگر UTF-8 نیست: از آنجا به بعد با Windows-1252 خوانده شد.',
    );
  });

  it('a size Excel made a date: the column and the cell as written', () => {
    const [error] = readCompaniesCsv('Company,Employees\nNorthwind Traders,10-Mar\n').errors;
    expect(error?.message).toBe(
      'Employees: "10-Mar" is a date Excel made of a size band, and which band cannot be told: left out',
    );
    expect(words('zh_CN', error)).toBe(
      'Employees：“10-Mar”是 Excel 把规模区间自动转换成的日期，无法判断原来是哪个区间：已略去',
    );
  });

  it('a JSON entry of facts the schema rejects: worded as the ICP file’s problems are', () => {
    const json = JSON.stringify([
      {
        name: { value: 'Northwind Traders', source: 'csv', evidence: 'Company: Northwind Traders' },
        employees: { value: { min: -5 }, source: 'csv', evidence: 'Employees: -5' },
      },
    ]);
    const [error] = readCompaniesJson(json).errors;
    expect(error?.message).toBe('employees.value.min: Too small: expected number to be >=0');
    expect(words('en', error)).toBe('employees.value.min: must be ≥ 0');
    expect(words('vi', error)).toBe('employees.value.min: phải ≥ 0');
    expect(words('fa', error)).not.toMatch(/Too small|expected/);
  });

  it('a CRM export without a name or domain, in the file and on a row', () => {
    const [fatal] = readCrmSnapshot('First Name,Email\nAda,ada@example.com\n').errors;
    expect(fatal?.message).toBe('No company name or domain column: is this a companies export?');
    expect(words('zh_CN', fatal)).toBe('没有公司名称或域名列：这是公司导出文件吗？');
    const [row] = readCrmSnapshot('Company Name,Owner\nContoso Freight,Ana\n,Ben\n').errors;
    expect(row?.row).toBe(3);
    expect(words('fa', row)).toBe('این ردیف نام شرکت یا دامنه ندارد.');
    expect(words('vi', row)).toBe('Hàng này không có tên công ty hay tên miền.');
  });
});

describe('reader problems on the command line', () => {
  const ROOT = resolve(__dirname, '../../..');
  async function run(argv: string[]) {
    let stderr = '';
    await runCli(argv, {
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
      },
      readFile: (path) => readFileSync(resolve(ROOT, path), 'utf8'),
    });
    return stderr;
  }

  it('prints the reader’s English by default and the language under --lang', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'icp-lens-')), 'prospects.csv');
    writeFileSync(file, UNCLOSED);
    expect(await run(['score', file])).toMatch(
      /^ {2}row 3: a quote opened on line 3 is never closed, so the rest of the file \(2 lines\) cannot be read as rows: close the quote or remove it, then read the file again$/m,
    );
    expect(await run(['score', file, '--lang', 'zh_CN'])).toMatch(
      /^ {2}第 3 行：第 3 行开始的引号始终没有闭合，因此文件其余部分（2 行）无法按行读取/m,
    );
    expect(await run(['score', file, '--lang', 'fa'])).toMatch(
      /^ {2}ردیف ۳: گیومه‌ای که در خط ۳ باز شده هرگز بسته نمی‌شود/m,
    );
    writeFileSync(file, MISPLACED_QUOTE);
    expect(await run(['score', file])).toMatch(
      /^ {2}row 2: Trailing quote on quoted field is malformed$/m,
    );
    expect(await run(['score', file, '--lang', 'vi'])).toMatch(
      /^ {2}dòng 2: dấu ngoặc kép đóng của một ô bị đặt sai/m,
    );
  });

  it('words each new code in every language with the language’s digits', () => {
    const fa = cliText('fa');
    expect(
      fa.rowError({
        message: 'cell 3 holds 1.5 MB of text: far too long for a company value, left out',
        problem: { code: 'cell-too-long', cell: 3, mb: 1.5 },
      }),
    ).toBe(
      'خانه ۳ شامل ۱٫۵ مگابایت متن است: برای مقداری از شرکت بیش از حد طولانی است و کنار گذاشته شد',
    );
    expect(
      cliText('zh_CN').rowError({
        message: 'a row longer than 64 MB (an unclosed quote?): the file cannot be read past it',
        problem: { code: 'row-too-long', maxMb: 64 },
      }),
    ).toBe('某一行超过 64 MB（引号未闭合？）：无法读取该行之后的内容');
    expect(
      cliText('vi').rowError({
        message: 'a row longer than 64 MB (an unclosed quote?): the file cannot be read past it',
        problem: { code: 'row-too-long', maxMb: 64 },
      }),
    ).toBe(
      'một hàng dài hơn 64 MB (do dấu ngoặc kép chưa đóng?): không đọc được phần tệp sau hàng này',
    );
  });
});
