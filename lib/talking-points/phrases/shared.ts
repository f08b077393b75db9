import type { Range } from '../../facts';
import { isolate } from '../../i18n/bidi';

/** Page text in isolates (FSI…PDI), so it keeps its own direction inside the sentence. */
export const iso = (text: string): string => isolate(text);

/** Without final punctuation (Latin, Chinese and Persian), to end a sentence our own way. */
export function bare(text: string): string {
  return text.replace(/[\s.!?;:。！？；：…؟؛]+$/u, '');
}

const counts = new Map<string, Intl.NumberFormat>();
/** A whole number in the language's digits and grouping ("1,200", "1.200", "۱٬۲۰۰"). */
export function countIn(tag: string, n: number): string {
  let format = counts.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { useGrouping: 'min2', maximumFractionDigits: 1 });
    counts.set(tag, format);
  }
  return format.format(n);
}

/** A range with an en dash ("201–500"), an open one as "10,001+". */
export function rangeWith(range: Range, unit: (n: number) => string): string {
  const { min, max } = range;
  if (max === undefined) return `${unit(min)}+`;
  return min === max ? unit(min) : `${unit(min)}–${unit(max)}`;
}

/**
 * An amount in US dollars in short form with the language's words for thousand, million and
 * billion (`steps`: [threshold, divisor, word] from the largest), e.g. "25 triệu USD".
 */
export function moneyWith(
  usd: number,
  steps: readonly (readonly [number, number, string])[],
  write: (amount: string, word: string) => string,
  tag: string,
): string {
  for (const [threshold, divisor, word] of steps) {
    if (Math.abs(usd) >= threshold) {
      const value = usd / divisor;
      return write(countIn(tag, Number(value.toFixed(value < 10 ? 1 : 0))), word);
    }
  }
  return write(countIn(tag, Math.round(usd)), '');
}

const regionNames = new Map<string, Intl.DisplayNames>();
/** The country's name in the language (CLDR through `Intl.DisplayNames`), else the code. */
export function countryIn(tag: string, code: string): string {
  try {
    let names = regionNames.get(tag);
    if (!names) {
      names = new Intl.DisplayNames([tag], { type: 'region' });
      regionNames.set(tag, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
