import { fold } from '../text';

/**
 * LinkedIn's English company types, from the label in any UI language and from what CRMs and
 * data tools write (Salesforce's Ownership picklist "Private"/"Public", ZoomInfo's "Non-Profit",
 * Apollo's "Private Company"). The one company-type table: pages and file cells both read it.
 */
const COMPANY_TYPES: Record<string, string> = {
  'Private|Private Company|Privately Owned|Private Limited Company|Privately Held|In Privatbesitz|Entreprise privée|De propiedad privada|Empresa privada|Thuộc sở hữu tư nhân|私人持股|非上市公司|非公開企業|비상장기업|سهامی خاص|خصوصی':
    'Privately Held',
  'Public|Publicly Held|Publicly Traded|Listed|Listed Company|Public Company|Börsennotiert|Société cotée en bourse|Empresa pública|Empresa de capital aberto|Công ty đại chúng|上市公司|上場企業|상장기업|سهامی عام|شرکت سهامی عام':
    'Public Company',
  'Self Employed|Freelance|Self-Employed|Selbstständig|Travailleur indépendant|Autónomo|Autônomo|Tự kinh doanh|自营|自営業|자영업|خویش‌فرما':
    'Self-Employed',
  'Partnership|Personengesellschaft|Société de personnes|Asociación|Sociedade|Hợp danh|合伙|パートナーシップ|합자회사|مشارکت':
    'Partnership',
  'Non Profit|Non-profit Organization|Nonprofit Organization|Not for Profit|NGO|Charity|Nonprofit|Non-profit|Gemeinnützig|Organisation à but non lucratif|Sin ánimo de lucro|Sem fins lucrativos|Phi lợi nhuận|非营利机构|非営利団体|비영리단체|غیرانتفاعی':
    'Nonprofit',
  'Education|Educational Institution|Educational|Bildungseinrichtung|Établissement d’enseignement|Institución educativa|Instituição de ensino|Giáo dục|教育机构|教育機関|교육기관|آموزشی':
    'Educational',
  'Government|Public Sector|Government Agency|Regierungsbehörde|Administration publique|Administración pública|Órgão governamental|Cơ quan chính phủ|政府机构|政府機関|정부기관|سازمان دولتی':
    'Government Agency',
  'Sole Proprietor|Sole Proprietorship|Einzelunternehmen|Entreprise individuelle|Empresa individual|Doanh nghiệp tư nhân|个人独资企业|個人事業主|개인사업자|مالکیت انفرادی':
    'Sole Proprietorship',
};

const TYPE_BY_LABEL = new Map<string, string>(
  Object.entries(COMPANY_TYPES).flatMap(([labels, type]) =>
    labels.split('|').map((label) => [fold(label), type] as const),
  ),
);

/**
 * What CRMs put in a "Type" column: the account's relationship to the seller ("Prospect",
 * "Customer - Direct", "Channel Partner"), which says nothing about the company itself.
 */
const RELATIONSHIP =
  /^(prospect|customer|client|partner|reseller|vendor|supplier|competitor|investor|analyst|press|integrator|other|lead)\b|partner$/i;

/**
 * LinkedIn's English company type ("Privately Held", "Public Company", …) for a label in any
 * LinkedIn UI language or a CRM's ownership value ("Private", "Publicly Traded"); `undefined`
 * for a CRM relationship type ("Prospect", "Customer - Direct") and for empty text; other
 * values come back trimmed and cut to 200 characters.
 */
export function canonicalCompanyType(label: string): string | undefined {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const known = TYPE_BY_LABEL.get(fold(text));
  if (known) return known;
  return RELATIONSHIP.test(text) ? undefined : text.slice(0, 200);
}
