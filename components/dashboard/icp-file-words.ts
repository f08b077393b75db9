import { isolate } from '@/lib/i18n/bidi';
import { icpProblemIn, icpProblemsIn, type ProblemLanguage } from '@/lib/icp/problem-words';
import type { IcpFileProblem } from '@/lib/icp/problems';
import { formatNumber, pluralCategory } from '../format';
import { t } from '../i18n';

/**
 * ICP file problems (`parseIcpFile`'s `problems`) worded in the UI language (the wording itself is
 * `lib/icp/problem-words.ts`, shared with the command line). What comes from the file (field paths
 * such as `criteria[2].bands[0].credit`, keys, values, texts) is kept as written and
 * direction-isolated, so it reads right inside a Persian sentence; numbers are written with the
 * language's digits. In English the words equal `parseIcpFile`'s `error` (isolates aside).
 */
const UI_LANGUAGE: ProblemLanguage = {
  t: (key, ...subs) => t(key, ...subs),
  number: (n, grouped) => formatNumber(n, grouped ? { useGrouping: true } : {}),
  plural: (n) => pluralCategory(n),
  isolate,
};

/** One ICP file problem in the UI language, e.g. "criteria[2].bands[0].credit: phải ≤ 1" (vi). */
export function icpProblemWords(p: IcpFileProblem): string {
  return icpProblemIn(UI_LANGUAGE, p);
}

/**
 * ICP file problems as one message in the UI language: the first three, then "and N more
 * problems" (as `parseIcpFile`'s English `error` joins them). Empty for no problems.
 */
export function icpProblemsWords(problems: readonly IcpFileProblem[]): string {
  return icpProblemsIn(UI_LANGUAGE, problems);
}
