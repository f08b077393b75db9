import { CRITERIA } from '@/lib/criteria';
import type { Band, CriterionField, CriterionMode } from '@/lib/criteria/schema';
import { isolate } from '@/lib/i18n/bidi';
import type { IcpChange, StoryList } from '@/lib/icp/diff';
import { formatList, formatNumber, selectPlural } from '../../format';
import { currentLocale, type MessageKey, t } from '../../i18n';
import { bandText, listText } from '../../value-words';

/**
 * The ICP version-diff lines (`IcpChange` from `lib/icp/diff.ts`) in the UI language: bands by
 * their description (`bandText`, "201–500 nhân viên"), numbers in the language's digits, and the
 * ICP's own texts (its name, tier names, criterion labels, pains…) isolated and quoted as written.
 */

const STORY_KEYS: Readonly<Record<StoryList, MessageKey>> = {
  pain: 'diff_list_pain',
  goal: 'diff_list_goal',
  'value proposition': 'diff_list_value_prop',
  persona: 'diff_list_persona',
};

const ADDED: Readonly<Record<CriterionMode, MessageKey>> = {
  score: 'diff_criterion_added',
  require: 'diff_rule_added',
  exclude: 'diff_exclusion_added',
};

const REMOVED: Readonly<Record<CriterionMode, MessageKey>> = {
  score: 'diff_criterion_removed',
  require: 'diff_rule_removed',
  exclude: 'diff_exclusion_removed',
};

/** A number as the ICP file wrote it (weights, credits, scores), in the language's digits. */
const n = (value: number): string => formatNumber(value, { maximumFractionDigits: 3 });

/** The ICP's own text (a name, a pain), isolated in the language's quotation marks. */
function quoted(text: string): string {
  return currentLocale() === 'fa' ? `«${isolate(text)}»` : `“${isolate(text)}”`;
}

/** A band's description in the UI language (for this criterion field). */
function band(field: CriterionField, value: Band): string {
  return isolate(bandText(CRITERIA[field].bandParts(value)));
}

/** One change between two ICP versions, as one line in the UI language. */
export function changeText(change: IcpChange): string {
  switch (change.code) {
    case 'renamed':
      return t('diff_renamed', quoted(change.from), quoted(change.to));
    case 'description-edited':
      return t('diff_description_edited');
    case 'unknown-credit':
      return t('diff_unknown_credit', n(change.from), n(change.to));
    case 'stale-facts':
      return t(change.unknown ? 'diff_stale_unknown' : 'diff_stale_known');
    case 'tier-added':
    case 'tier-removed':
      return t(
        change.code === 'tier-added' ? 'diff_tier_added' : 'diff_tier_removed',
        isolate(change.tier),
        n(change.minScore),
      );
    case 'tier-min-score':
      return t('diff_tier_min_score', isolate(change.tier), n(change.from), n(change.to));
    case 'criterion-renamed':
      return t('diff_criterion_renamed', isolate(change.from), isolate(change.to));
    case 'weight':
      return t('diff_weight', isolate(change.criterion), n(change.from), n(change.to));
    case 'band-values': {
      const criterion = isolate(change.criterion);
      if (change.added.length === 0 && change.removed.length === 0)
        return t(
          'diff_band_values',
          criterion,
          band(change.field, change.from),
          band(change.field, change.to),
        );
      const what = [
        change.added.length > 0 &&
          t('diff_entries_added', listText(change.added.map(isolate), 'conjunction')),
        change.removed.length > 0 &&
          t('diff_entries_removed', listText(change.removed.map(isolate), 'conjunction')),
      ].filter((part): part is string => Boolean(part));
      return t(
        'diff_band_entries',
        criterion,
        band(change.field, change.from),
        formatList(what, 'unit'),
      );
    }
    case 'band-credit':
      return t(
        'diff_band_credit',
        isolate(change.criterion),
        band(change.field, change.band),
        n(change.from),
        n(change.to),
      );
    case 'band-added':
      return t(
        'diff_band_added',
        isolate(change.criterion),
        band(change.field, change.band),
        n(change.band.credit),
      );
    case 'band-removed':
      return t('diff_band_removed', isolate(change.criterion), band(change.field, change.band));
    case 'bands-reordered':
      return t('diff_bands_reordered', isolate(change.criterion));
    case 'talking-point':
      return t(
        change.change === 'added'
          ? 'diff_talking_point_added'
          : change.change === 'removed'
            ? 'diff_talking_point_removed'
            : 'diff_talking_point_edited',
        isolate(change.criterion),
      );
    case 'criterion-added':
      return t(ADDED[change.mode], isolate(change.criterion));
    case 'criterion-removed':
      return t(REMOVED[change.mode], isolate(change.criterion));
    case 'story-added':
    case 'story-removed':
      return t(
        change.code === 'story-added' ? 'diff_story_added' : 'diff_story_removed',
        t(STORY_KEYS[change.list]),
        quoted(change.text.length > 60 ? `${change.text.slice(0, 59)}…` : change.text),
      );
  }
}

/** How long a default change note may grow (characters) before the rest is counted. */
const SUMMARY_LENGTH = 140;

/**
 * A version's default change note in the UI language (the editor saves it when the user writes
 * none): the first changes that fit in about 140 characters, then "and N more changes", as
 * `diffIcp`'s English `summary` does; "No changes" for none.
 */
export function changesSummaryText(changes: readonly IcpChange[]): string {
  if (changes.length === 0) return t('diff_summary_none');
  const lines = changes.map(changeText);
  const shown: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (shown.length > 0 && length + line.length > SUMMARY_LENGTH) break;
    shown.push(line);
    length += line.length + 2;
  }
  const joined = shown.reduce((all, next) => t('diff_summary_join', all, next));
  const more = lines.length - shown.length;
  if (more === 0) return joined;
  const key = selectPlural(more, {
    one: 'diff_summary_more_one',
    other: 'diff_summary_more_other',
  } as const);
  return t('diff_summary_join', joined, t(key, more));
}
