import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { DIALECTS, type Dialect } from '../sql/dialects';
import { langArgument, parseArgs } from './args';
import { EXIT, InputError } from './io';
import { FORMATS, type OutputFormat } from './output';
import { scoreCommand } from './score-command';
import type { FileIo } from './stream-input';
import { terminalSafe } from './terminal';
import { type CliKey, type CliText, cliLocale, cliText } from './text';
import { USAGE, usage, VERSION } from './usage';

export type { CliIo } from './io';

export { USAGE, VERSION };

async function dispatch(argv: readonly string[], io: FileIo, text: CliText): Promise<number> {
  const usageError = (key: CliKey, ...subs: string[]): number => {
    io.stderr(`icp-lens: ${terminalSafe(text.t(key, ...subs))}\n\n${usage(text)}`);
    return EXIT.usage;
  };
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(parsed.problem.key, ...(parsed.problem.subs ?? []));
  const { command, positionals, options, flags } = parsed.args;
  if (options.lang !== undefined && !cliLocale(options.lang)) return usageError('cli_error_lang');
  if (flags.has('help') || command === 'help') {
    io.stdout(usage(text));
    return EXIT.ok;
  }
  if (flags.has('version') || command === 'version') {
    io.stdout(`icp-lens ${VERSION}\n`);
    return EXIT.ok;
  }
  // --lang goes with every command.
  const misplaced = (allowed: readonly string[]) =>
    Object.keys(options).find((name) => name !== 'lang' && !allowed.includes(name));
  if (command === 'extract') {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return usageError('cli_error_extract_file');
    if (!options.url) return usageError('cli_error_extract_url');
    if (misplaced(['url']) || flags.has('explain')) return usageError('cli_error_extract_options');
    // Loaded on demand: `score` needs neither linkedom nor the extractors.
    const { extractCommand } = await import('./extract-command');
    return extractCommand(io, file, options.url);
  }
  if (command === 'sql') {
    const wrong = misplaced(['icp', 'dialect', 'table']);
    if (wrong || positionals.length > 0) return usageError('cli_error_sql_options');
    const dialect = options.dialect as Dialect;
    if (!DIALECTS.includes(dialect))
      return usageError('cli_error_one_of', '--dialect', DIALECTS.join(', '));
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
      return usageError('cli_error_normalize_args');
    if (!options.out) return usageError('cli_error_normalize_out');
    const { normalizeCommand } = await import('./warehouse-commands');
    return normalizeCommand(io, file, options.out);
  }
  if (command === 'score') {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return usageError('cli_error_score_file');
    const wrong = misplaced(['icp', 'format', 'engine']);
    if (wrong) return usageError('cli_error_score_option', `--${wrong}`);
    const format = (options.format ?? 'table') as OutputFormat;
    if (!FORMATS.includes(format))
      return usageError('cli_error_one_of', '--format', FORMATS.join(', '));
    const engine = options.engine ?? 'typescript';
    if (engine !== 'typescript' && engine !== 'duckdb') return usageError('cli_error_engine');
    if (engine === 'duckdb') {
      if (options.format && format !== 'csv') return usageError('cli_error_duckdb_csv');
      if (flags.has('explain')) return usageError('cli_error_duckdb_explain');
      const { duckdbScoreCommand } = await import('./warehouse-commands');
      return duckdbScoreCommand(io, file, options.icp ? { icp: options.icp } : {});
    }
    return scoreCommand(io, file, {
      format,
      explain: flags.has('explain'),
      ...(options.icp && { icp: options.icp }),
    });
  }
  return command
    ? usageError('cli_error_unknown_command', command)
    : usageError('cli_error_no_command');
}

/**
 * The command line as a function: arguments in, exit code out, all output through `io`.
 * Never throws: bad input is a message and exit code 1, wrong usage exit code 2.
 */
export async function runCli(argv: readonly string[], io: FileIo): Promise<number> {
  // `--lang vi|zh_CN|fa`: help, table, reasons and messages in that language (English default).
  const text = cliText(cliLocale(langArgument(argv) ?? 'en') ?? 'en');
  try {
    return await dispatch(argv, { ...io, text }, text);
  } catch (error) {
    if (error instanceof InputError) {
      const said = error.problem ? text.say(error.problem) : '';
      io.stderr(`icp-lens: ${terminalSafe(said || error.message)}\n`);
      return EXIT.badInput;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`icp-lens: ${terminalSafe(text.t('cli_error_unexpected', detail))}\n`);
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
