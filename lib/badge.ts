import type { ScoreResult } from './scoring/types';

export interface Badge {
  /** At most 4 characters: the toolbar has room for no more. */
  text: string;
  /** Background colour, CSS hex. */
  color: string;
}

/** One colour per tier position, best first; chosen to read on light and dark toolbars. */
const TIER_COLORS = ['#15803d', '#2563eb', '#7c3aed', '#0e7490', '#a16207'] as const;
const BAD_FIT_COLOR = '#6b7280';
const DISQUALIFIED_COLOR = '#b91c1c';
/** Amber: neither a fit nor a miss, "we don't know yet". */
const NOT_ENOUGH_DATA_COLOR = '#b45309';

export function tierColor(result: Pick<ScoreResult, 'tierKind' | 'tierIndex'>): string {
  if (result.tierKind === 'disqualified') return DISQUALIFIED_COLOR;
  if (result.tierKind === 'bad') return BAD_FIT_COLOR;
  if (result.tierKind === 'insufficient') return NOT_ENOUGH_DATA_COLOR;
  return TIER_COLORS[Math.min(result.tierIndex ?? 0, TIER_COLORS.length - 1)] ?? BAD_FIT_COLOR;
}

/**
 * Short badge text for a tier: the first word of its name, upper-cased, cut to 4 characters
 * ("Best fit" → "BEST", "Good fit" → "GOOD", "Bad fit" → "BAD"), "DQ" for disqualified, "?"
 * for "Not enough data".
 */
export function badgeText(result: Pick<ScoreResult, 'tierKind' | 'tier'>): string {
  if (result.tierKind === 'disqualified') return 'DQ';
  if (result.tierKind === 'insufficient') return '?';
  const firstWord = result.tier.trim().split(/\s+/u)[0] ?? '';
  return [...firstWord.toLocaleUpperCase()].slice(0, 4).join('') || '?';
}

export function badgeFor(result: ScoreResult): Badge {
  return { text: badgeText(result), color: tierColor(result) };
}
