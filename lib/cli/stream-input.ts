import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import { detectDelimiter, notTextReason } from '../csv/read';
import { readCompaniesJson } from '../csv/read-json';
import { type CompanyRow, type ReadSummary, RecordSink } from '../csv/records';
import { type CliIo, InputError, readInput } from './io';

/** A file opened for streaming: its first bytes as text (to sniff the kind), then all of it. */
export interface OpenedFile {
  head: string;
  stream: Readable;
}

/** The CLI's outside world, with streaming where the platform has it (Node: see `nodeIo`). */
export interface FileIo extends CliIo {
  /** Opens a file to stream it; throws Node's error when it cannot be read. */
  openFile?(path: string): OpenedFile;
  /** A transient progress line ("\r…"), only when stderr is a terminal. */
  progress?(text: string): void;
}

const isJson = (head: string, path: string) =>
  /\.json$/i.test(path) || (!/\.(csv|tsv|txt)$/i.test(path) && /^\uFEFF?\s*[[{]/.test(head));

/**
 * Every company of a CSV export (streamed, with flat memory) or JSON list (read whole), handed to
 * `onCompany` as soon as it is read; resolves to what was read besides the companies. Without
 * `io.openFile` (tests) the file is read whole through `io.readFile`. A file that cannot be read
 * is an `InputError` naming it. The one place the CLI's reader is wired: swap in a chunked
 * reader from lib/csv here.
 */
export async function eachCompanyInFile(
  io: FileIo,
  path: string,
  onCompany: (company: CompanyRow) => void,
): Promise<ReadSummary> {
  let opened: OpenedFile;
  if (io.openFile) {
    try {
      opened = io.openFile(path);
    } catch (error) {
      // readInput turns Node's error into the CLI's one sentence.
      readInput(
        {
          ...io,
          readFile: () => {
            throw error;
          },
        },
        path,
        'company list',
      );
      throw error;
    }
  } else {
    const text = readInput(io, path, 'company list');
    const { Readable } = await import('node:stream');
    opened = { head: text.slice(0, 65_536), stream: Readable.from([text]) };
  }
  if (isJson(opened.head, path)) {
    let text = '';
    for await (const chunk of opened.stream) text += chunk;
    const { companies, ...summary } = readCompaniesJson(text);
    for (const company of companies) onCompany(company);
    return summary;
  }
  return streamCsv(opened, onCompany, path);
}

function streamCsv(
  { head, stream }: OpenedFile,
  onCompany: (company: CompanyRow) => void,
  path: string,
): Promise<ReadSummary> {
  const sink = new RecordSink(onCompany);
  const body = head.replace(/^\uFEFF/, '');
  const problem = notTextReason(body);
  if (problem) {
    stream.destroy();
    sink.report(0, problem);
    return Promise.resolve(sink.summary);
  }
  let row = 0;
  return new Promise((resolve, reject) => {
    stream.on('error', (error) => reject(new InputError(`Cannot read ${path}: ${error.message}`)));
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter: detectDelimiter(body),
      header: false,
      skipEmptyLines: false,
      dynamicTyping: false,
      beforeFirstChunk: (chunk) => chunk.replace(/^\uFEFF/, ''),
      chunk(results) {
        const first = row;
        for (const e of results.errors) sink.report(first + (e.row ?? 0) + 1, e.message);
        for (const cells of results.data) sink.record(cells, ++row);
      },
      complete: () => resolve(sink.finish()),
      error: (error: Error) => reject(new InputError(`Cannot read ${path}: ${error.message}`)),
    });
  });
}
