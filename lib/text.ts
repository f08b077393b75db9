/**
 * Folds text for comparison: case, accents (NFKD, marks removed, đ → d), "&" vs "and",
 * punctuation and runs of spaces. "Computer & Network Security" equals "computer and network security".
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLocaleLowerCase('en')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+#.]+/gu, ' ')
    .trim();
}
