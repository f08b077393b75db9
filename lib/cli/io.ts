import { decodeAccountFile } from '../csv/decode';
import type { ReadOptions } from '../csv/facts';
import type { CompanyRow, ReadSummary } from '../csv/records';
import { AccountFileStream } from '../csv/stream';
import type { CliKey, CliMessage, CliText } from './text';

/** What the CLI touches of the outside world; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The words to print with (`--lang`); English without. */
  text?: CliText;
  /** A file's text (UTF-8); throws when it cannot be read. */
  readFile(path: string): string;
  /** A file's bytes; throws when it cannot be read. Without it, `readFile`'s text is used. */
  readBytes?(path: string): Uint8Array;
  /** A file's bytes in chunks (1 MB in the real CLI), for files too big to hold at once. */
  readChunks?(path: string): Iterable<Uint8Array>;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Thrown for bad input; `runCli` prints it and exits with 1: `problem` in the language asked
 * for (`--lang`) when given, else the English `message`.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly problem?: CliMessage,
  ) {
    super(message);
  }
}

/** The kinds of file read, as the messages name them. */
const WHAT: Readonly<Record<string, CliKey>> = {
  page: 'cli_what_page',
  'ICP file': 'cli_what_icp_file',
  'company list': 'cli_what_company_list',
};

/** "Cannot read the <what> <path>: <reason>", in English and as a message to translate. */
function cannotRead(what: string, path: string, reason: string): InputError {
  const kind = WHAT[what];
  return new InputError(
    `Cannot read the ${what} ${path}: ${reason}`,
    kind && { key: 'cli_error_cannot_read', subs: [what, path, reason], keys: { 0: kind } },
  );
}

function nodeReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'it is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : error instanceof Error
          ? error.message
          : String(error);
}

/**
 * An account file's text, decoded from its bytes as exports are written (UTF-8 with or without
 * BOM, UTF-16 LE/BE, Windows-1252; see `decodeAccountFile`), with the encoding used. Throws
 * `InputError` when the file cannot be read or is not text (a workbook, an image).
 */
export function readAccountText(
  io: CliIo,
  path: string,
  what: string,
): { text: string; encoding: string } {
  if (!io.readBytes) return { text: readInput(io, path, what), encoding: 'utf-8' };
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (error) {
    throw cannotRead(what, path, `${nodeReason(error)}.`);
  }
  const decoded = decodeAccountFile(bytes);
  if (!decoded.ok) throw cannotRead(what, path, decoded.message);
  return { text: decoded.text, encoding: decoded.encoding };
}

/** Reads a file, turning Node's errors into one clear sentence. */
export function readInput(io: CliIo, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    throw cannotRead(what, path, `${nodeReason(error)}.`);
  }
}

/**
 * Streams a CSV account file in chunks with flat memory (see `AccountFileStream`), passing each
 * company on as it is read. `undefined` when the io cannot read chunks or the file is JSON (it
 * starts with "[" or "{", or is named .json): read it whole then. Throws `InputError` when the
 * file cannot be read. `options` as the row reader takes them (`evidence: false`: no evidence text).
 */
export function streamAccountInput(
  io: CliIo,
  path: string,
  what: string,
  onCompany: (company: CompanyRow) => void,
  options: ReadOptions = {},
): (ReadSummary & { encoding: string }) | undefined {
  if (!io.readChunks || /\.json$/i.test(path)) return undefined;
  const stream = new AccountFileStream(onCompany, options);
  let first = true;
  try {
    for (const chunk of io.readChunks(path)) {
      if (
        first &&
        /^(\uFEFF|\u00ef\u00bb\u00bf)?\s*[[{]/.test(String.fromCharCode(...chunk.subarray(0, 16)))
      )
        return undefined;
      first = false;
      stream.push(chunk);
    }
  } catch (error) {
    throw cannotRead(what, path, `${nodeReason(error)}.`);
  }
  return stream.end();
}
