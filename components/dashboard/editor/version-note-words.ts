import { isolate } from '@/lib/i18n/bidi';
import { currentLanguageTag, t } from '../../i18n';

/** An ICP version's moment (ms since the epoch) as the UI language writes a date and time. */
export function versionTime(at: number, locale = currentLanguageTag()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "Restored the version of 2026-11-02 14:05" (UTC, as `restoreVersion` writes it). */
const RESTORED = /^Restored the version of (\d{4}-\d\d-\d\d) (\d\d:\d\d)$/;

/**
 * A version's note in the UI language: the notes ICP Lens writes itself (stored in English by
 * `lib/db/icps.ts`, `lib/db/versions.ts` and the v-upgrade in `lib/db/schema.ts`: "Built-in
 * sample", "Imported from a file", "As it was before versions", "Restored the version of
 * <UTC date and time>") worded in the language; a note the user typed as written, isolated.
 */
export function versionNoteWords(note: string): string {
  if (note === 'Built-in sample') return t('version_note_sample');
  if (note === 'Imported from a file') return t('version_note_imported');
  if (note === 'As it was before versions') return t('version_note_before_versions');
  const restored = RESTORED.exec(note);
  if (restored) {
    const at = Date.parse(`${restored[1]}T${restored[2]}:00Z`);
    if (!Number.isNaN(at)) return t('version_note_restored', versionTime(at));
  }
  return isolate(note);
}
