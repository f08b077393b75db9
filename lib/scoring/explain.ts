import { CRITERIA } from '../criteria';
import { CRITERION_FIELDS, type CriterionField } from '../criteria/schema';
import type { CriterionResult, ScoreResult } from './types';

/** How many deciding reasons the popup shows above the fold. */
export const MAX_DECIDING_REASONS = 3;

/** Whether a deciding reason spoke for the company (a match) or against it (a miss). */
export type ReasonDirection = 'for' | 'against';

export interface DecidingReason {
  criterion: CriterionResult;
  direction: ReasonDirection;
  /**
   * How many points of the 0–100 score this criterion moved away from neutral (half credit):
   * weight·|credit − 0.5| / total weight · 100. `Infinity` for a rule that disqualified.
   */
  impact: number;
}

/**
 * The two or three reasons that decided the tier, most decisive first (DESIGN.md, "the answer in
 * one look"): a require/exclude rule that disqualified comes first; then the known `score`
 * criteria that moved the score most. For a fit tier the matches lead, for "Bad fit" and
 * "Disqualified" the misses lead; unknown criteria are never a reason (they are what would
 * settle "Not enough data", see `settlingFacts`).
 * @returns at most `max` reasons; empty when nothing is known.
 */
export function decidingReasons(
  result: Pick<ScoreResult, 'criteria' | 'tierKind'>,
  max: number = MAX_DECIDING_REASONS,
): DecidingReason[] {
  const total = result.criteria.reduce((sum, c) => (c.mode === 'score' ? sum + c.weight : sum), 0);
  const rules: DecidingReason[] = result.criteria
    .filter((c) => c.disqualifies)
    .map((criterion) => ({ criterion, direction: 'against', impact: Number.POSITIVE_INFINITY }));
  const known = result.criteria
    .filter((c) => c.mode === 'score' && c.verdict !== 'unknown' && c.weight > 0 && total > 0)
    .map(
      (criterion): DecidingReason => ({
        criterion,
        direction: criterion.credit >= 0.5 ? 'for' : 'against',
        impact: (100 * criterion.weight * Math.abs(criterion.credit - 0.5)) / total,
      }),
    )
    .filter((r) => r.impact > 0);
  const leading: ReasonDirection =
    result.tierKind === 'bad' || result.tierKind === 'disqualified' ? 'against' : 'for';
  known.sort(
    (a, b) =>
      Number(b.direction === leading) - Number(a.direction === leading) ||
      b.impact - a.impact ||
      a.criterion.index - b.criterion.index,
  );
  return [...rules, ...known].slice(0, Math.max(0, max));
}

/**
 * Where the missing facts can be found: on a LinkedIn company page the About tab has size, HQ,
 * industry, type and founding year; a company's website has its technologies, hiring and
 * business model; a website visit does not give LinkedIn's bands, so there the LinkedIn page is
 * the place to look.
 */
export type SettlingPlace = 'about-tab' | 'website' | 'linkedin';

export interface SettlingHint {
  /** The unknown fields that weigh most, heaviest first (at most 3, no repeats). */
  fields: CriterionField[];
  /** Where to look for them, given the page the user is on; absent when nowhere we read helps. */
  place?: SettlingPlace;
}

/** Fields a LinkedIn company page states (on its About tab), and fields a website shows. */
const ON_LINKEDIN = new Set(CRITERION_FIELDS.filter((f) => CRITERIA[f].foundOn === 'linkedin'));
const ON_WEBSITE = new Set(CRITERION_FIELDS.filter((f) => CRITERIA[f].foundOn === 'website'));

const isLinkedIn = (url: string) => /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(url);
const isAboutTab = (url: string) => /\/company\/[^/]+\/about\/?(?:[?#]|$)/i.test(url);

/**
 * What would settle a "Not enough data" verdict: the heaviest unknown `score` criteria and where
 * the user can find them from the page `url` they are on (LinkedIn page that is not the About
 * tab → "about-tab" when an About field is unknown; else "website" when a website field is
 * unknown; on a website → "linkedin" for the About fields). Pure; `url` may be empty (a CSV row).
 */
export function settlingFacts(result: Pick<ScoreResult, 'criteria'>, url: string): SettlingHint {
  const unknown = result.criteria
    .filter((c) => c.mode === 'score' && c.verdict === 'unknown' && c.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const fields = [...new Set(unknown.map((c) => c.field))].slice(0, 3);
  const needsLinkedIn = unknown.some((c) => ON_LINKEDIN.has(c.field));
  const needsWebsite = unknown.some((c) => ON_WEBSITE.has(c.field));
  let place: SettlingPlace | undefined;
  if (!url) place = undefined;
  else if (isLinkedIn(url)) {
    if (needsLinkedIn && !isAboutTab(url)) place = 'about-tab';
    else if (needsWebsite || needsLinkedIn) place = 'website';
  } else if (needsLinkedIn) place = 'linkedin';
  return place ? { fields, place } : { fields };
}

/**
 * Whether nothing at all is known that the ICP scores: every `score` criterion unknown. Such a
 * company (a CSV row with only a name, a page that said nothing) is never given a fit tier.
 */
export function nothingKnown(result: Pick<ScoreResult, 'criteria'>): boolean {
  return result.criteria.every((c) => c.mode !== 'score' || c.verdict === 'unknown');
}
