import { settlingFacts } from '@/lib/scoring/explain';
import type { ScoreResult } from '@/lib/scoring/types';
import { formatList } from '../format';
import { t } from '../i18n';
import { fieldLabel } from '../labels';

/** Under "Not enough data": which unknown facts would settle it and where to find them. */
export function SettlingHint({ result, url }: { result: ScoreResult; url: string }) {
  const hint = settlingFacts(result, url);
  if (hint.fields.length === 0) return null;
  // "Company size and headquarters", as the UI language lists them.
  const names = formatList(hint.fields.map(fieldLabel));
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
