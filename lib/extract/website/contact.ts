/**
 * Where to reach the company, as its site shows it: the postal address of the footer, an
 * `<address>` or a contact block; phone numbers from `tel:` links and from text that gives a
 * country code; e-mail addresses from `mailto:` links and contact text (never from scripts),
 * also when written to fool robots ("sales [at] acme [dot] com", Cloudflare's protection).
 */
import type { FactSource } from '../../facts';
import { asciiDigits } from '../../normalize/number';
import { $$, clean } from '../dom';
import { cloudflareEmail, obfuscatedEmails } from './email';
import { CONTACT_SCOPES } from './selectors';
import { aboutOthers, type Hint, linesOf } from './shared';

/** Blocks that hold a site's contact details. */
const MAX_SCOPES = 40;
const MAX_LINE = 200;

/** "Address:", "Địa chỉ:", "地址：", "آدرس:", "Anschrift:" … before an address. */
const LABEL =
  /^(?:(?:head\s?office|headquarters|hq|office|address|our address|visit us|địa chỉ|trụ sở(?: chính)?|văn phòng|地址|公司地址|总部|总部地址|آدرس|نشانی|دفتر مرکزی|adresse|anschrift|dirección|direccion|endereço|indirizzo|alamat|kantor)\s*[:：]\s*|[📍]\s*)/iu;
const LABEL_ONLY =
  /^(head\s?office|headquarters|address|địa chỉ|trụ sở|地址|公司地址|总部|آدرس|نشانی|adresse|anschrift|dirección|endereço|alamat)\s*[:：]?$/iu;

/** Lines that are a whole address on their own, in the languages and countries we read. */
const ADDRESS: readonly RegExp[] = [
  // Vietnamese: "123 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh", "…, Hà Nội, Việt Nam"
  /(^|[\s,])(Quận|Phường|Huyện|Thị xã|TP\.|Tp\.|Thành phố|Tỉnh)\s|Hà Nội|Hồ Chí Minh|Đà Nẵng|Hải Phòng|Cần Thơ|Việt Nam/u,
  // Chinese: "上海市浦东新区张江路88号"
  /[\u4e00-\u9fff]{1,8}[省市][\u4e00-\u9fff\d\s]*(区|县|路|街|道|号|大厦|楼)/u,
  // Persian: "تهران، خیابان ولیعصر، پلاک ۱۲"
  /(تهران|مشهد|اصفهان|شیراز|تبریز|کرج|قم|اهواز|رشت).{0,60}(خیابان|بلوار|کوچه|پلاک|میدان|بزرگراه)|(خیابان|بلوار|میدان).{0,80}(پلاک|طبقه|واحد)/u,
  // US: "Austin, TX 78701"
  /\b[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/,
  // UK postcodes: "London EC1V 9HX"
  /\b[A-Z][a-z]+,?\s+[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/,
  // German and other European streets with a postcode: "Schanzenstraße 12, 20357 Hamburg"
  /(straße|strasse|str\.|weg|platz|allee|gasse|damm|ring|rue|calle|via|avenida|laan|gade)\s*\d+[a-z]?,?\s+(D-)?\d{4,5}\s+\p{Lu}/iu,
  // Singapore, Indonesia: "Singapore 018956", "Jl. Sudirman No. 5, Jakarta"
  /\bSingapore\s+\d{6}\b|\b(Jl\.|Jalan)\s.{3,80}\b(Jakarta|Bandung|Surabaya|Bali|Yogyakarta|Tangerang|Medan)\b/,
];
/** A street line that the next line (the city) completes: "500 W 2nd Street, Suite 300". */
const STREET =
  /^\d+[A-Za-z]?\s+[\p{L}\d .'-]+\b(Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Parkway|Pkwy\.?|Square)\b/iu;

const PHONE = /\+\s?\(?\d{1,3}\)?(?:[\s.\-()]{0,3}\d){6,14}/g;
/** A fax number is not a way to reach a seller. */
const FAX = /fax|传真|傳真|فکس|نمابر/iu;
const EMAIL = /[\w.+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,4}/gu;
const VALID_EMAIL = /^[\w.+-]{1,64}@[\p{L}\d-]{1,63}(\.[\p{L}\d-]{1,63}){0,4}\.\p{L}{2,24}$/u;

export interface ContactResult {
  address?: { raw: string; evidence: string };
  phones: { value: string; hint: Hint }[];
  emails: { value: string; hint: Hint }[];
}

/** Contact blocks, outermost only (a nested one is read with its parent). */
function scopes(doc: Document): Element[] {
  const found: Element[] = [];
  for (const el of $$(doc, CONTACT_SCOPES)) {
    if (found.length >= MAX_SCOPES) break;
    if (found.some((f) => f.contains(el)) || aboutOthers(el)) continue;
    found.push(el);
  }
  // `<address>` first: it says what it is.
  return found.sort((a, b) => Number(b.tagName === 'ADDRESS') - Number(a.tagName === 'ADDRESS'));
}

const isAddress = (line: string) => ADDRESS.some((re) => re.test(line));

/** The address on one of a block's lines, completed by the street line before it. */
function addressIn(lines: string[], inAddressElement: boolean): string | undefined {
  let best: { raw: string; score: number } | undefined;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const labelled = LABEL.test(line) || (LABEL_ONLY.test(lines[i - 1] ?? '') && i > 0);
    let text = clean(line.replace(LABEL, ''), MAX_LINE + 1);
    if (LABEL_ONLY.test(line) || text.length > MAX_LINE || /@|https?:|www\./.test(text)) return;
    const street = STREET.test(text) && next !== undefined && isAddress(next);
    if (!isAddress(text) && !street && !(labelled && /\d/.test(asciiDigits(text)))) return;
    if (street) text = `${text}, ${next}`;
    else {
      const before = lines[i - 1];
      if (before && before.length <= 100 && STREET.test(before) && !isAddress(before))
        text = `${before}, ${text}`;
    }
    const score = (labelled ? 2 : 1) + (inAddressElement ? 1 : 0);
    if (!best || score > best.score) best = { raw: text, score };
  });
  return best?.raw;
}

/** "+84 28 3822 1234" from "+84 28 3822 1234 (Hotline)"; Persian and Arabic digits as ASCII. */
function phoneDigits(text: string): string {
  return asciiDigits(text).replace(/\D/g, '');
}

export function readContacts(doc: Document): ContactResult {
  const result: ContactResult = { phones: [], emails: [] };
  const phoneKeys = new Set<string>();
  const emailKeys = new Set<string>();
  const addPhone = (value: string, source: FactSource) => {
    const v = clean(asciiDigits(value).replace(/^[\s:]+|[\s.,;:]+$/g, ''), 100);
    const digits = phoneDigits(v);
    if (digits.length < 7 || digits.length > 15 || result.phones.length >= 50) return;
    const key = digits.slice(-9);
    if (phoneKeys.has(key)) return;
    phoneKeys.add(key);
    result.phones.push({ value: v, hint: { source, evidence: v } });
  };
  const addEmail = (value: string, source: FactSource, written?: string) => {
    const v = clean(value, 320);
    if (!VALID_EMAIL.test(v) || result.emails.length >= 50) return;
    const key = v.toLowerCase();
    if (emailKeys.has(key)) return;
    emailKeys.add(key);
    const evidence = written && written !== v ? `${v} (written "${clean(written, 100)}")` : v;
    result.emails.push({ value: v, hint: { source, evidence } });
  };

  // Cloudflare's e-mail protection replaces each address with a link and an encoded string.
  for (const el of $$(doc, '[data-cfemail], a[href*="/cdn-cgi/l/email-protection#"]').slice(
    0,
    50,
  )) {
    if (aboutOthers(el) || el.closest('template, noscript')) continue;
    const hex =
      el.getAttribute('data-cfemail') ?? (el.getAttribute('href') ?? '').split('#')[1] ?? '';
    const email = cloudflareEmail(hex.trim());
    if (email) addEmail(email, 'site-text', 'protected by Cloudflare');
  }

  for (const a of $$(doc, 'a[href^="tel:" i], a[href^="mailto:" i]').slice(0, 200)) {
    if (aboutOthers(a) || a.closest('template, noscript')) continue;
    const href = clean(a.getAttribute('href'), 400);
    let target = href.replace(/^(tel|mailto):/i, '').split('?')[0] ?? '';
    try {
      target = decodeURIComponent(target);
    } catch {
      // a malformed escape stays as written
    }
    if (/^tel:/i.test(href)) {
      const text = clean(a.textContent, 100);
      const fromText = phoneDigits(text).length >= 7 ? text : '';
      const international = [fromText, target].find((t) => asciiDigits(t).trim().startsWith('+'));
      addPhone(international ?? (fromText || target), 'site-links');
    } else addEmail(target.trim(), 'site-links');
  }

  for (const scope of scopes(doc)) {
    const lines = linesOf(scope, 5000).flatMap((l) => l.split(/\s[|•·]\s/));
    if (!result.address) {
      const raw = addressIn(lines, scope.tagName === 'ADDRESS');
      if (raw) result.address = { raw, evidence: raw };
    }
    for (const line of lines) {
      const ascii = asciiDigits(line);
      for (const m of ascii.matchAll(PHONE))
        if (!FAX.test(ascii.slice(Math.max(0, m.index - 12), m.index))) addPhone(m[0], 'site-text');
      for (const m of line.match(EMAIL) ?? []) addEmail(m, 'site-text');
      for (const m of obfuscatedEmails(line)) addEmail(m.value, 'site-text', m.evidence);
    }
  }
  return result;
}
