import Papa from 'papaparse';
import { decodeAccountFile, decodeWindows1252 } from './decode';
import type { ReadOptions } from './facts';
import { csvLayout, csvSyntaxProblem, notTextReason, type StreamHooks } from './read';
import { type CompanyRow, type ReadSummary, RecordSink } from './records';

/** Bytes looked at before deciding the encoding and the delimiter. */
const SNIFF = 64 * 1024;
/** Characters of decoded text parsed at a time. */
const WINDOW = 16 * 1024;

/**
 * An account file read in chunks (the CLI reads 1 MB at a time), with flat memory: each batch of
 * complete rows is parsed and handed on, only an unfinished row is kept between chunks. Decoding
 * as `decodeAccountFile` does, decided on the first 64 KB (BOM, UTF-16, strict UTF-8, else
 * Windows-1252); invalid UTF-8 later in the file switches to Windows-1252 from there, and says so.
 * Rows, errors and skipped rows as `streamCompaniesCsv` gives them. CSV only (JSON is read whole).
 */
export class AccountFileStream {
  private readonly sink: RecordSink;
  private head: Uint8Array[] = [];
  private headSize = 0;
  /** A streaming UTF-8/UTF-16 decoder, or Windows-1252 by table; undefined until decided. */
  private decoder: TextDecoder | 'windows-1252' | undefined;
  private encoding = 'utf-8';
  private pending = '';
  private delimiter: string | undefined;
  /** The line break the first rows use, told to Papa for every chunk. */
  private newline: string | undefined;
  private row = 0;
  private line = 1;
  private bytesSeen = 0;
  private failed = false;

  /**
   * `options.evidence: false` reads facts without evidence text (see `ReadOptions`); `hooks`
   * see each row's raw cells before it is read and the header when it is found (as
   * `streamCompaniesCsv`'s hooks of the same names).
   */
  constructor(
    onCompany: (company: CompanyRow) => void,
    options: ReadOptions = {},
    private readonly hooks: Pick<StreamHooks, 'onCells' | 'onHeader'> = {},
  ) {
    this.sink = new RecordSink(onCompany, options);
    this.sink.onHeader = hooks.onHeader;
  }

  /** The next chunk of the file's bytes. */
  push(bytes: Uint8Array): void {
    if (this.failed) return;
    if (!this.decoder) {
      this.head.push(bytes);
      this.headSize += bytes.length;
      if (this.headSize >= SNIFF) this.start();
      return;
    }
    this.decode(bytes, true);
  }

  /** The end of the file: the last row, and what was read. */
  end(): ReadSummary & { encoding: string } {
    if (!this.decoder && !this.failed) this.start();
    if (this.decoder && !this.failed) {
      if (this.decoder !== 'windows-1252') this.pending += this.decoder.decode();
      this.parse(this.pending, true);
      this.pending = '';
    }
    return { ...this.sink.finish(), encoding: this.encoding };
  }

  private start(): void {
    const first = concat(this.head, this.headSize);
    this.head = [];
    // Decide on the head alone: a multi-byte character cut at its end is not an error.
    const sniffed = decodeAccountFile(trimPartialUtf8(first));
    if (!sniffed.ok && first.length > 0) {
      this.failed = true;
      this.encoding = sniffed.encoding;
      this.sink.report(0, sniffed.problem);
      return;
    }
    this.encoding = sniffed.encoding;
    const label = sniffed.encoding.startsWith('utf-8') ? 'utf-8' : sniffed.encoding;
    this.decoder =
      label === 'windows-1252' ? label : new TextDecoder(label, { fatal: label === 'utf-8' });
    this.decode(first, true);
  }

  private decode(bytes: Uint8Array, stream: boolean): void {
    let text: string;
    const decoder = this.decoder;
    if (decoder === 'windows-1252' || !decoder) text = decodeWindows1252(bytes);
    else {
      try {
        text = decoder.decode(bytes, { stream });
      } catch {
        this.sink.report(0, { code: 'not-utf8-after', byte: this.bytesSeen });
        this.encoding = `${this.encoding}, then windows-1252`;
        this.decoder = 'windows-1252';
        text = decodeWindows1252(bytes);
      }
    }
    this.bytesSeen += bytes.length;
    if (this.row === 0 && this.pending === '') text = text.replace(/^\uFEFF/, '');
    // Parsed a window at a time: the rows of one window die young (a whole megabyte's rows alive
    // at once outlive the young generation and cost a full garbage collection).
    // The first text is looked at whole, to decide the layout on all of it.
    const window = this.delimiter === undefined ? text.length : WINDOW;
    for (let at = 0; at < text.length && !this.failed; at += window) {
      this.pending += at === 0 && text.length <= window ? text : text.slice(at, at + window);
      this.parse(this.pending, false);
    }
  }

  /**
   * Parses the rows in `text`. The last row may be cut by the chunk's end: unless `final`, it is
   * held back (kept as the start of the next text) and every row before it is handed on. Papa is
   * told the line break found in the first rows, so it does not look for it in every chunk, and
   * parses the whole text in one call (its `Parser`, no callback and result object per row).
   */
  private parse(input: string, final: boolean): void {
    let text = input;
    if (this.delimiter === undefined) {
      if (!final && firstRowEnd(text) <= 0) {
        this.keep(text);
        return;
      }
      const layout = csvLayout(text);
      const problem = notTextReason(layout.body);
      if (problem) {
        this.failed = true;
        this.sink.report(0, problem);
        return;
      }
      this.delimiter = layout.delimiter;
      this.line += layout.lineOffset;
      text = layout.body;
      this.newline = Papa.parse(text.slice(0, 1 << 20), {
        delimiter: this.delimiter,
        preview: 1,
      }).meta.linebreak;
    }
    // A text that starts with a BOM, or ends inside a quote that is never closed, is read row by
    // row as before (rare: the line of the unclosed quote needs each row's start).
    if (text.charCodeAt(0) === 0xfeff) {
      this.parseRowByRow(text, final);
      return;
    }
    const parser = new Papa.Parser({
      delimiter: this.delimiter,
      newline: this.newline as Papa.ParseConfig['newline'],
    });
    // Not final: the last row, complete or not, is left out; `cursor` is where it starts.
    const parsed: ParsedText = parser.parse(text, 0, !final);
    const { data, errors } = parsed;
    if (final && errors.some((e) => e.code === 'MissingQuotes')) {
      this.parseRowByRow(text, final);
      return;
    }
    let rows = data.length;
    // The line break that ends the last line is not a blank row.
    if (final && rows > 0 && this.newline && text.endsWith(this.newline)) rows--;
    let e = 0;
    for (let r = 0; r < rows; r++) {
      this.row++;
      for (; e < errors.length && ((errors[e] as Papa.ParseError).row ?? 0) <= r; e++)
        this.sink.report(this.row, csvSyntaxProblem(errors[e] as Papa.ParseError));
      const cells = data[r] as string[];
      this.hooks.onCells?.(cells, this.row);
      this.sink.record(cells, this.row);
    }
    if (!final) {
      const start = parsed.meta.cursor;
      this.line += countLines(text, 0, start);
      this.keep(text.slice(start));
      return;
    }
    this.pending = '';
  }

  /** `parse`, one row at a time through Papa's step callback, each row's start known. */
  private parseRowByRow(text: string, final: boolean): void {
    let held: { cells: string[]; errors: Papa.ParseError[]; start: number } | undefined;
    let start = 0;
    Papa.parse<string[]>(text, {
      delimiter: this.delimiter,
      newline: this.newline as Papa.ParseConfig['newline'],
      header: false,
      skipEmptyLines: false,
      step: (results) => {
        if (held) this.emit(held, text);
        held = { cells: results.data, errors: results.errors, start };
        start = results.meta.cursor;
      },
    });
    if (!held) {
      this.keep('');
      return;
    }
    if (!final) {
      this.line += countLines(text, 0, held.start);
      this.keep(text.slice(held.start));
      return;
    }
    // The line break that ends the last line is not a blank row.
    if (held.start < text.length || held.cells.length !== 1 || held.cells[0] !== '')
      this.emit(held, text);
    this.pending = '';
  }

  /** One complete row: counted, then read (or reported, when a quote in it is never closed). */
  private emit(
    parsed: { cells: string[]; errors: Papa.ParseError[]; start: number },
    text: string,
  ) {
    this.row++;
    if (parsed.errors.some((e) => e.code === 'MissingQuotes')) {
      const line = this.line + countLines(text, 0, parsed.start);
      this.sink.report(this.row, { code: 'unclosed-quote-near', line });
      return;
    }
    for (const e of parsed.errors) this.sink.report(this.row, csvSyntaxProblem(e));
    this.hooks.onCells?.(parsed.cells, this.row);
    this.sink.record(parsed.cells, this.row);
  }

  /** Keeps an unfinished row for the next chunk; one longer than 64 MB ends the read. */
  private keep(text: string): void {
    this.pending = text;
    if (text.length > 64 * 1024 * 1024) {
      this.failed = true;
      this.sink.report(this.row + 1, { code: 'row-too-long', maxMb: 64 });
    }
  }
}

/** What `Papa.Parser.parse` gives (typed `any` by @types/papaparse). */
interface ParsedText {
  data: string[][];
  errors: Papa.ParseError[];
  meta: { cursor: number };
}

/** Line feeds in `text` from `from` to `to`. */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
    n++;
  return n;
}

/** Where the first complete row ends (after its line break, outside quotes); 0 when none does. */
function firstRowEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) return i + 1;
  }
  return 0;
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The bytes without a UTF-8 sequence cut at the end (at most 3 bytes). */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
    }
    return bytes;
  }
  return bytes;
}
