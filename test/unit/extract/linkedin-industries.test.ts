import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '@/lib/extract';
import type { Extraction } from '@/lib/facts';
import { normalizeExtraction } from '@/lib/normalize';
import { INDUSTRY_LANGUAGES } from '@/lib/normalize/industry-l10n';
import { type AboutPageSpec, aboutPageHtml, aboutUrl } from '../../fixtures/linkedin/about-page';

function extract(spec: AboutPageSpec): Extraction {
  const doc = parseHTML(aboutPageHtml(spec)).document as unknown as Document;
  return EXTRACTORS['linkedin-company'].extract(doc, new URL(aboutUrl(spec.slug)));
}

/**
 * One About page per UI language: its industry label, then industries as LinkedIn's page in that
 * language names them (written here by hand, apart from the tables), with the English name each
 * must become. The first is a current name, the second one the ICP templates use or an older name.
 */
const PAGES: Record<string, [label: string, ...cases: [page: string, english: string][]]> = {
  ar: [
    'الصناعة',
    ['تطوير البرمجيات', 'Software Development'],
    ['التوظيف والتعيين', 'Staffing and Recruiting'],
  ],
  bn: ['শিল্প', ['আর্থিক পরিষেবা', 'Financial Services'], ['টেলিযোগাযোগ', 'Telecommunications']],
  cs: ['Odvětví', ['Stavebnictví', 'Construction'], ['Pojišťovnictví', 'Insurance']],
  da: ['Branche', ['Softwareudvikling', 'Software Development'], ['Engroshandel', 'Wholesale']],
  de: [
    'Branche',
    ['Maschinenbau', 'Industrial Machinery Manufacturing'],
    ['Computersoftware', 'Software Development'],
  ],
  el: ['Κλάδος', ['Ανάπτυξη λογισμικού', 'Software Development'], ['Ασφάλειες', 'Insurance']],
  es: [
    'Sector',
    ['Bienes inmobiliarios', 'Real Estate'],
    ['Marketing y publicidad', 'Advertising Services'],
  ],
  fa: ['صنعت', ['بیمه', 'Insurance'], ['عمده‌فروشی', 'Wholesale']],
  fi: [
    'Toimiala',
    ['Rakentaminen', 'Construction'],
    ['Henkilöstöpalvelut ja rekrytointi', 'Staffing and Recruiting'],
  ],
  fr: [
    'Secteur',
    ['Commerce de détail', 'Retail'],
    ['Logiciels informatiques', 'Software Development'],
  ],
  he: ['תעשייה', ['נדל״ן', 'Real Estate'], ['ביטוח', 'Insurance']],
  hi: [
    'उद्योग',
    ['आईटी सेवाएं और आईटी परामर्श', 'IT Services and IT Consulting'],
    ['दूरसंचार', 'Telecommunications'],
  ],
  hu: [
    'Iparág',
    ['Szoftverfejlesztés', 'Software Development'],
    ['Pénzügyi szolgáltatások', 'Financial Services'],
  ],
  id: ['Industri', ['Perbankan', 'Banking'], ['Ritel', 'Retail']],
  it: [
    'Settore',
    ['Servizi finanziari', 'Financial Services'],
    ['Ricerca e selezione del personale', 'Staffing and Recruiting'],
  ],
  ja: ['業界', ['人材紹介・派遣', 'Staffing and Recruiting'], ['不動産', 'Real Estate']],
  ko: ['업계', ['금융 서비스', 'Financial Services'], ['부동산', 'Real Estate']],
  mr: ['उद्योग', ['सॉफ्टवेअर डेव्हलपमेंट', 'Software Development'], ['विमा', 'Insurance']],
  ms: ['Industri', ['Hartanah', 'Real Estate'], ['Perkhidmatan Kewangan', 'Financial Services']],
  nl: ['Branche', ['Vastgoed', 'Real Estate'], ['Werving en selectie', 'Staffing and Recruiting']],
  no: ['Bransje', ['Eiendom', 'Real Estate'], ['Programvareutvikling', 'Software Development']],
  pa: ['ਉਦਯੋਗ', ['ਵਿੱਤੀ ਸੇਵਾਵਾਂ', 'Financial Services'], ['ਬੀਮਾ', 'Insurance']],
  pl: ['Branża', ['Budownictwo', 'Construction'], ['Usługi finansowe', 'Financial Services']],
  pt: ['Setor', ['Varejo', 'Retail'], ['Recrutamento e seleção', 'Staffing and Recruiting']],
  ro: ['Domeniu', ['Dezvoltare de software', 'Software Development'], ['Asigurări', 'Insurance']],
  ru: ['Отрасль', ['Недвижимость', 'Real Estate'], ['Страхование', 'Insurance']],
  sv: [
    'Bransch',
    ['Fastigheter', 'Real Estate'],
    ['Bemanning och rekrytering', 'Staffing and Recruiting'],
  ],
  te: ['పరిశ్రమ', ['ఆర్థిక సేవలు', 'Financial Services'], ['బీమా', 'Insurance']],
  th: ['อุตสาหกรรม', ['อสังหาริมทรัพย์', 'Real Estate'], ['บริการทางการเงิน', 'Financial Services']],
  tl: ['Industriya', ['Pagbabangko', 'Banking'], ['Real Estate', 'Real Estate']],
  tr: ['Sektör', ['Gayrimenkul', 'Real Estate'], ['Bilgisayar Yazılımı', 'Software Development']],
  uk: ['Галузь', ['Нерухомість', 'Real Estate'], ['Страхування', 'Insurance']],
  vi: ['Ngành', ['Bất động sản', 'Real Estate'], ['Bán lẻ', 'Retail']],
  'zh-CN': ['行业', ['房地产', 'Real Estate'], ['计算机软件', 'Software Development']],
  'zh-TW': ['產業', ['不動產', 'Real Estate'], ['金融服務', 'Financial Services']],
};

describe('an About page in every UI language yields the canonical industry', () => {
  it('has a page for every language with an industry table', () => {
    expect(Object.keys(PAGES).sort()).toEqual([...INDUSTRY_LANGUAGES].sort());
  });

  const cases = Object.entries(PAGES).flatMap(([lang, [label, ...pairs]]) =>
    pairs.map(([page, english]) => [lang, page, english, label] as const),
  );
  it.each(cases)('%s: "%s" is %s', (lang, page, english, label) => {
    const extraction = extract({
      lang,
      slug: 'orchid-harbor',
      name: 'Orchid Harbor',
      industryLabel: label,
      industry: page,
    });
    // The fact keeps the page's words as evidence; normalising gives LinkedIn's English name.
    expect(extraction.facts.industry?.value).toBe(page);
    expect(extraction.facts.industry?.source).toBe('linkedin-about');
    expect(normalizeExtraction(extraction).facts.industry?.value).toBe(english);
  });
});

describe('industry names match as whole names, never as a word inside another name', () => {
  it.each([
    ['vi', 'Ngành', 'Ngân hàng Số Sài Gòn'], // "Ngân hàng" (Banking) inside a company-like name
    ['de', 'Branche', 'Versicherungen für Gewerbe'], // "Versicherungen" (Insurance) and more
    ['ja', '業界', '不動産テック'], // "不動産" (Real Estate) + "tech"
    ['tr', 'Sektör', 'Perakende Yazılımları'], // "Perakende" (Retail) inside
    ['pl', 'Branża', 'Budownictwo modułowe i prefabrykacja'], // "Budownictwo" (Construction) inside
  ])('%s: "%s" "%s" stays the page\'s words', (lang, label, page) => {
    const extraction = extract({
      lang,
      slug: 'orchid-harbor',
      name: 'Orchid Harbor',
      industryLabel: label,
      industry: page,
    });
    expect(normalizeExtraction(extraction).facts.industry?.value).toBe(page);
  });

  it('a headquarters city named with an industry word stays the place', () => {
    const extraction = extract({
      lang: 'id',
      slug: 'orchid-harbor',
      name: 'Orchid Harbor',
      industryLabel: 'Industri',
      industry: 'Perbankan',
      tagline: 'Perbankan digital untuk UMKM',
      headquarters: 'Tanjung Pinang, Kepulauan Riau',
    });
    expect(extraction.facts.headquarters?.value.raw).toBe('Tanjung Pinang, Kepulauan Riau');
    // A tagline that starts with an industry's name is still a tagline.
    expect(extraction.facts.tagline?.value).toBe('Perbankan digital untuk UMKM');
    expect(normalizeExtraction(extraction).facts.industry?.value).toBe('Banking');
  });
});

describe('an industry name with a comma is no place', () => {
  it.each([
    ['hi', 'प्रौद्योगिकी, सूचना और इंटरनेट', 'उद्योग', 'Technology, Information and Internet'],
    ['uk', 'Технології, інформація та інтернет', 'Галузь', 'Technology, Information and Internet'],
    ['he', 'טכנולוגיה, מידע ואינטרנט', 'תעשייה', 'Technology, Information and Internet'],
  ])(
    '%s: the top card item "%s" is the industry, not the headquarters',
    (lang, page, label, english) => {
      const extraction = extract({
        lang,
        slug: 'orchid-harbor',
        name: 'Orchid Harbor',
        industryLabel: label,
        industry: page,
      });
      expect(extraction.facts.headquarters).toBeUndefined();
      expect(normalizeExtraction(extraction).facts.industry?.value).toBe(english);
    },
  );
});
