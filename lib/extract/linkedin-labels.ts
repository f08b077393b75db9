import { fold } from '../text';

/** The About tab's definition-list labels, in LinkedIn's UI languages. */
export type AboutField =
  | 'website'
  | 'industry'
  | 'size'
  | 'headquarters'
  | 'founded'
  | 'type'
  | 'specialties'
  | 'phone';

const LABELS: Record<AboutField, string> = {
  website:
    'Website|Site web|Sitio web|Site|Sito web|Trang web|网站|網站|ウェブサイト|웹사이트|وب‌سایت|وبسایت|وب سایت|الموقع الإلكتروني|Web sitesi|Situs web|Веб-сайт|Witryna',
  industry:
    'Industry|Branche|Secteur|Sector|Setor|Settore|Ngành|Ngành nghề|行业|產業|業界|업계|صنعت|المجال|الصناعة|Sektör|Industri|Отрасль|Branża',
  size:
    'Company size|Unternehmensgröße|Taille de l’entreprise|Taille de l\'entreprise|Tamaño de la empresa|Tamanho da empresa|Dimensioni dell’azienda|Bedrijfsgrootte|Quy mô công ty|公司规模|公司規模|会社規模|회사 규모|اندازه شرکت|حجم الشركة|Şirket büyüklüğü|Ukuran perusahaan|Размер компании|Wielkość firmy',
  headquarters:
    'Headquarters|Hauptsitz|Siège social|Sede|Sede centrale|Hoofdkantoor|Trụ sở chính|Trụ sở|总部|總部|本社|본사|دفتر مرکزی|مقر اصلی|المقر الرئيسي|Genel merkez|Kantor pusat|Штаб-квартира|Siedziba główna',
  founded:
    'Founded|Gegründet|Fondée en|Fondé en|Fundación|Fundada em|Data di fondazione|Opgericht|Năm thành lập|Thành lập|创立|成立时间|創立|設立|설립|تأسیس|سال تأسیس|تاريخ التأسيس|Kuruluş|Didirikan|Год основания|Rok założenia',
  type: 'Type|Typ|Unternehmensart|Tipo|Loại hình|Loại|类型|類型|種類|유형|نوع|النوع|Tür|Jenis|Тип',
  specialties:
    'Specialties|Spezialgebiete|Spécialisations|Especialidades|Especializações|Specializzazioni|Specialismen|Chuyên môn|Lĩnh vực chuyên môn|特长|专长|專長|専門分野|전문 분야|تخصص‌ها|تخصص ها|تخصص|التخصصات|Uzmanlık alanları|Spesialisasi|Специализация|Specjalizacje',
  phone: 'Phone|Telefon|Téléphone|Teléfono|Telefone|Điện thoại|电话|電話|전화|تلفن|الهاتف|Телефон',
};

const BY_LABEL = new Map<string, AboutField>(
  (Object.entries(LABELS) as [AboutField, string][]).flatMap(([field, labels]) =>
    labels.split('|').map((label) => [fold(label), field] as const),
  ),
);

export function aboutField(label: string): AboutField | undefined {
  return BY_LABEL.get(fold(label.replace(/[:：]\s*$/, '')));
}

/** LinkedIn's English company types, from the label in any UI language. */
const COMPANY_TYPES: Record<string, string> = {
  'Privately Held|In Privatbesitz|Entreprise privée|De propiedad privada|Empresa privada|Thuộc sở hữu tư nhân|私人持股|非上市公司|非公開企業|비상장기업|سهامی خاص|خصوصی':
    'Privately Held',
  'Public Company|Börsennotiert|Société cotée en bourse|Empresa pública|Empresa de capital aberto|Công ty đại chúng|上市公司|上場企業|상장기업|سهامی عام|شرکت سهامی عام':
    'Public Company',
  'Self-Employed|Selbstständig|Travailleur indépendant|Autónomo|Autônomo|Tự kinh doanh|自营|自営業|자영업|خویش‌فرما': 'Self-Employed',
  'Partnership|Personengesellschaft|Société de personnes|Asociación|Sociedade|Hợp danh|合伙|パートナーシップ|합자회사|مشارکت': 'Partnership',
  'Nonprofit|Non-profit|Gemeinnützig|Organisation à but non lucratif|Sin ánimo de lucro|Sem fins lucrativos|Phi lợi nhuận|非营利机构|非営利団体|비영리단체|غیرانتفاعی': 'Nonprofit',
  'Educational|Bildungseinrichtung|Établissement d’enseignement|Institución educativa|Instituição de ensino|Giáo dục|教育机构|教育機関|교육기관|آموزشی': 'Educational',
  'Government Agency|Regierungsbehörde|Administration publique|Administración pública|Órgão governamental|Cơ quan chính phủ|政府机构|政府機関|정부기관|سازمان دولتی': 'Government Agency',
  'Sole Proprietorship|Einzelunternehmen|Entreprise individuelle|Empresa individual|Doanh nghiệp tư nhân|个人独资企业|個人事業主|개인사업자|مالکیت انفرادی': 'Sole Proprietorship',
};

const TYPE_BY_LABEL = new Map<string, string>(
  Object.entries(COMPANY_TYPES).flatMap(([labels, type]) =>
    labels.split('|').map((label) => [fold(label), type] as const),
  ),
);

export function companyType(label: string): string {
  return TYPE_BY_LABEL.get(fold(label)) ?? label.trim();
}

/** "12,345 followers" and "1,001-5,000 employees" in LinkedIn's UI languages. */
export const FOLLOWERS =
  /followers?|Follower|abonnés|seguidores|volgers|người theo dõi|关注者|關注者|フォロワー|팔로워|دنبال‌کننده|دنبال کننده|متابع|takipçi|pengikut|подписчик|obserwując/i;
export const EMPLOYEES =
  /employees?|Beschäftigte|Mitarbeiter|employés|salariés|empleados|funcionários|dipendenti|medewerkers|nhân viên|员工|員工|従業員|社員|직원|کارمند|موظف|çalışan|karyawan|сотрудник|pracownik/i;
/** The extra line under Company size: "12,345 associated members", "on LinkedIn". */
export const MEMBERS =
  /associated members|on LinkedIn|auf LinkedIn|sur LinkedIn|en LinkedIn|no LinkedIn|trên LinkedIn|位会员|名会员|領英|LinkedIn 上|در لینکدین|عضو|membres|Mitglieder|miembros|membros|thành viên/i;
