/**
 * E-mail addresses as sites write them to keep spam robots away: "sales [at] acme [dot] com",
 * "info(at)acme.de", "hello AT acme DOT io" (capitals only: "visit us at acme.com" is a sentence), "kontakt＠acme.de" (full-width), "name#acme.cn"
 * only when the page says to swap "#" for "@" (common on Chinese sites), and Cloudflare's
 * e-mail protection (`data-cfemail` / `/cdn-cgi/l/email-protection#…`).
 */

/** "@" written as a word or symbol: [at] (at) {at} <at> at AT, arroba, chez, 艾特… */
const AT = String.raw`(?:\s*[[({<]\s*(?:at|@|arroba|chez|bei|ät|a còng|艾特)\s*[\])}>]\s*|\s+AT\s+|\s*[＠@]\s*)`;
/** "." written as a word: [dot] (dot) {dot} dot DOT, punkt, punto, point, chấm, 点. */
const DOT = String.raw`(?:\s*[[({<]\s*(?:dot|\.|punkt|punto|point|chấm|点)\s*[\])}>]\s*|\s+DOT\s+|\.)`;
const LOCAL = String.raw`[\w+-](?:[\w.+-]{0,62}[\w+-])?`;
const LABEL = String.raw`[\p{L}\d](?:[\p{L}\d-]{0,61}[\p{L}\d])?`;

/** An address with at least one written-out "@" or ".": the plain ones are read elsewhere. */
const OBFUSCATED = new RegExp(
  `(?<![\\w.+-])(${LOCAL})${AT}(${LABEL}(?:${DOT}${LABEL}){0,3})${DOT}(\\p{L}{2,24})(?![\\p{L}\\d])`,
  'gu',
);
const PLAIN = /^[\w.+-]+@[\p{L}\d.-]+$/u;
const SPLIT_DOT = new RegExp(DOT, 'u');

/** A page that asks the reader to swap a sign for "@": "请将#替换为@", "replace # with @". */
const SWAP_HINT =
  /(?:[#*]\s*(?:换成|替换为|改为|改成)\s*@|replace\s+["“]?([#*])["”]?\s+with\s+@)/iu;

/**
 * Every obfuscated address in a line of text, decoded: `{ value: "sales@acme.com",
 * evidence: "sales [at] acme [dot] com" }`. Plain addresses are not returned (the caller reads
 * them); the evidence is the text as written.
 */
export function obfuscatedEmails(line: string): { value: string; evidence: string }[] {
  const out: { value: string; evidence: string }[] = [];
  for (const m of line.slice(0, 2000).matchAll(OBFUSCATED)) {
    const [written, local, domain, tld] = m as unknown as [string, string, string, string];
    if (PLAIN.test(written.trim())) continue;
    const labels = domain.split(SPLIT_DOT).map((l) => l.trim());
    out.push({ value: `${local}@${[...labels, tld].join('.')}`, evidence: written.trim() });
  }
  const swap = SWAP_HINT.exec(line);
  if (swap) {
    const sign = swap[1] ?? (/\*/.test(swap[0]) ? '*' : '#');
    const escaped = sign === '*' ? '\\*' : '#';
    const re = new RegExp(`(${LOCAL})${escaped}(${LABEL}(?:\\.${LABEL}){1,4})`, 'gu');
    for (const m of line.matchAll(re)) out.push({ value: `${m[1]}@${m[2]}`, evidence: m[0] });
  }
  return out;
}

/**
 * Cloudflare's e-mail protection: the hex string's first byte is the key, each following byte
 * XOR the key is one character (as Cloudflare's decoder script reads `data-cfemail`). Returns
 * undefined for anything that is not such a string.
 */
export function cloudflareEmail(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){4,200}$/i.test(hex)) return undefined;
  const key = Number.parseInt(hex.slice(0, 2), 16);
  let text = '';
  for (let i = 2; i < hex.length; i += 2)
    text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16) ^ key);
  return /^[\w.+-]+@[\w.-]+\.[a-z]{2,24}$/i.test(text) ? text : undefined;
}
