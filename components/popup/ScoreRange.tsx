import { settlingFacts } from '@/lib/scoring/explain';
import type { ScoreResult } from '@/lib/scoring/types';
import { t, uiLanguage } from '../i18n';
import { fieldLabel } from '../labels';

/** "Company size and headquarters" in the UI language. */
function listOf(items: readonly string[]): string {
  try {
    return new Intl.ListFormat([uiLanguage(), 'en'], { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** Under "Not enough data": which unknown facts would settle it and where to find them. */
export function SettlingHint({ result, url }: { result: ScoreResult; url: string }) {
  const hint = settlingFacts(result, url);
  if (hint.fields.length === 0) return null;
  const names = listOf(hint.fields.map(fieldLabel));
  const fields = names.charAt(0).toLocaleUpperCase() + names.slice(1);
  const key =
    hint.place === 'about-tab'
      ? 'settle_about_tab'
      : hint.place === 'website'
        ? 'settle_website'
        : hint.place === 'linkedin'
          ? 'settle_linkedin'
          : 'settle_plain';
  return (
    <p className="settle" data-settle={hint.place ?? 'none'}>
      {t(key, fields)}
    </p>
  );
}
