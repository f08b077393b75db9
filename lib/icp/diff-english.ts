import { describeRange } from '../criteria/labels';
import type { Band, CriterionField } from '../criteria/schema';
import { clip } from '../format';
import type { IcpChange } from './diff';

// The English wording of ICP changes (`diffIcp`'s `changes` and `summary`): what the CLI prints
// and a version's default change note says. The UI words `IcpChange` in its own language.

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** A band's values without its credit: "201–500", "US, North America", "Series A". */
function bandText(field: CriterionField, band: Band): string {
  const parts: string[] = [];
  if (band.in) parts.push(clip(band.in.join(', '), 80));
  if (band.min !== undefined || band.max !== undefined) {
    const unit = field === 'founded' ? String : undefined;
    parts.push(unit ? describeRange(band.min, band.max, unit) : describeRange(band.min, band.max));
  }
  return parts.join(' ');
}

const MODE_WORDS = { score: '', require: 'rule ', exclude: 'exclusion ' } as const;

/** One change in English, as the CLI and a version's default note say it. */
export function changeInEnglish(change: IcpChange): string {
  switch (change.code) {
    case 'renamed':
      return `Renamed “${clip(change.from, 60)}” → “${clip(change.to, 60)}”`;
    case 'description-edited':
      return 'Description edited';
    case 'unknown-credit':
      return `Credit for unknown facts: ${num(change.from)} → ${num(change.to)}`;
    case 'stale-facts':
      return change.unknown
        ? 'Stale facts now count as unknown'
        : 'Stale facts count as known again';
    case 'tier-removed':
      return `Removed tier ${change.tier} (${change.minScore})`;
    case 'tier-added':
      return `Added tier ${change.tier} (${change.minScore})`;
    case 'tier-min-score':
      return `Tier ${change.tier}: ${num(change.from)} → ${num(change.to)}`;
    case 'criterion-renamed':
      return `Renamed criterion ${change.from} → ${change.to}`;
    case 'weight':
      return `${change.criterion}: weight ${num(change.from)} → ${num(change.to)}`;
    case 'band-values': {
      const before = bandText(change.field, change.from);
      if (change.added.length > 0 || change.removed.length > 0) {
        const what = [
          change.added.length > 0 ? `added ${clip(change.added.join(', '), 80)}` : '',
          change.removed.length > 0 ? `removed ${clip(change.removed.join(', '), 80)}` : '',
        ].filter(Boolean);
        return `${change.criterion}: band ${before}: ${what.join(', ')}`;
      }
      return `${change.criterion}: band ${before} → ${bandText(change.field, change.to)}`;
    }
    case 'band-credit':
      return `${change.criterion}: band ${bandText(change.field, change.band)} credit ${num(change.from)} → ${num(change.to)}`;
    case 'band-removed':
      return `${change.criterion}: removed band ${bandText(change.field, change.band)}`;
    case 'band-added':
      return `${change.criterion}: added band ${bandText(change.field, change.band)} (credit ${num(change.band.credit)})`;
    case 'bands-reordered':
      return `${change.criterion}: bands reordered`;
    case 'talking-point':
      return `${change.criterion}: ${change.change === 'edited' ? 'talking point edited' : `${change.change} talking point`}`;
    case 'criterion-added':
      return `Added criterion ${MODE_WORDS[change.mode]}${change.criterion}`;
    case 'criterion-removed':
      return `Removed criterion ${MODE_WORDS[change.mode]}${change.criterion}`;
    case 'story-added':
      return `Added ${change.list} “${clip(change.text, 60)}”`;
    case 'story-removed':
      return `Removed ${change.list} “${clip(change.text, 60)}”`;
  }
}

const SUMMARY_LENGTH = 140;

/** The changes joined with "; " as far as they fit a line, then "and N more changes". */
export function summarize(changes: readonly string[]): string {
  if (changes.length === 0) return 'No changes';
  const shown: string[] = [];
  let length = 0;
  for (const change of changes) {
    const rest = changes.length - shown.length - 1;
    const tail = rest > 0 ? `; and ${rest} more change${rest === 1 ? '' : 's'}`.length : 0;
    if (shown.length > 0 && length + 2 + change.length + tail > SUMMARY_LENGTH) break;
    shown.push(change);
    length += (shown.length > 1 ? 2 : 0) + change.length;
  }
  const more = changes.length - shown.length;
  const head = shown.join('; ');
  return more > 0 ? `${head}; and ${more} more change${more === 1 ? '' : 's'}` : head;
}
