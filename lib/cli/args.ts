/** Options each command accepts; a value-less one is a flag. */
const VALUE_OPTIONS = new Set(['url', 'icp', 'format', 'dialect', 'table', 'out', 'engine']);
const FLAGS = new Set(['help', 'version', 'explain']);
const SHORT: Readonly<Record<string, string>> = { h: 'help', v: 'version' };

export interface ParsedArgs {
  command?: string;
  positionals: string[];
  options: Record<string, string>;
  flags: Set<string>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

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
      if (inline !== undefined) return { ok: false, error: `${arg}: takes no value` };
      args.flags.add(name);
    } else if (name && VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        return { ok: false, error: `--${name} needs a value` };
      args.options[name] = value;
    } else return { ok: false, error: `unknown option ${arg}` };
  }
  return { ok: true, args };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
