import { fold } from '../text';

/** The About tab's definition-list labels, in LinkedIn's UI languages. */
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
    'Website|Site web|Sitio web|Site|Trang web|网站|網站|ウェブサイト|웹사이트|وب‌سایت|وبسایت|وب سایت|Situs web',
  industry:
    'Industry|Branche|Secteur|Sector|Setor|Ngành|Ngành nghề|行业|產業|業界|업계|صنعت|Industri',
  size:
    'Company size|Unternehmensgröße|Taille de l’entreprise|Taille de l\'entreprise|Tamaño de la empresa|Tamanho da empresa|Quy mô công ty|公司规模|公司規模|会社規模|회사 규모|اندازه شرکت|Ukuran perusahaan',
  headquarters:
    'Headquarters|Hauptsitz|Siège social|Sede|Trụ sở chính|Trụ sở|总部|總部|本社|본사|دفتر مرکزی|مقر اصلی|Kantor pusat',
  founded:
    'Founded|Gegründet|Fondée en|Fondé en|Fundación|Fundada em|Năm thành lập|Thành lập|创立|成立时间|創立|設立|설립|تأسیس|سال تأسیس|Didirikan',
  type: 'Type|Typ|Unternehmensart|Tipo|Loại hình|Loại|类型|類型|種類|유형|نوع|Jenis',
  specialties:
    'Specialties|Spezialgebiete|Spécialisations|Especialidades|Especializações|Chuyên môn|Lĩnh vực chuyên môn|特长|专长|專長|専門分野|전문 분야|تخصص‌ها|تخصص ها|تخصص|Spesialisasi',
};

const BY_LABEL = new Map<string, AboutField>(
  (Object.entries(LABELS) as [AboutField, string][]).flatMap(([field, labels]) =>
    labels.split('|').map((label) => [fold(label), field] as const),
  ),
);

export function aboutField(label: string): AboutField | undefined {
  return BY_LABEL.get(fold(label.replace(/[:：]\s*$/, '')));
}

/** "12,345 followers" and "1,001-5,000 employees" in LinkedIn's UI languages. */
export const FOLLOWERS =
  /followers?|Follower|abonnés|seguidores|người theo dõi|关注者|關注者|フォロワー|팔로워|دنبال‌کننده|دنبال کننده|pengikut/i;
export const EMPLOYEES =
  /employees?|Beschäftigte|Mitarbeiter|employés|salariés|empleados|funcionários|nhân viên|员工|員工|従業員|社員|직원|کارمند|karyawan/i;
/** The extra line under Company size: "12,345 associated members", "on LinkedIn". */
export const MEMBERS =
  /associated members|on LinkedIn|auf LinkedIn|sur LinkedIn|en LinkedIn|no LinkedIn|trên LinkedIn|位会员|名会员|領英|LinkedIn 上|در لینکدین|عضو|membres|Mitglieder|miembros|membros|thành viên/i;
