/**
 * Why a list or ICP-version action was refused, as a code with its parameters (no sentence): the
 * UI words it in its language (`components/error-words.ts`); {@link listProblemText} is the English
 * the error's `message` carries (for logs, tests and the command line). `version`: an ICP version's
 * stored id.
 */
export type ListProblem =
  /** The list name was empty once spaces were trimmed. */
  | { code: 'list-needs-name' }
  /** The list was deleted (in another tab, or while an import ran). */
  | { code: 'list-gone' }
  /** The ICP version asked for is not stored (deleted with its ICP). */
  | { code: 'no-version'; version: number };

/** The English sentence of a {@link ListProblem}, e.g. "That list no longer exists.". */
export function listProblemText(p: ListProblem): string {
  switch (p.code) {
    case 'list-needs-name':
      return 'A list needs a name.';
    case 'list-gone':
      return 'That list no longer exists.';
    case 'no-version':
      return `There is no version ${p.version}.`;
  }
}

/** An action on lists (or ICP versions) refused for a reason the user can act on. */
export class ListError extends Error {
  override readonly name = 'ListError';

  constructor(readonly problem: ListProblem) {
    super(listProblemText(problem));
  }
}

/**
 * The {@link ListProblem} behind `error`: a `ListError`, one that crossed a message channel as a
 * plain object (`{ name: 'ListError', problem }`), or its English message passed on as text
 * (a worker's or `runImport`'s `message`, possibly as "ListError: …"). Undefined for anything else.
 */
export function listProblemOf(error: unknown): ListProblem | undefined {
  if (error instanceof ListError) return error.problem;
  if (typeof error === 'object' && error !== null) {
    const { problem, message } = error as { problem?: unknown; message?: unknown };
    const known = problemShape(problem);
    if (known) return known;
    return typeof message === 'string' ? fromText(message) : undefined;
  }
  return typeof error === 'string' ? fromText(error) : undefined;
}

function problemShape(value: unknown): ListProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, version } = value as { code?: unknown; version?: unknown };
  if (code === 'list-needs-name' || code === 'list-gone') return { code };
  if (code === 'no-version' && typeof version === 'number') return { code, version };
  return undefined;
}

function fromText(text: string): ListProblem | undefined {
  const sentence = text.trim().replace(/^ListError:\s*/, '');
  if (sentence === listProblemText({ code: 'list-needs-name' })) return { code: 'list-needs-name' };
  if (sentence === listProblemText({ code: 'list-gone' })) return { code: 'list-gone' };
  const version = /^There is no version (\d+)\.$/.exec(sentence);
  return version ? { code: 'no-version', version: Number(version[1]) } : undefined;
}
