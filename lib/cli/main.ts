import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { DIALECTS, type Dialect } from '../sql/dialects';
import { parseArgs } from './args';
import { type CliIo, EXIT, InputError } from './io';
import { FORMATS, type OutputFormat } from './output';
import { scoreCommand } from './score-command';
import type { FileIo } from './stream-input';
import { terminalSafe } from './terminal';
import { USAGE, VERSION } from './usage';

export type { CliIo } from './io';

export { USAGE, VERSION };

function usageError(io: CliIo, message: string): number {
  io.stderr(`icp-lens: ${terminalSafe(message)}\n\n${USAGE}`);
  return EXIT.usage;
}

async function dispatch(argv: readonly string[], io: FileIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { command, positionals, options, flags } = parsed.args;
  if (flags.has('help') || command === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (flags.has('version') || command === 'version') {
    io.stdout(`icp-lens ${VERSION}\n`);
    return EXIT.ok;
  }
  const misplaced = (allowed: readonly string[]) =>
    Object.keys(options).find((name) => !allowed.includes(name));
  if (command === 'extract') {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return usageError(io, 'extract takes one page file');
    if (!options.url) return usageError(io, 'extract needs --url <the page address>');
    if (misplaced(['url']) || flags.has('explain'))
      return usageError(io, 'extract takes only --url');
    // Loaded on demand: `score` needs neither linkedom nor the extractors.
    const { extractCommand } = await import('./extract-command');
    return extractCommand(io, file, options.url);
  }
  if (command === 'sql') {
    const wrong = misplaced(['icp', 'dialect', 'table']);
    if (wrong || positionals.length > 0)
      return usageError(io, 'sql takes --icp, --dialect, --table');
    const dialect = options.dialect as Dialect;
    if (!DIALECTS.includes(dialect))
      return usageError(io, `--dialect must be one of ${DIALECTS.join(', ')}`);
    const { sqlCommand } = await import('./warehouse-commands');
    return sqlCommand(io, {
      dialect,
      ...(options.icp && { icp: options.icp }),
      ...(options.table && { table: options.table }),
    });
  }
  if (command === 'normalize') {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0 || misplaced(['out']))
      return usageError(io, 'normalize takes one export file and --out');
    if (!options.out)
      return usageError(io, 'normalize needs --out <companies.parquet|companies.csv>');
    const { normalizeCommand } = await import('./warehouse-commands');
    return normalizeCommand(io, file, options.out);
  }
  if (command === 'score') {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return usageError(io, 'score takes one company list file');
    const wrong = misplaced(['icp', 'format', 'engine']);
    if (wrong) return usageError(io, `score does not take --${wrong}`);
    const format = (options.format ?? 'table') as OutputFormat;
    if (!FORMATS.includes(format))
      return usageError(io, `--format must be one of ${FORMATS.join(', ')}`);
    const engine = options.engine ?? 'typescript';
    if (engine !== 'typescript' && engine !== 'duckdb')
      return usageError(io, '--engine must be typescript or duckdb');
    if (engine === 'duckdb') {
      if (options.format && format !== 'csv')
        return usageError(io, '--engine duckdb writes csv only');
      if (flags.has('explain'))
        return usageError(io, '--engine duckdb gives no reasons: leave out --explain');
      const { duckdbScoreCommand } = await import('./warehouse-commands');
      return duckdbScoreCommand(io, file, options.icp ? { icp: options.icp } : {});
    }
    return scoreCommand(io, file, {
      format,
      explain: flags.has('explain'),
      ...(options.icp && { icp: options.icp }),
    });
  }
  return usageError(io, command ? `unknown command "${command}"` : 'no command given');
}

/**
 * The command line as a function: arguments in, exit code out, all output through `io`.
 * Never throws: bad input is a message and exit code 1, wrong usage exit code 2.
 */
export async function runCli(argv: readonly string[], io: FileIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`icp-lens: ${terminalSafe(error.message)}\n`);
      return EXIT.badInput;
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`icp-lens: unexpected error: ${terminalSafe(text)}\n`);
    return EXIT.badInput;
  }
}

/** A file's bytes, 1 MB at a time. */
function* fileChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(1 << 20);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield buffer.slice(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The real process: stdout/stderr and the file system. */
export const nodeIo: FileIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
  readChunks: (path) => fileChunks(path),
  ...(process.stderr.isTTY && { progress: (text: string) => void process.stderr.write(text) }),
};

/** Runs the CLI as this process: exit code, and a closed pipe (`icp-lens … | head`) is no error. */
export function runAsProcess(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  runCli(process.argv.slice(2), nodeIo).then((code) => {
    process.exitCode = code;
  });
}
