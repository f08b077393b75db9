import Papa from 'papaparse';
import { decodeAccountFile, decodeWindows1252 } from './decode';
import { csvLayout, notTextReason } from './read';
import { type CompanyRow, type ReadSummary, RecordSink } from './records';

/** Bytes looked at before deciding the encoding and the delimiter. */
const SNIFF = 64 * 1024;

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
  private row = 0;
  private line = 1;
  private bytesSeen = 0;
  private failed = false;

  constructor(onCompany: (company: CompanyRow) => void) {
    this.sink = new RecordSink(onCompany);
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
      this.sink.report(0, sniffed.message);
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
        this.sink.report(
          0,
          `Not UTF-8 after byte ${this.bytesSeen}: read from there as Windows-1252.`,
        );
        this.encoding = `${this.encoding}, then windows-1252`;
        this.decoder = 'windows-1252';
        text = decodeWindows1252(bytes);
      }
    }
    this.bytesSeen += bytes.length;
    if (this.row === 0 && this.pending === '') text = text.replace(/^\uFEFF/, '');
    this.pending += text;
    this.parse(this.pending, false);
  }

  /** Parses the complete rows in `text`; keeps the unfinished last one for the next chunk. */
  private parse(text: string, final: boolean): void {
    const cut = final ? text.length : lastRowEnd(text);
    if (cut <= 0) {
      this.pending = text;
      if (text.length > 64 * 1024 * 1024) {
        this.failed = true;
        this.sink.report(
          this.row + 1,
          'a row longer than 64 MB (an unclosed quote?): the file cannot be read past it',
        );
      }
      return;
    }
    let body = text.slice(0, cut);
    this.pending = text.slice(cut);
    if (this.delimiter === undefined) {
      const layout = csvLayout(body);
      const problem = notTextReason(layout.body);
      if (problem) {
        this.failed = true;
        this.sink.report(0, problem);
        return;
      }
      this.delimiter = layout.delimiter;
      this.line += layout.lineOffset;
      body = layout.body;
    }
    Papa.parse<string[]>(body, {
      delimiter: this.delimiter,
      header: false,
      skipEmptyLines: false,
      step: (results) => {
        this.row++;
        const atEnd = results.meta.cursor >= body.length;
        if (atEnd && results.data.length === 1 && results.data[0] === '') return;
        const unterminated = results.errors.some((e) => e.code === 'MissingQuotes');
        if (unterminated) {
          this.sink.report(
            this.row,
            `a quote opened near line ${this.line} is never closed: the rest of the file cannot be read as rows`,
          );
          return;
        }
        for (const e of results.errors) this.sink.report(this.row, e.message);
        this.sink.record(results.data, this.row);
      },
    });
    for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) this.line++;
  }
}

/** Where the last complete row ends (after its line break, outside quotes); 0 when none does. */
function lastRowEnd(text: string): number {
  let quoted = false;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) end = i + 1;
  }
  return end;
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
