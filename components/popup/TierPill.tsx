import { tierColor } from '@/lib/badge';
import type { ScoreResult } from '@/lib/scoring/types';
import { Bdi } from '../Bdi';
import { tierName } from '../labels';

/** The tier name on the tier's colour (the same colour as the toolbar badge). */
export function TierPill({ result, small }: { result: ScoreResult; small?: boolean }) {
  return (
    <span
      className={small ? 'tier-pill tier-pill-small' : 'tier-pill'}
      style={{ backgroundColor: tierColor(result) }}
    >
      <Bdi>{tierName(result)}</Bdi>
    </span>
  );
}
