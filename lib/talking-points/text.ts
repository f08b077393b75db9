// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters on purpose
const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Page text made safe to put in a sentence: control and bidi-override characters removed, spaces
 * collapsed, cut to `max` characters. Not escaped: rendering safely is the UI's job.
 */
export function tidy(text: string, max: number): string {
  const flat = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** "Alert fatigue…" → "alert fatigue…", "A team…" → "a team…", but "SOC 2 audits" stays. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}(\p{Ll}|[^\p{L}\p{N}]|$)/u.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** Without a final full stop (and other end punctuation), to end a sentence our own way. */
export function bare(text: string): string {
  return text.replace(/[\s.!?;:]+$/u, '');
}

/** "a", "a and b", "a, b and c". */
export function and(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Folded words of a text, for relevance between a fact and an ICP sentence. */
export function words(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 || /^\p{N}+$/u.test(w)),
  );
}

/**
 * Whether page text is probably not English: it has letters outside basic Latin (Vietnamese
 * "Bánh mì", Chinese, Persian, German "Großhandel"). Such text is quoted as the page wrote it,
 * never used as words of an English sentence. Digits, punctuation and symbols do not count.
 */
export function foreignText(text: string): boolean {
  return /[\p{L}--[A-Za-z]]/v.test(text);
}

/** Page text as a quotation: “…”, inside an English sentence that says it is a quote. */
export function quote(text: string): string {
  return `\u201c${bare(text)}\u201d`;
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Our own sentence (with page values already isolated) cut to `max` characters with "…", every
 * isolate it opened closed again, so a cut inside a company name cannot leak its direction.
 * Unlike {@link tidy} it keeps the isolates.
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const unclosed = (part: string) => {
    let open = 0;
    for (const c of part) open += c === FSI ? 1 : c === PDI ? -1 : 0;
    return Math.max(0, open);
  };
  let part = flat.slice(0, max - 1);
  part = flat.slice(0, max - 1 - unclosed(part)).trimEnd();
  if (part.endsWith(FSI)) part = part.slice(0, -1);
  return `${part}…${PDI.repeat(unclosed(part))}`;
}
