/**
 * Unicode bidirectional isolation for text that comes from a page or a file (a company name,
 * a specialty, a quote): inside a sentence of another direction it must read as one unit, in its
 * own direction, without reordering the words around it. Unicode Bidirectional Algorithm (UAX #9),
 * https://www.unicode.org/reports/tr9/ — FSI U+2068 picks the direction from the text's first
 * strong character, PDI U+2069 closes it.
 */

/** FIRST STRONG ISOLATE (U+2068). */
export const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE (U+2069). */
export const PDI = '\u2069';

const ISOLATE_MARKS = /[\u2066-\u2069]/g;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
// A letter is strong; digits (Persian ones too), marks and punctuation are not.
const STRONG = /[\p{L}]/u;

/**
 * `text` wrapped in FSI…PDI, for text copied to the clipboard or written to a plain-text export,
 * where no `<bdi>` can isolate it. Isolate marks already inside `text` are removed first, so an
 * unbalanced mark from the page cannot leak into the sentence around it. Empty text stays empty.
 */
export function isolate(text: string): string {
  const clean = text.replace(ISOLATE_MARKS, '');
  return clean === '' ? '' : `${FSI}${clean}${PDI}`;
}

/** `text` without any isolate marks (LRI, RLI, FSI, PDI), e.g. before matching or storing it. */
export function stripIsolates(text: string): string {
  return text.replace(ISOLATE_MARKS, '');
}

/**
 * The direction of `text` by its first strong letter, as `dir="auto"` and FSI decide it:
 * "rtl" for Hebrew, Arabic or Persian script, "ltr" for any other letter, "neutral" when it has
 * no letter (digits, punctuation, empty).
 */
export function textDirection(text: string): 'ltr' | 'rtl' | 'neutral' {
  for (const char of stripIsolates(text)) {
    if (STRONG.test(char)) return RTL.test(char) ? 'rtl' : 'ltr';
  }
  return 'neutral';
}
