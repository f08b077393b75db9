import { fold } from '../text';

/**
 * The words LinkedIn's UI uses around company facts, in the UI languages of our users' markets
 * (en, de, fr, es, pt, vi, zh-CN, zh-TW, ja, ko, fa, ar, tr, id, ru). Matched after fold(): case, accents and
 * punctuation do not matter. Kept short: this file is part of the content script.
 */
export type AboutField =
  | 'website'
  | 'industry'
  | 'size'
  | 'headquarters'
  | 'founded'
  | 'type'
  | 'specialties';

const LABELS: Record<AboutField, string> = {
  website:
    'Website|Site web|Sitio web|Site|Trang web|网站|網站|ウェブサイト|웹사이트|وب‌سایت|وبسایت|الموقع الإلكتروني|Web sitesi|Situs web|Веб-сайт|Сайт',
  industry:
    'Industry|Branche|Secteur|Sector|Setor|Ngành|Ngành nghề|行业|產業|業界|업계|صنعت|المجال|الصناعة|Sektör|Industri|Отрасль',
  size: "Company size|Größe|Unternehmensgröße|Taille de l'entreprise|Tamaño de la empresa|Tamanho da empresa|Quy mô công ty|公司规模|公司規模|会社規模|회사 규모|اندازه شرکت|حجم الشركة|Şirket büyüklüğü|Ukuran perusahaan|Размер компании",
  headquarters:
    'Headquarters|Hauptsitz|Siège social|Sede|Trụ sở chính|Trụ sở|总部|總部|本社|본사|دفتر مرکزی|المقر الرئيسي|Genel merkez|Kantor pusat|Штаб-квартира',
  founded:
    'Founded|Gegründet|Fondée en|Fondé en|Fundación|Fundada em|Năm thành lập|Thành lập|创立|成立时间|創立|設立|설립|تأسیس|سال تأسیس|تأسست|Kuruluş|Didirikan|Год основания',
  type: 'Type|Typ|Art|Unternehmensart|Tipo|Loại hình|Loại|类型|類型|種類|유형|نوع|النوع|Tür|Jenis|Тип',
  specialties:
    'Specialties|Spezialgebiete|Spécialisations|Especialidades|Especializações|Chuyên môn|Lĩnh vực chuyên môn|特长|专长|專長|専門分野|전문 분야|تخصص‌ها|تخصص|التخصصات|Uzmanlık alanları|Spesialisasi|Специализация',
};

const BY_LABEL = new Map<string, AboutField>(
  (Object.entries(LABELS) as [AboutField, string][]).flatMap(([field, labels]) =>
    labels.split('|').map((label) => [fold(label), field] as const),
  ),
);

/** The field a definition-list label names ("Company size", "Quy mô công ty:", "اندازه شرکت"). */
export function aboutField(label: string): AboutField | undefined {
  return label.length > 40 ? undefined : BY_LABEL.get(fold(label.replace(/[:：]\s*$/, '')));
}

/** "12,345 followers", "4.812 Follower", "3.6万 位关注者", "۸٬۴۱۲ دنبال‌کننده". */
export const FOLLOWERS =
  /follower|abonnés|seguidores|người theo dõi|关注者|關注者|フォロワー|팔로워|دنبال‌کننده|دنبال کننده|متابع|takipçi|pengikut|подписчик/i;
/** "1,001-5,000 employees", "201–500 Beschäftigte", "51-200 名员工", "View all 2,431 employees". */
export const EMPLOYEES =
  /employee|Beschäftigte|Mitarbeiter|employés|salariés|empleados|funcionários|nhân viên|员工|員工|従業員|社員|직원|کارمند|موظف|çalışan|karyawan|сотрудник/i;
/** The extra line under Company size: "12,345 associated members", "318 zugehörige Mitglieder". */
export const MEMBERS =
  /associated members|on LinkedIn|Mitglieder|membres|miembros|membros|thành viên|会员|會員|メンバー|회원|عضو|üye|anggota|участник/i;
/** "See all 47 jobs", "Alle 12 Jobs anzeigen", "Xem 9 việc làm", "12 个职位", "۵ شغل". */
export const JOBS =
  /\bjobs?\b|Stellen|emplois|empleos|vagas|việc làm|职位|職缺|求人|채용|شغل|وظيفة|ilan|lowongan|ваканси/i;
