import type { Range } from '../facts';
import { localizedNumbers } from './number';

/** Words that make a single number open-ended: "10,001+", "10 001 et plus", "1万人以上". */
const OPEN_ENDED = /\+|or more|and more|et plus|o más|ou mais|und mehr|trở lên|以上|و بیشتر|이상/i;
const SOLO =
  /myself only|self-employed|nur ich|moi uniquement|solo yo|chỉ mình tôi|仅我自己|فقط خودم/i;
/** Between the two numbers of a band: "-", "–", "—", "~", "à", "bis", "to", "đến", "至", "تا". */
const BETWEEN = /^\s*([-–—~〜~]|à|a|bis|to|tot|đến|至|到|تا|إلى)\s*$/i;

/**
 * An employee band in any UI language: "1,001-5,000 employees", "1.001–5.000 Beschäftigte",
 * "10,001+ employees", "5K-10K", "1 001 à 5 000 employés", "51-200 名员工", "۵۱-۲۰۰ کارمند",
 * "Myself only" → {0,1}, "250" → {250,250}. Anything else ("1-2-3", "-5", "500-100") → undefined.
 * Small and table-free: the content script imports it.
 */
export function parseEmployeeRange(text: string): Range | undefined {
  if (SOLO.test(text)) return { min: 0, max: 1 };
  const input = text.normalize('NFKC').slice(0, 300);
  const numbers = localizedNumbers(input);
  const [first, second] = numbers;
  if (!first || numbers.length > 2) return undefined;
  const min = Math.round(first.value);
  if (!second) {
    const after = input.slice(first.end, first.end + 12);
    return OPEN_ENDED.test(after) || OPEN_ENDED.test(input) ? { min } : { min, max: min };
  }
  const max = Math.round(second.value);
  const between = input.slice(first.end, second.start);
  return BETWEEN.test(between) && min <= max ? { min, max } : undefined;
}
