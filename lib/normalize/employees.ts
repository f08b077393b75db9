import type { Range } from '../facts';
import { asciiDigits, localizedNumbers } from './number';

/** Words that make a single number open-ended: "10,001+", "10 001 et plus", "1万人以上". */
const OPEN_ENDED = /\+|or more|and more|et plus|o más|ou mais|und mehr|trở lên|以上|و بیشتر|بیشتر از|以上|이상/i;
const SOLO = /myself only|self-employed|nur ich|moi uniquement|solo yo|chỉ mình tôi|仅我自己|فقط خودم/i;

/**
 * An employee band in any UI language: "1,001-5,000 employees", "1.001–5.000 Beschäftigte",
 * "10,001+ employees", "5K-10K", "1 001 à 5 000 employés", "51-200 名员工", "۵۱-۲۰۰ کارمند",
 * "Myself only" → {0,1}, "250" → {250,250}.
 */
export function parseEmployeeRange(text: string): Range | undefined {
  if (SOLO.test(text)) return { min: 0, max: 1 };
  const normalized = asciiDigits(text.normalize('NFKC'));
  const numbers = localizedNumbers(normalized).slice(0, 2);
  const [first, second] = numbers;
  if (!first) return undefined;
  const openEnded = OPEN_ENDED.test(normalized.slice(first.end, first.end + 12)) || (!second && OPEN_ENDED.test(normalized));
  if (second && !openEnded) {
    const [min, max] = [Math.round(first.value), Math.round(second.value)];
    return min <= max ? { min, max } : undefined;
  }
  const min = Math.round(first.value);
  return openEnded ? { min } : { min, max: min };
}
