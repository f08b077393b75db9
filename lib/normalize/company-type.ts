import { fold } from '../text';

/** LinkedIn's English company types, from the label in any UI language. */
const COMPANY_TYPES: Record<string, string> = {
  'Privately Held|In Privatbesitz|Entreprise privée|De propiedad privada|Empresa privada|Thuộc sở hữu tư nhân|私人持股|非上市公司|非公開企業|비상장기업|سهامی خاص|خصوصی':
    'Privately Held',
  'Public Company|Börsennotiert|Société cotée en bourse|Empresa pública|Empresa de capital aberto|Công ty đại chúng|上市公司|上場企業|상장기업|سهامی عام|شرکت سهامی عام':
    'Public Company',
  'Self-Employed|Selbstständig|Travailleur indépendant|Autónomo|Autônomo|Tự kinh doanh|自营|自営業|자영업|خویش‌فرما':
    'Self-Employed',
  'Partnership|Personengesellschaft|Société de personnes|Asociación|Sociedade|Hợp danh|合伙|パートナーシップ|합자회사|مشارکت':
    'Partnership',
  'Nonprofit|Non-profit|Gemeinnützig|Organisation à but non lucratif|Sin ánimo de lucro|Sem fins lucrativos|Phi lợi nhuận|非营利机构|非営利団体|비영리단체|غیرانتفاعی':
    'Nonprofit',
  'Educational|Bildungseinrichtung|Établissement d’enseignement|Institución educativa|Instituição de ensino|Giáo dục|教育机构|教育機関|교육기관|آموزشی':
    'Educational',
  'Government Agency|Regierungsbehörde|Administration publique|Administración pública|Órgão governamental|Cơ quan chính phủ|政府机构|政府機関|정부기관|سازمان دولتی':
    'Government Agency',
  'Sole Proprietorship|Einzelunternehmen|Entreprise individuelle|Empresa individual|Doanh nghiệp tư nhân|个人独资企业|個人事業主|개인사업자|مالکیت انفرادی':
    'Sole Proprietorship',
};

const TYPE_BY_LABEL = new Map<string, string>(
  Object.entries(COMPANY_TYPES).flatMap(([labels, type]) =>
    labels.split('|').map((label) => [fold(label), type] as const),
  ),
);

/** LinkedIn's English company type for a label in any UI language; unknown labels come back trimmed. */
export function canonicalCompanyType(label: string): string {
  return TYPE_BY_LABEL.get(fold(label)) ?? label.trim();
}
