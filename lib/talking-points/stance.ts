import type { ScoreResult } from '../scoring/types';

/**
 * How the popup leads with the pitch: `pitch` — talking points and the opening line (a fit tier,
 * or "Not enough data", whose points build only on facts the page has); `why-not` — for "Bad
 * fit" and "Disqualified" the deciding reasons come first, the talking points only when the user
 * asks to write anyway.
 */
export type PitchStance = 'pitch' | 'why-not';

export function pitchStance(result: Pick<ScoreResult, 'tierKind'>): PitchStance {
  return result.tierKind === 'bad' || result.tierKind === 'disqualified' ? 'why-not' : 'pitch';
}
