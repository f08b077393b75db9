import { isolate } from '@/lib/i18n/bidi';
import { type ListProblem, listProblemOf } from '@/lib/lists/list-error';
import { t } from './i18n';

/** Chrome's and Firefox's words when a page's connection to the extension's worker is gone. */
const DISCONNECTED =
  /Receiving end does not exist|Extension context invalidated|message port closed|context invalidated|Could not establish connection/i;

/** Dexie's error names for a database it could not open or that was closed under it. */
const DATABASE_ERRORS = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'VersionError',
  'InvalidStateError',
  'UpgradeError',
  'MissingAPIError',
]);

/** A list (or ICP version) refusal in the UI language, as a phrase. */
function listProblemWords(p: ListProblem): string {
  switch (p.code) {
    case 'list-needs-name':
      return t('error_list_needs_name');
    case 'list-gone':
      return t('error_list_gone');
    case 'no-version':
      return t('error_no_version');
  }
}

/** The name and own text of what was thrown: an `Error`, a posted `{ name, message }`, a string. */
function errorParts(error: unknown): { name: string; text: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return {
      name: typeof name === 'string' ? name : '',
      text: typeof message === 'string' ? message.trim() : '',
    };
  }
  return { name: '', text: error == null ? '' : String(error).trim() };
}

/**
 * An error shown to the user, as a phrase in the UI language to put inside a message ("Could not
 * save: $1"): the kinds a user can act on in words of their own (the extension restarted under the
 * page, storage full, the database not opening, a list deleted meanwhile or a list without a name
 * — `ListError`, `lib/lists/list-error.ts`); any other error as "a technical error (…)" with
 * its own text (English, as the browser or library wrote it) isolated; none at all as "an
 * unexpected error, with no details". `error` is what was thrown, a worker's posted error
 * (`{ name, message, problem? }`, `components/posted-error.ts`) or a worker's message (a string,
 * e.g. `ErrorEvent.message`, possibly empty). Error names: DOM's `QuotaExceededError`, Dexie's
 * (`DatabaseClosedError`, `OpenFailedError`…; dexie.org/docs/DexieErrors).
 */
export function errorWords(error: unknown): string {
  const list = listProblemOf(error);
  if (list) return listProblemWords(list);
  const { name, text } = errorParts(error);
  if (name === 'QuotaExceededError' || /QuotaExceeded|quota/i.test(text))
    return t('error_storage_full');
  if (DISCONNECTED.test(text)) return t('error_extension_restarted');
  if (DATABASE_ERRORS.has(name) || /^(DatabaseClosedError|OpenFailedError)\b/.test(text))
    return t('error_database');
  if (!text) return t('error_unknown');
  return t('error_technical', isolate(text));
}
