/**
 * How the company sells, as its site shows it: a shop (cart, checkout, products with offers,
 * "Add to cart"), software sold by subscription (pricing page plus a login, a free trial, a price
 * per seat or month, plan names or API docs — see `saas.ts`), an
 * agency (work, case studies, services, clients, and "agency" or "studio" wording) or a
 * marketplace ("Become a seller", sellers and buyers).
 */
import type { BusinessModel } from '../../facts';
import { $$, clean, metaContent, textOf } from '../dom';
import { readSubscriptionSigns } from './saas';
import { aboutOthers, type Hint, type PageLink, shortUrl } from './shared';
import type { StructuredExtras } from './structured-data';

const CART_PATH =
  /\/(cart|checkout|basket|warenkorb|gio-hang|thanh-toan|panier|carrito|sepet|keranjang)(\/|\.php|$)/i;
const ADD_TO_CART =
  /^(add to (cart|bag|basket)|buy now|thêm vào giỏ( hàng)?|mua ngay|加入购物车|立即购买|افزودن به سبد( خرید)?|in den warenkorb|jetzt kaufen|ajouter au panier|añadir al carrito|adicionar ao carrinho|tambah ke keranjang|beli sekarang)$/iu;
const SHOP_CODE: readonly [string, string][] = [
  ['form[action*="/cart/add"]', 'Shopify add-to-cart form'],
  ['[class*="shopify-section"], [data-shopify]', 'Shopify sections'],
  ['.add_to_cart_button', 'WooCommerce add-to-cart button'],
  ['.woocommerce, body.woocommerce-page', 'WooCommerce markup'],
];

const PRICING =
  /^(pricing|plans( & pricing)?|plans and pricing|bảng giá|giá|价格|定价|价格方案|قیمت‌?گذاری|تعرفه‌?ها|preise|tarife|tarifs|precios|preços|harga)$/iu;
const PRICING_PATH = /\/(pricing|plans|preise|tarifs|precios|bang-gia|harga)(\/|$)/i;
const LOGIN =
  /^(log ?in|sign ?in|login|đăng nhập|登录|登入|ورود|anmelden|einloggen|connexion|iniciar sesión|entrar|masuk)$/iu;
const TRIAL =
  /(start (a |your )?free trial|free trial|try (it )?(for )?free|get started (for )?free|dùng thử miễn phí|免费试用|رایگان امتحان کنید|kostenlos testen|essai gratuit|prueba gratis|coba gratis|uji coba gratis)/iu;

const AGENCY_NAV: readonly [string, RegExp][] = [
  [
    'work',
    /^(our work|work|portfolio|projects|projekte|referenzen|dự án|作品|案例|نمونه کارها)$/iu,
  ],
  ['case studies', /^(case studies|case study|fallstudien|success stories|cas clients)$/iu],
  [
    'services',
    /^(services|our services|what we do|leistungen|dịch vụ|服务|خدمات|servicios|serviços|layanan)$/iu,
  ],
  ['clients', /^(clients|our clients|kunden|khách hàng|客户|مشتریان|clientes|klien)$/iu],
];
const AGENCY_WORDS =
  /\b(agency|studio|agentur|agence|agencia|agência|agensi|digital consultancy)\b|công ty truyền thông|广告公司|设计工作室|آژانس/iu;

const SELLER =
  /^(become a (seller|vendor|supplier|host)|sell on .{1,40}|start selling|sell with us|open your (shop|store)|đăng ký bán hàng|bán hàng cùng .{1,30}|成为卖家|商家入驻|我要开店|فروشنده شوید|ثبت‌?نام فروشنده|verkäufer werden|devenir vendeur|mulai berjualan|jadi penjual)$/iu;

export interface BusinessModelResult {
  models: BusinessModel[];
  hints: Hint[];
}

export function readBusinessModel(
  doc: Document,
  links: readonly PageLink[],
  extras: StructuredExtras,
  page: URL,
): BusinessModelResult {
  const found = new Map<BusinessModel, Hint[]>();
  const add = (model: BusinessModel, hint: Hint) =>
    found.set(model, [...(found.get(model) ?? []), hint]);
  const own = links.filter((l) => !aboutOthers(l.el));
  const buttons = $$(doc, 'button, input[type="submit"], a[class*="btn" i], a[class*="button" i]')
    .slice(0, 500)
    .map((el) => clean(el.getAttribute('value') ?? '', 100) || textOf(el, 100));

  // E-commerce.
  const product = extras.products[0];
  if (product)
    add('ecommerce', { source: product.source, evidence: `Product with offers: ${product.name}` });
  const cart = own.find((l) => CART_PATH.test(l.url.pathname));
  if (cart) add('ecommerce', { source: 'site-links', evidence: `cart link ${shortUrl(cart.url)}` });
  const addToCart = [...buttons, ...own.map((l) => l.text)].find((t) => ADD_TO_CART.test(t));
  if (addToCart) add('ecommerce', { source: 'site-text', evidence: `"${addToCart}" button` });
  const shopCode = SHOP_CODE.find(([selector]) => doc.querySelector(selector));
  if (shopCode) add('ecommerce', { source: 'site-code', evidence: shopCode[1] });

  // Software as a service: a pricing page or link, and a login, a free trial, a price per seat
  // or month, plan names or API docs; or such a price beside plan names or API docs.
  const pricing = own.find((l) => PRICING.test(l.text) || PRICING_PATH.test(l.url.pathname));
  const login = own.find(
    (l) => LOGIN.test(l.text) || /^(app|dashboard|console|portal)\./i.test(l.url.hostname),
  );
  const trial = [...own.map((l) => l.text), ...buttons].find(
    (t) => t.length <= 60 && TRIAL.test(t),
  );
  const signs = readSubscriptionSigns(doc, page, own);
  const pricingHint: Hint | undefined =
    signs.pricingPage ??
    (pricing && { source: 'site-links', evidence: `pricing link ${shortUrl(pricing.url)}` });
  const extra = [signs.price, signs.plans, signs.api].filter((h): h is Hint => Boolean(h));
  const loginHint: Hint | undefined = login && {
    source: 'site-links',
    evidence: `"${login.text}" → ${shortUrl(login.url)}`,
  };
  const trialHint: Hint | undefined = trial
    ? { source: 'site-text', evidence: `"${trial}"` }
    : undefined;
  const withPricing = [loginHint, trialHint, ...extra].filter((h): h is Hint => Boolean(h));
  if (pricingHint && withPricing.length > 0)
    for (const hint of [pricingHint, ...withPricing]) add('saas', hint);
  else if (signs.price && (signs.plans || signs.api)) for (const hint of extra) add('saas', hint);

  // Agency: at least two of work, case studies, services, clients, and saying it is one.
  const nav = AGENCY_NAV.flatMap(([what, re]) => {
    const link = own.find((l) => re.test(l.text));
    return link ? [{ what, link }] : [];
  });
  const about = [
    metaContent(doc, 'og:description') ?? '',
    metaContent(doc, 'description') ?? '',
    doc.title ?? '',
    textOf(doc.querySelector('h1'), 300),
  ].find((t) => AGENCY_WORDS.test(t));
  if (nav.length >= 2 && about) {
    add('agency', {
      source: 'site-links',
      evidence: `nav: ${nav.map((n) => `"${n.link.text}"`).join(', ')}`,
    });
    add('agency', {
      source: 'site-text',
      evidence: `"${AGENCY_WORDS.exec(about)?.[0] ?? ''}" in "${clean(about, 100)}"`,
    });
  }

  // Marketplace.
  const seller = own.find((l) => SELLER.test(l.text));
  if (seller)
    add('marketplace', {
      source: 'site-links',
      evidence: `"${seller.text}" → ${shortUrl(seller.url)}`,
    });

  const models = (['ecommerce', 'saas', 'agency', 'marketplace'] as const).filter((m) =>
    found.has(m),
  );
  return { models, hints: models.flatMap((m) => found.get(m) ?? []) };
}
