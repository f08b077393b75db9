/** What the CLI touches of the outside world; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A file's text (UTF-8); throws when it cannot be read. */
  readFile(path: string): string;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Thrown for bad input; `runCli` prints the message and exits with 1. */
export class InputError extends Error {}

/** Reads a file, turning Node's errors into one clear sentence. */
export function readInput(io: CliIo, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new InputError(`Cannot read the ${what} ${path}: ${reason}.`);
  }
}
