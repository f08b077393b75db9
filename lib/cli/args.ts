import type { CliMessage } from './text';

/** Options each command accepts; a value-less one is a flag. */
const VALUE_OPTIONS = new Set([
  'url',
  'icp',
  'format',
  'dialect',
  'table',
  'out',
  'engine',
  'lang',
]);
const FLAGS = new Set(['help', 'version', 'explain']);
const SHORT: Readonly<Record<string, string>> = { h: 'help', v: 'version' };

export interface ParsedArgs {
  command?: string;
  positionals: string[];
  options: Record<string, string>;
  flags: Set<string>;
}

/** Parsed arguments, or what is wrong with them: in English (`error`) and as a message to say. */
export type ArgsResult =
  | { ok: true; args: ParsedArgs }
  | { ok: false; error: string; problem: CliMessage };

const failure = (error: string, problem: CliMessage): ArgsResult => ({ ok: false, error, problem });

/**
 * `score --icp x.json list.csv --format=csv` → command "score", positionals ["list.csv"],
 * options { icp, format }. `--` ends the options. Unknown options and missing values are errors.
 */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const args: ParsedArgs = { positionals: [], options: {}, flags: new Set() };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      if (args.command === undefined) args.command = arg;
      else args.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const long = arg.startsWith('--');
    const [rawName, inline] = long ? splitOnce(arg.slice(2), '=') : [arg.slice(1), undefined];
    const name = long ? rawName : SHORT[rawName];
    if (name && FLAGS.has(name)) {
      if (inline !== undefined)
        return failure(`${arg}: takes no value`, { key: 'cli_error_takes_no_value', subs: [arg] });
      args.flags.add(name);
    } else if (name && VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        return failure(`--${name} needs a value`, {
          key: 'cli_error_needs_value',
          subs: [`--${name}`],
        });
      args.options[name] = value;
    } else
      return failure(`unknown option ${arg}`, { key: 'cli_error_unknown_option', subs: [arg] });
  }
  return { ok: true, args };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * The value of `--lang` among raw arguments (`--lang vi`, `--lang=vi`), found before parsing so
 * that even a usage error is said in the language asked for. Undefined when absent.
 */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
