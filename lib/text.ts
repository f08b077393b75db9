/**
 * The one text-folding helper of the project: lookup tables (industries, countries, company
 * types, LinkedIn labels), matchers and the ICP builder all compare folded text, so a value read
 * from a page and the same value read from a file cell compare equal.
 * Small and table-free: the content script imports it.
 */
/** Characters that need the slow path: anything outside printable ASCII. */
const NON_ASCII = /[^\x20-\x7e]/;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}+#]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9+#]+/g;

/**
 * Folds text for comparison: case, accents (NFKD with marks removed; đ → d, ß → ss), "&" vs
 * "and", punctuation and runs of spaces. So "Computer & Network Security" and
 * "computer and network security" fold alike, and "Société Générale" equals "societe generale".
 * `+` and `#` are kept so "C++" and "C#" stay distinct from "C". The result has single spaces
 * between words and none at either end.
 */
export function fold(text: string): string {
  if (text.length > SHORT) return foldText(text);
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

/**
 * `fold` without its cache, for texts each company has its own of (descriptions, taglines): a
 * file's worth of them would fill the cache, and each cached key read from a file keeps alive the
 * whole chunk of text it was cut from (V8 keeps a substring's parent).
 */
export function foldUncached(text: string): string {
  return foldText(text);
}

/** Short texts (industries, technologies, keywords) repeat across companies: fold them once. */
const SHORT = 80;
const CACHE_SIZE = 50_000;
const cache = new Map<string, string>();

function foldText(text: string): string {
  if (!NON_ASCII.test(text)) {
    return text.toLowerCase().replaceAll('&', ' and ').replace(ASCII_SEPARATORS, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replaceAll('&', ' and ')
    .replace(SEPARATORS, ' ')
    .trim();
}
