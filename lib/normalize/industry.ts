import { fold } from '../text';
import { LOCALIZED_INDUSTRIES } from './industry-localized';
import { INDUSTRIES, RENAMED } from './industry-names';

export { INDUSTRIES };

let byFolded: Map<string, string> | undefined;

/** Every known spelling, folded, → the current English name. Built once, on first use. */
function lookup(): Map<string, string> {
  if (byFolded) return byFolded;
  byFolded = new Map<string, string>();
  for (const name of INDUSTRIES) byFolded.set(fold(name), name);
  for (const [from, to] of Object.entries(RENAMED)) byFolded.set(fold(from), to);
  for (const [to, row] of Object.entries(LOCALIZED_INDUSTRIES)) {
    for (const name of row.split(/[|/]/)) {
      const key = fold(name);
      // English spellings win over a coincidental translation ("Construction" in French).
      if (key && !byFolded.has(key)) byFolded.set(key, to);
    }
  }
  return byFolded;
}

/**
 * LinkedIn's current English name for an industry written in the older taxonomy ("Computer
 * Software"), with "&" for "and", in another case or without accents, or in another UI language
 * (German, French, Spanish, Portuguese, Vietnamese, Chinese, Persian). Unknown names come back
 * trimmed, with runs of whitespace collapsed.
 */
export function canonicalIndustry(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.length > 300) return trimmed;
  // fold() also turns Persian's zero-width non-joiner ("نرم‌افزار") into the space some pages use.
  return lookup().get(fold(trimmed)) ?? trimmed;
}
