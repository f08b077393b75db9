/**
 * Signs that a company sells software by subscription, beyond a login link: a price per seat or
 * per month ("$29 per user/month", "€19 pro Nutzer/Monat", "199.000đ/tháng", "99元/月",
 * "۲۹۰٬۰۰۰ تومان/ماه", "Rp99rb/bulan"), plan names side by side (Free, Starter, Pro, Business,
 * Enterprise…), API documentation, and the pricing page itself.
 */
import { asciiDigits } from '../../normalize/number';
import { $$, clean, textOf } from '../dom';
import { PLAN_HEADINGS } from './selectors';
import { type Hint, linesOf, type PageLink, shortUrl } from './shared';

const MONEY = String.raw`(?:[$€£¥₫₹₩]|US\$|R\$|Rp\.?|USD|EUR|GBP|VND|IDR|INR|CNY|RMB|IRR|IRT)\s?\d[\d.,]*\s?(?:k|rb|ribu|tr)?|\d[\d.,]*\s?(?:k|rb|ribu|tr|triệu)?\s?(?:[$€£¥₫₹]|đ|vnđ|vnd|usd|eur|元|円|تومان|ریال|rupiah|rp)`;
/** A price followed by a billing unit: per user, seat, member, agent, month or year. */
const RECURRING = new RegExp(
  String.raw`(?:${MONEY})\s*(?:\/|per|a|an|pro|par|por|mỗi|每|در|/\s*)\s*(?:user|seat|member|agent|editor|month|mo|year|yr|nutzer|benutzer|monat|jahr|utilisateur|mois|an|usuario|mes|año|người dùng|tháng|năm|用户|人|月|年|کاربر|ماه|سال|pengguna|bulan|tahun)(?![\p{L}])`,
  'iu',
);
const PLAN =
  /^(?:gói\s+|plan\s+)?(free|starter|basic|essentials?|standard|plus|pro|professional|premium|business|team|teams|growth|scale|enterprise|custom|miễn phí|cơ bản|nâng cao|doanh nghiệp|免费版|基础版|标准版|专业版|高级版|企业版|旗舰版|رایگان|پایه|حرفه‌ای|سازمانی|gratis|dasar|bisnis|kostenlos|unternehmen)(?:\s+(?:plan|tier|gói|版))?$/iu;
const API_DOCS =
  /^(api|api docs|api reference|api documentation|developers?|developer docs|docs|documentation|tài liệu api|开发者|开发文档|api 文档|مستندات api|dokumentasi api|entwickler)$/iu;
const API_PATH = /^\/(api|docs|developers?|reference)(\/|$)|^\/api-docs?(\/|$)/i;
const API_HOST = /^(docs|developers?|developer-docs|api|apidocs)\./i;
const PRICING_PAGE =
  /\/(pricing|plans|preise|tarifs|precios|bang-gia|harga|price|jiage|قیمت)(\/|\.html?|$)/iu;

/** What the page shows of a subscription: each sign with its evidence. */
export interface SubscriptionSigns {
  price?: Hint;
  plans?: Hint;
  api?: Hint;
  pricingPage?: Hint;
}

/** Reads the price, plan, API and pricing-page signs of a subscription business. */
export function readSubscriptionSigns(
  doc: Document,
  page: URL,
  own: readonly PageLink[],
): SubscriptionSigns {
  const signs: SubscriptionSigns = {};
  const body = doc.body ?? doc.documentElement;
  if (body) {
    const line = linesOf(body, 60_000).find(
      (l) => l.length <= 300 && RECURRING.test(asciiDigits(l)),
    );
    if (line) signs.price = { source: 'site-text', evidence: `price "${clean(line, 100)}"` };
  }
  const plans = [
    ...new Set(
      $$(doc, PLAN_HEADINGS)
        .slice(0, 300)
        .map((el) => textOf(el, 60))
        .filter((t) => PLAN.test(t)),
    ),
  ];
  if (plans.length >= 2)
    signs.plans = {
      source: 'site-text',
      evidence: `plans ${plans
        .slice(0, 4)
        .map((p) => `"${p}"`)
        .join(', ')}`,
    };
  const api = own.find(
    (l) => API_DOCS.test(l.text) || API_HOST.test(l.url.hostname) || API_PATH.test(l.url.pathname),
  );
  if (api) signs.api = { source: 'site-links', evidence: `"${api.text}" → ${shortUrl(api.url)}` };
  if (PRICING_PAGE.test(decodeSafe(page.pathname)))
    signs.pricingPage = { source: 'url', evidence: `pricing page ${shortUrl(page)}` };
  return signs;
}

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
