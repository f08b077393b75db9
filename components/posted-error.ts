/**
 * An error as a worker posts it to its page: its own message (English, as the browser or library
 * wrote it), its name when it says more than "Error" ("DatabaseClosedError", "QuotaExceededError",
 * "ListError"…) and a `ListError`'s code, so the page words it in the UI language
 * (`errorWords`). No i18n here: workers import it.
 */
import { type ListProblem, listProblemOf } from '@/lib/lists/list-error';

export interface PostedError {
  message: string;
  /** The error's name, absent for a plain `Error` (or something thrown that is not one). */
  name?: string;
  /** Set when the error was a list refusal (`ListError`), or carried its English message. */
  problem?: ListProblem;
}

/** What was thrown (an `Error`, a string, anything) as a {@link PostedError}. */
export function postedError(error: unknown): PostedError {
  const name = error instanceof Error && error.name !== 'Error' ? error.name : undefined;
  const message = error instanceof Error ? error.message : error == null ? '' : String(error);
  const problem = listProblemOf(error);
  return { message, ...(name && { name }), ...(problem && { problem }) };
}
