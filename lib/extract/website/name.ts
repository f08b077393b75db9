/**
 * The name a company goes by and its legal name. A brand (JSON-LD `alternateName`, the WebSite's
 * name, `og:site_name`, the logo's alt text, the page title's brand part) is the display name; a
 * name with a legal form ("Inc.", "GmbH", "Công ty Cổ phần", "有限公司") or JSON-LD `legalName`
 * is the legal name, and the display name only when the page gives no brand.
 */
import type { CompanyFacts, FactSource } from '../../facts';
import { $$, clean } from '../dom';
import { isLegalName } from './organization';
import { put } from './shared';

/** Page names that are not a brand: "Home", "About us", "Über uns", "Giới thiệu", "关于我们"… */
const PAGE_NAME =
  /^(home|home ?page|welcome|official (web)?site|about|about us|who we are|our story|company|contact|contact us|products|services|blog|news|careers|jobs|pricing|trang chủ|giới thiệu|về chúng tôi|liên hệ|sản phẩm|tuyển dụng|首页|主页|关于我们|关於我們|公司简介|公司簡介|联系我们|產品|产品中心|صفحه اصلی|خانه|درباره ما|تماس با ما|startseite|über uns|ueber uns|unternehmen|kontakt|karriere|accueil|à propos|qui sommes-nous|inicio|sobre nosotros|quiénes somos|início|sobre nós|beranda|tentang kami|karir|hubungi kami)$/iu;

/** "BrightPath — Revenue analytics" → "BrightPath"; "About us | Brand", "关于我们 - 品牌" → the brand. */
export function nameFromTitle(title: string): string | undefined {
  return clean(title, 500)
    .split(/\s[|–—·:-]\s|\s*[|｜]\s*|\s+[-–—]\s*(?=\S)|(?<=\S)\s*[-–—]\s+/u)
    .map((p) => clean(p, 500))
    .find((p) => p && !PAGE_NAME.test(p));
}

/** The alt text of the site's logo: an image in the home link or with "logo" in its name. */
export function logoName(doc: Document, page: URL): string | undefined {
  for (const img of $$(
    doc,
    'header img[alt], nav img[alt], a img[alt], img[alt][class*="logo" i], img[alt][src*="logo" i]',
  ).slice(0, 50)) {
    const home = img.closest('a')?.getAttribute('href');
    let isHome = false;
    try {
      const u = home ? new URL(home, page) : undefined;
      isHome = Boolean(u && u.hostname === page.hostname && /^\/(index\.\w+)?$/.test(u.pathname));
    } catch {
      // not a URL
    }
    const logo = /logo|brand/i.test(
      `${img.getAttribute('class')} ${img.getAttribute('src')} ${img.closest('a')?.getAttribute('class')}`,
    );
    if (!isHome && !logo) continue;
    const alt = clean(
      img.getAttribute('alt')?.replace(/\s*(logo|logotype|标志|لوگو)\s*$/iu, ''),
      200,
    );
    if (alt && alt.length >= 2 && !/^(logo|home)$/i.test(alt)) return alt;
  }
  return undefined;
}

/** A candidate name and where it came from, in the order it is asked. */
export interface NameCandidate {
  value: string | undefined;
  source: FactSource;
  evidence?: string;
}

/**
 * Sets `name` from the first brand candidate (an organization name without a legal form comes
 * first), and `legalName` from `legalName` or the first candidate with a legal form. With no
 * brand, the legal name is also the name.
 */
export function putNames(
  facts: CompanyFacts,
  organization: NameCandidate | undefined,
  legal: NameCandidate | undefined,
  brands: NameCandidate[],
): void {
  const all = [organization, ...brands].filter((c): c is NameCandidate & { value: string } =>
    Boolean(c?.value && clean(c.value, 500)),
  );
  const legalCandidate = legal?.value ? legal : all.find((c) => isLegalName(c.value));
  const brand = all.find((c) => !isLegalName(c.value));
  const display = brand ?? legalCandidate ?? all[0];
  if (display?.value) put(facts, 'name', display.value, display.source, display.evidence);
  if (legalCandidate?.value && clean(legalCandidate.value, 500) !== facts.name?.value)
    put(facts, 'legalName', legalCandidate.value, legalCandidate.source, legalCandidate.evidence);
}
