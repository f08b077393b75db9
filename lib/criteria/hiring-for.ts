/**
 * `hiringFor`: the role families a company is hiring for (sales, engineering, security…), read
 * from the job titles its careers page lists (`hiring.roles`, from the website extractor). Hiring
 * for a function is a buying trigger: a company hiring SDRs is building a sales team now.
 *
 * Each title belongs to at most one family: the first of `FAMILIES` whose words it contains, so
 * "Sales Engineer" is sales, "Security Engineer" security and "Product Designer" design. Titles
 * are folded (case, accents, punctuation) and matched as whole words; Chinese as substrings.
 */
import type { CompanyFacts } from '../facts';
import { clip, fold } from '../format';
import { valuesPart } from './band-parts';
import {
  type BandTest,
  type CriterionKind,
  evidenceOf,
  firstBand,
  kind,
  type Matcher,
  perBand,
  UNKNOWN_BAND,
} from './kind';
import type { Band } from './schema';
import { listOf } from './words';

/**
 * Role families in the order a title is tried, each with the words (folded) that place a title in
 * it, in English, Vietnamese, Chinese, Persian, German, French and Spanish, and the other names an
 * ICP author may write for it in a band.
 */
const FAMILIES = {
  security: {
    words:
      'security|secops|soc analyst|penetration|pentest\\w*|ciso|appsec|infosec|cyber\\w*|bao mat|an ninh mang|امنیت|sicherheit\\w*|securite|seguridad',
    cjk: '安全',
    aliases: ['cybersecurity', 'infosec'],
  },
  data: {
    words:
      'data|analytics|machine learning|ml|ai engineer|bi (analyst|developer)|du lieu|داده|daten|donnees|datos',
    cjk: '数据|算法',
    aliases: ['data science', 'analytics'],
  },
  sales: {
    words:
      'sales|account executive|account manager|ae|sdr|bdr|business development|presales|pre sales|kinh doanh|ban hang|فروش|vertrieb|ventes?|commercial|ventas|vendedor\\w*',
    cjk: '销售|商务拓展|大客户',
    aliases: ['business development'],
  },
  marketing: {
    words:
      'marketing|growth|seo|content|brand|demand generation|communications?|pr manager|tiep thi|بازاریابی|مارکتینگ|marketing\\w*|mercadeo',
    cjk: '市场|营销|品牌',
    aliases: ['growth'],
  },
  support: {
    words:
      'support|customer success|customer service|helpdesk|help desk|csm|cham soc khach hang|ho tro|پشتیبانی|kundenservice|kundendienst|soporte|atencion al cliente',
    cjk: '客服|客户成功|技术支持',
    aliases: ['customer support', 'customer success', 'customer service'],
  },
  design: {
    words: 'designer|design|ux|ui|thiet ke|طراح|gestalter\\w*|disenador\\w*|concepteur',
    cjk: '设计',
    aliases: ['ux'],
  },
  product: {
    words:
      'product manager|product owner|product lead|head of product|vp product|product management|san pham|محصول|produktmanager\\w*|chef de produit',
    cjk: '产品经理|产品负责人',
    aliases: ['product management'],
  },
  engineering: {
    words:
      'engineer\\w*|developer|development|programmer|software|devops|sre|frontend|front end|backend|back end|full stack|fullstack|qa|tester|architect|cto|ky su|lap trinh|phat trien|برنامه نویس|توسعه دهنده|مهندس|entwickler\\w*|ingenieur\\w*|developpeur\\w*|desarrollador\\w*|ingeniero\\w*',
    cjk: '工程师|开发|研发|程序员|测试',
    aliases: ['software engineering', 'r and d', 'development'],
  },
  finance: {
    words:
      'finance|financial|accountant|accounting|controller|cfo|fp and a|payroll|ke toan|tai chinh|مالی|حسابدار\\w*|buchhalter\\w*|comptable|contador\\w*',
    cjk: '财务|会计',
    aliases: ['accounting'],
  },
  people: {
    words:
      'hr|human resources|people|recruit\\w*|talent acquisition|nhan su|tuyen dung|منابع انسانی|personal\\w*|rh|recursos humanos',
    cjk: '人力|招聘|人事',
    aliases: ['hr', 'human resources', 'recruiting'],
  },
  legal: {
    words:
      'legal|counsel|lawyer|attorney|paralegal|compliance|phap che|phap ly|حقوقی|jurist\\w*|juriste|abogado',
    cjk: '法务|律师',
    aliases: ['compliance'],
  },
  operations: {
    words:
      'operations|ops manager|logistics|supply chain|procurement|office manager|van hanh|عملیات|betrieb|logistik|operaciones',
    cjk: '运营|物流|采购',
    aliases: ['ops'],
  },
} as const;

export type RoleFamily = keyof typeof FAMILIES;
export const ROLE_FAMILIES = Object.keys(FAMILIES) as RoleFamily[];

/** Each family's words as one pattern: whole words (spaced scripts), or anywhere (Chinese). */
let patterns: [RoleFamily, RegExp][] | undefined;

/** The family of one job title, or undefined when it names none we know ("Barista"). */
export function roleFamilyOf(title: string): RoleFamily | undefined {
  patterns ??= ROLE_FAMILIES.map((family) => {
    const entry: { words: string; cjk?: string } = FAMILIES[family];
    const cjk = entry.cjk ? `|${entry.cjk}` : '';
    return [family, new RegExp(`(?:^| )(?:${entry.words})(?= |$)${cjk}`, 'u')];
  });
  const folded = fold(title);
  return patterns.find(([, pattern]) => pattern.test(folded))?.[0];
}

/** A band's `in` list as families: each entry by its name or an alias, folded; others ignored. */
export const familiesOfBand = perBand((band): ReadonlySet<RoleFamily> => {
  const wanted = new Set((band.in ?? []).map(fold));
  return new Set(
    ROLE_FAMILIES.filter(
      (family) => wanted.has(family) || FAMILIES[family].aliases.some((a) => wanted.has(fold(a))),
    ),
  );
});

/** The company's job titles grouped by family (families in `FAMILIES` order); none: unknown. */
interface Openings {
  titles: string[];
  byFamily: Map<RoleFamily, string[]>;
}

function openingsOf(facts: CompanyFacts): Openings | undefined {
  const titles = (facts.hiring?.value.roles ?? []).map((t) => t.trim()).filter(Boolean);
  if (titles.length === 0) return undefined;
  const byFamily = new Map<RoleFamily, string[]>();
  for (const title of titles) {
    const family = roleFamilyOf(title);
    if (family) byFamily.set(family, [...(byFamily.get(family) ?? []), title]);
  }
  return { titles, byFamily };
}

/** Job titles as evidence, in no language's words: "A · B · C · D +3" (titles may hold commas). */
function titleList(titles: readonly string[]): string {
  const shown = titles.slice(0, 4).join(' · ');
  return clip(titles.length > 4 ? `${shown} +${titles.length - 4}` : shown, 200);
}

/**
 * Known when the careers page lists job titles; a band matches when a title falls in one of its
 * families. The evidence quotes the matching titles; `matched` names the families.
 */
export const hiringForMatcher: Matcher<Openings> = {
  read(facts) {
    const hiring = facts.hiring;
    const value = openingsOf(facts);
    if (!hiring || !value) return undefined;
    const families = [...value.byFamily.keys()];
    return {
      value,
      shown: families.length > 0 ? listOf(families, 'and') : 'no role family we know',
      parts: [{ kind: 'role-families', families }],
      evidence: { text: titleList(value.titles), source: evidenceOf(hiring).source },
    };
  },
  match(reading, band) {
    const wanted = familiesOfBand(band);
    const matched = [...reading.value.byFamily.keys()].filter((f) => wanted.has(f));
    if (matched.length === 0) return undefined;
    const titles = matched.flatMap((f) => reading.value.byFamily.get(f) ?? []);
    return {
      evidence: { text: titleList(titles), source: reading.evidence.source },
      shown: listOf(matched, 'and'),
      parts: [{ kind: 'role-families', families: matched }],
      matched,
    };
  },
};

function hiringForTest(bands: readonly Band[]): BandTest {
  const sets = bands.map(familiesOfBand);
  return (facts) => {
    const openings = openingsOf(facts);
    if (!openings) return UNKNOWN_BAND;
    const families = [...openings.byFamily.keys()];
    return firstBand(sets, (set) => families.some((f) => set.has(f)));
  };
}

export const hiringFor = kind({
  shape: 'list',
  label: 'Hiring for',
  foundOn: 'website',
  matcher: hiringForMatcher,
  compile: hiringForTest,
  valueKey: (facts) => {
    const roles = facts.hiring?.value.roles;
    return roles && roles.length > 0 ? roles.join('\u0000') : null;
  },
  bandParts: (band) => valuesPart(band, 'category'),
  proposalValues: (facts) => [...(openingsOf(facts)?.byFamily.keys() ?? [])].map((f) => [f, f]),
  unknownValue: (entry) =>
    familiesOfBand({ in: [entry], credit: 1 }).size > 0
      ? undefined
      : `unknown role family ${JSON.stringify(entry.slice(0, 60))}; use ${ROLE_FAMILIES.join(', ')}`,
  suggestions: () => ROLE_FAMILIES.map((f) => `${f[0]?.toUpperCase()}${f.slice(1)}`),
} satisfies CriterionKind<Openings>);
