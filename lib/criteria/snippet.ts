const MARKS = /\p{M}+/gu;
const SEPARATOR = /^[^\p{L}\p{N}+#]$/u;

/** What `fold` makes of one character, before runs of spaces are collapsed. */
function foldChar(ch: string): string {
  if (ch === '&') return ' and ';
  if (SEPARATOR.test(ch)) return ' ';
  const folded = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return folded
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}+#]/gu, ' ');
}

/**
 * The index in `original` of the character that became index `target` of `fold(original)`:
 * replays `fold` character by character (same steps, same collapsing of spaces).
 */
export function originalIndex(original: string, target: number): number {
  let emitted = 0;
  let lastWasSpace = true;
  for (let i = 0; i < original.length; ) {
    const ch = String.fromCodePoint(original.codePointAt(i) as number);
    for (const c of foldChar(ch)) {
      if (c === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      if (emitted === target) return i;
      emitted++;
    }
    i += ch.length;
  }
  return original.length;
}

const CONTEXT = 50;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Case-insensitive whole-word search for the keyword as written; -1 when not found so. */
function findLiteral(original: string, literal: string): number {
  const haystack = original.toLowerCase();
  const needle = literal.toLowerCase();
  if (!needle) return -1;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = original[at - 1];
    const after = original[at + needle.length];
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return at;
  }
  return -1;
}

/**
 * A short quote of `original` around a hit found at [at, at + length) of its folded form, cut at
 * word boundaries, with "…" where text was left out: `"…a SOC 2 Type II audited platform…"`.
 * `literal` is the keyword as written, tried first as a plain case-insensitive search.
 */
export function snippet(original: string, at: number, length: number, literal?: string): string {
  // Usually the keyword is written as the ICP writes it (case aside): no need to replay `fold`.
  const direct = literal ? findLiteral(original, literal) : -1;
  const start = direct !== -1 ? direct : originalIndex(original, at);
  const end =
    direct !== -1
      ? direct + (literal as string).length
      : length > 0
        ? originalIndex(original, at + length - 1) + 1
        : start;
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(original.length, end + CONTEXT);
  if (from > 0) {
    const space = original.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < original.length) {
    const space = original.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const text = original.slice(from, to).replace(/\s+/g, ' ').trim();
  return `"${from > 0 ? '…' : ''}${text}${to < original.length ? '…' : ''}"`;
}
