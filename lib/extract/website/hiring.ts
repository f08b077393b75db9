/**
 * Whether the company hires: its careers page, the applicant-tracking system that hosts its
 * openings (from links and iframes), and how many roles are open when the page says so or lists
 * them as job cards.
 */
import type { Hiring } from '../../facts';
import { asciiDigits } from '../../normalize/number';
import { $$, textOf } from '../dom';
import { CHROME, JOB_CARD } from './selectors';
import { aboutOthers, type Hint, httpUrl, type PageLink, shortUrl } from './shared';

/** Job boards and applicant-tracking systems by host. */
const ATS: readonly [RegExp, string][] = [
  [/(^|\.)greenhouse\.io$/, 'Greenhouse'],
  [/^jobs\.(eu\.)?lever\.co$/, 'Lever'],
  [/(^|\.)workable\.com$/, 'Workable'],
  [/^jobs\.ashbyhq\.com$/, 'Ashby'],
  [/(^|\.)smartrecruiters\.com$/, 'SmartRecruiters'],
  [/\.recruitee\.com$/, 'Recruitee'],
  [/\.jobs\.personio\.(de|com)$/, 'Personio'],
  [/\.bamboohr\.com$/, 'BambooHR'],
  [/\.teamtailor\.com$/, 'Teamtailor'],
  [/\.breezy\.hr$/, 'Breezy HR'],
  [/\.myworkdayjobs\.com$/, 'Workday'],
  [/(^|\.)icims\.com$/, 'iCIMS'],
  [/^jobs\.jobvite\.com$/, 'Jobvite'],
  [/^(www\.)?join\.com$/, 'JOIN'],
  [/(^|\.)topcv\.vn$/, 'TopCV'],
  [/(^|\.)vietnamworks\.com$/, 'VietnamWorks'],
  [/(^|\.)itviec\.com$/, 'ITviec'],
  [/(^|\.)zhipin\.com$/, 'BOSS Zhipin'],
  [/(^|\.)51job\.com$/, '51job'],
  [/(^|\.)liepin\.com$/, 'Liepin'],
  [/(^|\.)jobinja\.ir$/, 'Jobinja'],
  [/(^|\.)irantalent\.com$/, 'IranTalent'],
  [/(^|\.)e-estekhdam\.com$/, 'e-Estekhdam'],
  [/(^|\.)glints\.com$/, 'Glints'],
  [/(^|\.)kalibrr\.com$/, 'Kalibrr'],
  [/(^|\.)jobstreet\.(com|co\.id|com\.sg)$/, 'JobStreet'],
  [/(^|\.)stepstone\.de$/, 'StepStone'],
];

/** A careers link's text, in the languages we read. */
const CAREERS_TEXT =
  /^(careers?|jobs?|jobs at .{1,40}|open (roles|positions)|join (us|our team|the team)|we('|’)re hiring|work (with|for) us|tuyển dụng|cơ hội nghề nghiệp|việc làm|招聘|人才招聘|加入我们|社会招聘|校园招聘|فرصت‌?های شغلی|همکاری با ما|استخدام|karriere|jobs & karriere|stellenangebote|offene stellen|carrières|carrière|recrutement|empleo|trabaja con nosotros|vagas|carreiras|trabalhe conosco|karir|lowongan|bergabung)$/iu;
const CAREERS_PATH =
  /\/(careers?|jobs|karriere|stellenangebote|tuyen-dung|co-hoi-nghe-nghiep|recruit(ment)?|join-?us|joinus|hiring|karir|lowongan|carrieres|empleo|vagas|zhaopin|estekhdam|work-with-us)(\/|\.html?|$)/i;

/** "12 open positions", "5 vị trí", "12个职位", "۸ موقعیت شغلی" (digits already ASCII). */
const COUNT_STRONG =
  /(\d{1,4})\+?\s*(open (positions?|roles?|jobs?)|(job )?openings?|vacanc(y|ies)|offene(n)? stellen|postes? ouverts?|vagas abertas|vị trí|个职位|個職位|个岗位|个在招职位|موقعیت(‌|\s)?(های )?شغلی|فرصت(‌|\s)?(های )?شغلی|lowongan|posisi)/iu;
const COUNT_WEAK = /(\d{1,4})\+?\s*(positions?|roles?|jobs?|stellen)\b/iu;
const HIRING_WORDS =
  /hiring|join|careers?|tuyển|招聘|استخدام|karriere|wir suchen|we('|’)re looking|recrut|lowongan|karir/iu;

/** Job cards on a careers page, each one opening. */

export interface HiringResult {
  value?: Hiring;
  hints: Hint[];
}

function atsOf(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  return ATS.find(([re]) => re.test(host))?.[1];
}

function careersLink(links: readonly PageLink[]): PageLink | undefined {
  const candidates = links.filter(
    (l) => !aboutOthers(l.el) && (CAREERS_TEXT.test(l.text) || CAREERS_PATH.test(l.url.pathname)),
  );
  // A link that says "Careers" in the header or footer, then any that says it, then by its path.
  return (
    candidates.find((l) => CAREERS_TEXT.test(l.text) && l.el.closest(CHROME)) ??
    candidates.find((l) => CAREERS_TEXT.test(l.text)) ??
    candidates[0]
  );
}

/** The open-roles count said in text, "12 open positions", from the tightest element that says it. */
function countIn(el: Element): (Hint & { count: number }) | undefined {
  const text = textOf(el, 300);
  if (text.length < 4 || text.length > 150) return undefined;
  const ascii = asciiDigits(text);
  const strong = COUNT_STRONG.exec(ascii);
  const weak = !strong && HIRING_WORDS.test(text) ? COUNT_WEAK.exec(ascii) : null;
  const n = Number((strong ?? weak)?.[1]);
  return n > 0 && n < 10_000 ? { count: n, source: 'site-text', evidence: text } : undefined;
}

function openRoles(
  doc: Document,
  page: URL,
  careersPage: boolean,
): (Hint & { count: number; roles?: string[] }) | undefined {
  for (const el of $$(doc, 'h1, h2, h3, h4, p, span, strong, a, li, button, div').slice(0, 5000)) {
    const leafy =
      el.tagName.toUpperCase() === 'DIV' ? el.children.length === 0 : el.children.length <= 3;
    if (!leafy || aboutOthers(el)) continue;
    const found = countIn(el);
    if (found) return $$(el, '*').map(countIn).find(Boolean) ?? found;
  }
  if (!careersPage) return undefined;
  const cards = $$(doc, JOB_CARD).slice(0, 2000);
  const outer = cards.filter((c) => !cards.some((o) => o !== c && o.contains(c)));
  if (outer.length === 0) return undefined;
  // Each card's title: its heading, else its first strong text.
  const roles = outer
    .map((card) => textOf(card.querySelector('h2, h3, h4, h5, strong, b'), 120))
    .filter(Boolean)
    .slice(0, 50);
  return {
    count: outer.length,
    ...(roles.length > 0 && { roles }),
    source: 'site-text',
    evidence: `${outer.length} job listings on ${shortUrl(page)}`,
  };
}

export function readHiring(doc: Document, page: URL, links: readonly PageLink[]): HiringResult {
  const hints: Hint[] = [];
  const value: Hiring = {};
  const careers = careersLink(links);
  if (careers) {
    value.careersUrl = careers.url.href;
    hints.push({
      source: 'site-links',
      evidence: `${careers.text || 'link'} → ${shortUrl(careers.url)}`,
    });
  }
  const frames = $$(doc, 'iframe[src]')
    .slice(0, 50)
    .map((f) => httpUrl(f.getAttribute('src'), page))
    .filter((u): u is URL => Boolean(u));
  const atsUrl = [...links.map((l) => l.url), ...frames].find((u) => atsOf(u));
  if (atsUrl) {
    value.ats = atsOf(atsUrl);
    hints.push({ source: 'site-links', evidence: shortUrl(atsUrl) });
  }
  const careersPage =
    CAREERS_PATH.test(page.pathname) ||
    CAREERS_TEXT.test(textOf(doc.querySelector('h1'), 100)) ||
    Boolean(
      value.careersUrl &&
        new URL(value.careersUrl).pathname === page.pathname &&
        value.careersUrl.startsWith(page.origin),
    );
  const roles = openRoles(doc, page, careersPage);
  if (roles) {
    value.openRoles = roles.count;
    if (roles.roles) value.roles = roles.roles;
    hints.unshift({ source: roles.source, evidence: roles.evidence });
  }
  return { ...(Object.keys(value).length > 0 && { value }), hints };
}
