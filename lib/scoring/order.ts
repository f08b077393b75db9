import type { ScoreResult } from './types';

/**
 * Sort rank of a tier, best first: the ICP's tiers by position (0, 1, …), then "Bad fit", then
 * "Disqualified"; "Not enough data" sorts apart, after all of them, because its score is a guess.
 * Tier positions above 999 are not expected (an ICP has at most 10 tiers).
 */
export function tierRank(result: Pick<ScoreResult, 'tierKind' | 'tierIndex'>): number {
  switch (result.tierKind) {
    case 'tier':
      return result.tierIndex ?? 0;
    case 'bad':
      return 1000;
    case 'disqualified':
      return 1001;
    case 'insufficient':
      return 1002;
  }
}

/**
 * The one fit order used everywhere companies are listed (popup comparison, Companies page,
 * lists, CLI): by tier rank, then by score (highest first), then by confidence (highest first).
 * A negative result puts `a` first, as `Array.prototype.sort` expects.
 */
export function compareByFit(
  a: Pick<ScoreResult, 'tierKind' | 'tierIndex' | 'score' | 'confidence'>,
  b: Pick<ScoreResult, 'tierKind' | 'tierIndex' | 'score' | 'confidence'>,
): number {
  return tierRank(a) - tierRank(b) || b.score - a.score || b.confidence - a.confidence;
}
