import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from './args';
import { type CliIo, EXIT, InputError } from './io';
import { FORMATS, type OutputFormat } from './output';
import { scoreCommand } from './score-command';

export type { CliIo } from './io';

export const USAGE = `ICP Lens — score companies against your Ideal Customer Profile

Usage:
  npm run icp -- extract <page.html> --url <url>
  npm run icp -- score [--icp <icp.json>] <companies.csv|companies.json> [--format table|json|csv]
  npm run icp -- --help

Commands:
  extract   Read a saved company page (e.g. a LinkedIn company page saved as HTML) and print
            what the extension reads from it, as JSON. --url is the address the page came from.
  score     Score every company of a CSV export (Apollo, HubSpot, Salesforce, Sales Navigator,
            ZoomInfo, Clearbit…) or a JSON array, one row per company: tier, score, confidence
            and the main reasons. Columns used and ignored are listed on stderr.

Options:
  --url <url>       the saved page's address (extract)
  --icp <file>      an ICP file (format icp-lens/icp@1); default: the built-in sample ICP
  --format <name>   table (default), json or csv (score)
  -h, --help        show this help

Exit codes: 0 done, 1 bad input (a file missing or invalid), 2 wrong usage.
`;

function usageError(io: CliIo, message: string): number {
  io.stderr(`icp: ${message}\n\n${USAGE}`);
  return EXIT.usage;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { command, positionals, options, flags } = parsed.args;
  if (flags.has('help') || command === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (command === 'extract') {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return usageError(io, 'extract takes one page file');
    if (!options.url) return usageError(io, 'extract needs --url <the page address>');
    if (options.icp || options.format) return usageError(io, 'extract takes only --url');
    // Loaded on demand: `score` needs neither linkedom nor the extractors.
    const { extractCommand } = await import('./extract-command');
    return extractCommand(io, file, options.url);
  }
  if (command === 'score') {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return usageError(io, 'score takes one company list file');
    if (options.url) return usageError(io, 'score does not take --url');
    const format = (options.format ?? 'table') as OutputFormat;
    if (!FORMATS.includes(format))
      return usageError(io, `--format must be one of ${FORMATS.join(', ')}`);
    return scoreCommand(io, file, { format, ...(options.icp && { icp: options.icp }) });
  }
  return usageError(io, command ? `unknown command "${command}"` : 'no command given');
}

/**
 * The command line as a function: arguments in, exit code out, all output through `io`.
 * Never throws: bad input is a message and exit code 1, wrong usage exit code 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`icp: ${error.message}\n`);
      return EXIT.badInput;
    }
    io.stderr(`icp: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
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
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
  readChunks: (path) => fileChunks(path),
};

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  // `icp … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  runCli(process.argv.slice(2), nodeIo).then((code) => {
    process.exitCode = code;
  });
}
