import { fold } from '../text';

/**
 * The words LinkedIn's UI writes around company facts, in its UI languages: en, fr, it, es, pt,
 * de, nl, pl, tr, ru, uk, cs, ro, sv, da, no (nb), fi, el, hu, ar, he, fa, ja, ko, zh-CN, zh-TW,
 * th, id, ms, vi, hi, mr, bn, te, pa, tl. Written from LinkedIn's own interface strings as they
 * appear on company pages; a label is matched whole (after `fold`), a count word as a whole word
 * (see `wordMatcher`). Background and CLI only: the content script carries no language table.
 */
export type AboutField =
  | 'website'
  | 'industry'
  | 'size'
  | 'headquarters'
  | 'founded'
  | 'type'
  | 'specialties';

/** The About tab's definition labels. One language after another, variants included. */
const LABELS: Record<AboutField, string[]> = {
  website: [
    'Website', 'Site web', 'Sito web', 'Sitio web', 'Site', 'Webseite', 'Witryna', 'Strona internetowa',
    'Strona WWW', 'Web sitesi', 'Веб-сайт', 'Сайт', 'Вебсайт', 'Веб-сайт компанії', 'Webové stránky', 'Web',
    'Webbplats', 'Websted', 'Hjemmeside', 'Nettsted', 'Nettside', 'Verkkosivusto', 'Verkkosivut', 'Ιστότοπος',
    'Webhely', 'Weboldal', 'الموقع الإلكتروني', 'الموقع الالكتروني', 'אתר אינטרנט', 'אתר', 'وب‌سایت', 'وبسایت',
    'ウェブサイト', '웹사이트', '网站', '網站', 'เว็บไซต์', 'Situs web', 'Situs', 'Laman web', 'Tapak web',
    'Trang web', 'वेबसाइट', 'संकेतस्थळ', 'ওয়েবসাইট', 'వెబ్‌సైట్', 'ਵੈੱਬਸਾਈਟ',
  ],
  industry: [
    'Industry', 'Industries', 'Secteur', "Secteur d'activité", 'Settore', 'Sector', 'Setor', 'Branche',
    'Branża', 'Sektör', 'Endüstri', 'Отрасль', 'Галузь', 'Odvětví', 'Obor', 'Industrie', 'Domeniu', 'Bransch',
    'Bransje', 'Toimiala', 'Κλάδος', 'Iparág', 'Iparágazat', 'المجال', 'الصناعة', 'القطاع', 'תעשייה',
    'ענף', 'صنعت', '業界', '업계', '산업', '行业', '產業', '行業', 'อุตสาหกรรม', 'Industri', 'Ngành',
    'Ngành nghề', 'उद्योग', 'उद्योग क्षेत्र', 'শিল্প', 'పరిశ్రమ', 'ਉਦਯੋਗ', 'Industriya',
  ],
  size: [
    'Company size', "Taille de l'entreprise", "Dimensioni dell'azienda", 'Tamaño de la empresa',
    'Tamanho da empresa', 'Unternehmensgröße', 'Größe', 'Bedrijfsgrootte', 'Wielkość firmy',
    'Rozmiar firmy', 'Şirket büyüklüğü', 'Şirket boyutu', 'Размер компании', 'Розмір компанії',
    'Velikost společnosti', 'Velikost firmy', 'Dimensiunea companiei', 'Mărimea companiei',
    'Företagsstorlek', 'Virksomhedsstørrelse', 'Bedriftsstørrelse', 'Yrityksen koko',
    'Μέγεθος εταιρείας', 'Cégméret', 'Vállalatméret', 'حجم الشركة', 'גודל החברה', 'اندازه شرکت',
    '会社規模', '회사 규모', '公司规模', '公司規模', 'ขนาดบริษัท', 'ขนาดของบริษัท', 'Ukuran perusahaan',
    'Saiz syarikat', 'Quy mô công ty', 'कंपनी का आकार', 'कंपनीचा आकार', 'কোম্পানির আকার',
    'కంపెనీ పరిమాణం', 'ਕੰਪਨੀ ਦਾ ਆਕਾਰ', 'Laki ng kumpanya',
  ],
  headquarters: [
    'Headquarters', 'Siège social', 'Sede', 'Sede principale', 'Sede centrale', 'Sede legale',
    'Hauptsitz', 'Hoofdkantoor', 'Siedziba główna', 'Siedziba', 'Genel merkez', 'Штаб-квартира',
    'Головний офіс', 'Sídlo společnosti', 'Sídlo', 'Ústředí', 'Sediu central', 'Sediul central',
    'Huvudkontor', 'Hovedkontor', 'Hovedsæde', 'Pääkonttori', 'Päätoimipaikka', 'Έδρα',
    'Κεντρικά γραφεία', 'Székhely', 'Központ', 'المقر الرئيسي', 'المقر', 'מטה', 'מטה החברה',
    'دفتر مرکزی', '本社', '본사', '总部', '總部', 'สำนักงานใหญ่', 'Kantor pusat', 'Ibu pejabat',
    'Trụ sở chính', 'Trụ sở', 'मुख्यालय', 'সদর দপ্তর', 'ప్రధాన కార్యాలయం', 'ਮੁੱਖ ਦਫ਼ਤਰ',
    'Punong-tanggapan', 'Punong tanggapan',
  ],
  founded: [
    'Founded', 'Fondée en', 'Fondé en', 'Date de création', 'Fondata nel', 'Anno di fondazione',
    'Data di fondazione', 'Fundación', 'Fundada en', 'Fundada em', 'Fundação', 'Gegründet',
    'Opgericht', 'Rok założenia', 'Data założenia', 'Kuruluş', 'Kuruluş tarihi', 'Kuruluş yılı',
    'Год основания', 'Основана', 'Рік заснування', 'Заснована', 'Rok založení', 'Založeno',
    'Fondată în', 'Anul înființării', 'Grundat', 'Grundades', 'Grundlagt', 'Etableret', 'Grunnlagt',
    'Etablert', 'Perustettu', 'Perustamisvuosi', 'Ιδρύθηκε', 'Έτος ίδρυσης', 'Alapítva',
    'Alapítás éve', 'تأسست', 'تأسست في', 'سنة التأسيس', 'נוסדה', 'שנת ייסוד', 'تأسیس',
    'سال تأسیس', '設立', '創業', '설립', '설립일', '创立', '成立时间', '成立時間', '创立时间', '創立',
    'ก่อตั้ง', 'ก่อตั้งเมื่อ', 'Didirikan', 'Tahun didirikan', 'Diasaskan', 'Ditubuhkan',
    'Năm thành lập', 'Thành lập', 'स्थापना', 'स्थापित', 'स्थापना वर्ष', 'প্রতিষ্ঠিত', 'స్థాపించబడింది',
    'ਸਥਾਪਨਾ', 'Itinatag',
  ],
  type: [
    'Type', 'Tipo', 'Typ', 'Art', 'Unternehmensart', 'Rodzaj', 'Tür', 'Şirket türü', 'Тип',
    'Тип компании', 'Тип компанії', 'Tip', 'Tipul', 'Tyyppi', 'Τύπος', 'Típus', 'النوع', 'סוג',
    'نوع', '種類', '형태', '유형', '类型', '類型', 'ประเภท', 'Jenis', 'Loại hình', 'Loại', 'प्रकार',
    'ধরন', 'రకం', 'ਕਿਸਮ', 'Uri',
  ],
  specialties: [
    'Specialties', 'Specialities', 'Spécialisations', 'Spécialités', 'Specializzazioni',
    'Settori di competenza', 'Especialidades', 'Especializações', 'Spezialgebiete', 'Specialismen',
    'Specialisaties', 'Specjalizacje', 'Uzmanlık alanları', 'Специализация', 'Специализации',
    'Спеціалізація', 'Спеціалізації', 'Specializace', 'Specializări', 'Specialiteter', 'Specialer',
    'Specialområder', 'Spesialiteter', 'Spesialområder', 'Erikoisalat', 'Erikoisosaaminen',
    'Ειδικότητες', 'Εξειδικεύσεις', 'Szakterületek', 'التخصصات', 'תחומי התמחות', 'התמחויות',
    'تخصص‌ها', 'تخصص', '専門分野', '전문 분야', '전문분야', '特长', '专长', '專長', '專業領域',
    'ความเชี่ยวชาญ', 'Spesialisasi', 'Keahlian', 'Kepakaran', 'Chuyên môn', 'Lĩnh vực chuyên môn',
    'विशेषज्ञता', 'विशेषताएँ', 'বিশেষত্ব', 'ప్రత్యేకతలు', 'ਵਿਸ਼ੇਸ਼ਤਾਵਾਂ', 'Mga Espesyalidad',
    'Mga espesyalisasyon',
  ],
};

const BY_LABEL = new Map<string, AboutField>(
  (Object.entries(LABELS) as [AboutField, string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [fold(label), field] as const),
  ),
);

/**
 * The field a definition label names, in any UI language ("Company size", "Quy mô công ty:",
 * "اندازه شرکت"): the whole label after `fold`, a trailing colon allowed. Never a part of a
 * longer text, so a value that happens to contain a label word is not a label.
 */
export function aboutField(label: string): AboutField | undefined {
  return label.length > 40 ? undefined : BY_LABEL.get(fold(label.replace(/[:：]\s*$/, '')));
}

/** Scripts written without spaces between words: a word there is bounded by a number instead. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Letters, marks and digits: what may not touch a word that is matched as a word. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** In unspaced scripts, what may stand between a number and its count word: classifiers. */
const CLASSIFIERS = '[\\s\\d.,+万萬千亿億个個名位人件]';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test that finds one of `words` as a whole word or phrase, case-insensitive. A word ending in
 * "*" is a stem (Russian "сотрудник*" also finds "сотрудников"). In scripts written without
 * spaces (Chinese, Japanese, Thai) a word counts only next to a number or its classifier, or at
 * the start or end of the text ("12 个职位", "フォロワー 1,234人"), never inside a name.
 */
export function wordMatcher(words: readonly string[]): (text: string) => boolean {
  const spaced: string[] = [];
  const unspaced: string[] = [];
  for (const w of words) {
    const stem = w.endsWith('*');
    const body = escape(stem ? w.slice(0, -1) : w).replace(/ /g, '\\s+');
    if (UNSPACED.test(w)) unspaced.push(body);
    else spaced.push(stem ? `${body}${WORD_CHAR}*` : body);
  }
  const parts: string[] = [];
  if (spaced.length) parts.push(`(?<!${WORD_CHAR})(?:${spaced.join('|')})(?!${WORD_CHAR})`);
  if (unspaced.length) {
    const u = unspaced.join('|');
    parts.push(`(?:^|(?<=${CLASSIFIERS}))(?:${u})|(?:${u})(?=${CLASSIFIERS}|$|[:：])`);
  }
  const re = new RegExp(parts.join('|'), 'iu');
  return (text) => re.test(text.normalize('NFC'));
}

/** "12,345 followers", "4.812 Follower", "3.6万 位关注者", "۸٬۴۱۲ دنبال‌کننده". */
export const isFollowers = wordMatcher([
  'follower*', 'abonnés', 'abonné', 'seguidores', 'seguidor', 'volgers', 'volger', 'obserwuj*',
  'takipçi*', 'подписчик*', 'стежать', 'читач*', 'підписник*', 'sledující*', 'urmăritori',
  'följare', 'følgere', 'seuraaja*', 'ακόλουθ*', 'követő*', 'متابع*', 'עוקבים', 'עוקב',
  'دنبال‌کننده', 'دنبال کننده', 'دنبال‌کنندگان', 'フォロワー', '팔로워', '关注者', '關注者',
  '追蹤者', '位关注者', 'ผู้ติดตาม', 'pengikut', 'người theo dõi', 'फ़ॉलोअर्स', 'फ़ॉलोअर',
  'फॉलोअर्स', 'অনুসরণকারী', 'ఫాలోవర్లు', 'ਫਾਲੋਅਰ', 'tagasubaybay',
]);

/** "1,001-5,000 employees", "201–500 Beschäftigte", "51-200 名员工", "View all 2,431 employees". */
export const isEmployees = wordMatcher([
  'employee*', 'Beschäftigte', 'Mitarbeiter*', 'Mitarbeitende', 'employés', 'salariés',
  'dipendenti', 'empleados', 'funcionários', 'empregados', 'medewerkers', 'werknemers',
  'pracownik*', 'pracowników', 'çalışan*', 'сотрудник*', 'працівник*', 'співробітник*',
  'zaměstnan*', 'angajați', 'angajati', 'anställda', 'ansatte', 'työntekijä*', 'υπάλληλ*',
  'εργαζόμεν*', 'alkalmazott*', 'munkavállaló*', 'موظف*', 'עובדים', 'کارمند', 'کارکنان',
  '従業員', '社員', '직원', '员工', '員工', '名员工', 'พนักงาน', 'karyawan', 'pegawai', 'pekerja',
  'nhân viên', 'कर्मचारी', 'कर्मचारियों', 'কর্মচারী', 'ఉద్యోగులు', 'ਕਰਮਚਾਰੀ', 'empleyado*',
]);

/** The line under Company size: "12,345 associated members", "318 zugehörige Mitglieder". */
export const isMembers = wordMatcher([
  'associated members', 'on LinkedIn', 'Mitglieder', 'membres', 'membri', 'miembros', 'membros',
  'leden', 'członk*', 'üye', 'üyesi', 'участник*', 'учасник*', 'člen*', 'medlemmar', 'medlemmer',
  'jäsen*', 'μέλη', 'tag', 'tagja', 'عضو', 'أعضاء', 'חברים', 'عضو مرتبط', 'メンバー', '회원',
  '会员', '會員', 'สมาชิก', 'anggota', 'ahli', 'thành viên', 'सदस्य', 'সদস্য', 'సభ్యులు',
  'ਮੈਂਬਰ', 'miyembro',
]);

/** "See all 47 jobs", "Alle 12 Jobs anzeigen", "Xem 9 việc làm", "12 个职位", "۵ شغل". */
export const isJobs = wordMatcher([
  'job', 'jobs', 'open jobs', 'Stellen', 'Stellenangebote', 'emplois', "offres d'emploi",
  'offerte di lavoro', 'lavori', 'empleos', 'vagas', 'vacatures', 'ofert* pracy', 'oferty pracy',
  'iş ilanı', 'ilan', 'ilanı', 'ваканси*', 'ваканс*', 'nabíd*', 'pracovních míst',
  'locuri de muncă', 'jobb', 'jobber', 'stillinger', 'työpaik*', 'θέσεις εργασίας', 'állás*',
  'وظيفة', 'وظائف', 'משרות', 'משרה', 'شغل', 'فرصت شغلی', '求人', '채용공고', '채용', '职位',
  '職缺', '个职位', 'ตำแหน่งงาน', 'lowongan', 'kekosongan', 'việc làm', 'नौकरियां', 'नौकरी',
  'চাকরি', 'ఉద్యోగాలు', 'ਨੌਕਰੀਆਂ', 'trabaho',
]);

/** Any count word: a text holding one is a count, never an industry or a place. */
export const isCount = (text: string): boolean =>
  isFollowers(text) || isEmployees(text) || isJobs(text) || isMembers(text);

/** Headings of the Overview tab's modules, by what they hold. */
const MODULES = {
  about: [
    'About', 'About us', 'Overview', 'À propos', 'Présentation', 'Vue d’ensemble', "Vue d'ensemble",
    'Informazioni', 'Panoramica', 'Acerca de', 'Información general', 'Sobre', 'Visão geral', 'Info',
    'Übersicht', 'Über uns', 'Over ons', 'Overzicht', 'Informacje', 'Przegląd', 'Hakkında',
    'Genel bakış', 'Общие сведения', 'О компании', 'Обзор', 'Про компанію', 'Огляд', 'Informace',
    'Přehled', 'Despre', 'Prezentare generală', 'Om', 'Om oss', 'Översikt', 'Oversigt', 'Oversikt',
    'Tietoja', 'Yleiskatsaus', 'Σχετικά', 'Επισκόπηση', 'Névjegy', 'Áttekintés', 'نبذة عن',
    'نبذة عنا', 'نظرة عامة', 'אודות', 'סקירה כללית', 'درباره', 'درباره ما', 'نمای کلی', '概要',
    '基本情報', '회사 소개', '소개', '개요', '简介', '概览', '關於', '概覽', '簡介', 'เกี่ยวกับ',
    'ภาพรวม', 'Tentang', 'Tentang kami', 'Ikhtisar', 'Perihal', 'Gambaran keseluruhan',
    'Giới thiệu', 'Tổng quan', 'परिचय', 'अवलोकन', 'के बारे में', 'সম্পর্কে', 'పరిచయం', 'ਬਾਰੇ',
    'Tungkol', 'Tungkol sa', 'Pangkalahatang-ideya',
  ],
  funding: [
    'Funding', 'Financement', 'Finanziamenti', 'Finanziamento', 'Financiación', 'Financiamiento',
    'Financiamento', 'Finanzierung', 'Financiering', 'Finansowanie', 'Finansman', 'Yatırım',
    'Финансирование', 'Фінансування', 'Financování', 'Finanțare', 'Finansiering', 'Rahoitus',
    'Χρηματοδότηση', 'Finanszírozás', 'التمويل', 'מימון', 'تأمین مالی', '資金調達', '펀딩',
    '투자 유치', '融资', '融資', 'การระดมทุน', 'การระดมทุน', 'Pendanaan', 'Pembiayaan', 'Gọi vốn',
    'Huy động vốn', 'फ़ंडिंग', 'वित्तपोषण', 'তহবিল', 'నిధులు', 'ਫੰਡਿੰਗ', 'Pagpopondo',
  ],
};

const MODULE_BY_HEADING = new Map<string, 'about' | 'funding'>(
  (Object.entries(MODULES) as ['about' | 'funding', string[]][]).flatMap(([kind, headings]) =>
    headings.map((h) => [fold(h), kind] as const),
  ),
);

/** What an Overview-tab module holds, from its heading ("About", "Giới thiệu", "融资"). */
export function moduleKind(heading: string): 'about' | 'funding' | undefined {
  return heading.length > 40 ? undefined : MODULE_BY_HEADING.get(fold(heading));
}

/**
 * LinkedIn's company types in its UI languages → its English names. English spellings first;
 * variants seen for one language side by side.
 */
const COMPANY_TYPES: Record<string, string[]> = {
  'Privately Held': [
    'Privately Held', 'Entreprise privée', 'Société privée', 'Società privata', 'Privata',
    'De propiedad privada', 'Empresa privada', 'Privada', 'In Privatbesitz', 'Privatunternehmen',
    'Particuliere onderneming', 'In particulier bezit', 'Firma prywatna', 'Spółka prywatna',
    'Özel şirket', 'Özel Şirket', 'Частная компания', 'Приватна компанія', 'Soukromá společnost',
    'V soukromém vlastnictví', 'Companie privată', 'Deținută privat', 'Privatägt', 'Privatägt företag',
    'Privatejet', 'Privat virksomhed', 'Privateid', 'Privat selskap', 'Yksityinen', 'Yksityinen yritys',
    'Ιδιωτική εταιρεία', 'Magántulajdonban lévő', 'Magáncég', 'شركة خاصة', 'מוחזקת באופן פרטי',
    'חברה פרטית', 'سهامی خاص', 'خصوصی', '非公開企業', '비상장기업', '비공개 기업', '私人持股',
    '非上市公司', '私營公司', 'บริษัทเอกชน', 'Perusahaan swasta', 'Milik swasta', 'Syarikat swasta',
    'Dimiliki secara persendirian', 'Thuộc sở hữu tư nhân', 'Công ty tư nhân', 'निजी स्वामित्व',
    'निजी कंपनी', 'ব্যক্তিগত মালিকানাধীন', 'ప్రైవేట్ యాజమాన్యం', 'ਨਿੱਜੀ ਮਲਕੀਅਤ', 'Pribadong pag-aari',
  ],
  'Public Company': [
    'Public Company', 'Société cotée en bourse', 'Entreprise publique', 'Società quotata in borsa',
    'Società per azioni', 'Empresa pública', 'Empresa de capital aberto', 'Börsennotiert',
    'Aktiengesellschaft', 'Beursgenoteerd bedrijf', 'Spółka publiczna', 'Spółka giełdowa',
    'Halka açık şirket', 'Публичная компания', 'Публічна компанія', 'Veřejně obchodovaná společnost',
    'Companie publică', 'Börsnoterat företag', 'Offentligt företag', 'Børsnoteret virksomhed',
    'Børsnotert selskap', 'Pörssiyhtiö', 'Julkinen yhtiö', 'Εισηγμένη εταιρεία', 'Tőzsdén jegyzett cég',
    'شركة عامة', 'חברה ציבורית', 'سهامی عام', 'شرکت سهامی عام', '上場企業', '상장기업', '상장 기업',
    '上市公司', 'บริษัทมหาชน', 'Perusahaan publik', 'Perusahaan terbuka', 'Syarikat awam',
    'Công ty đại chúng', 'सार्वजनिक कंपनी', 'পাবলিক কোম্পানি', 'పబ్లిక్ కంపెనీ', 'ਪਬਲਿਕ ਕੰਪਨੀ',
    'Pampublikong kumpanya',
  ],
  'Self-Employed': [
    'Self-Employed', 'Travailleur indépendant', 'Indépendant', 'Lavoratore autonomo', 'Autónomo',
    'Autônomo', 'Selbstständig', 'Zelfstandige', 'Samozatrudnienie', 'Serbest meslek',
    'Самозанятый', 'Самозайнятий', 'OSVČ', 'Liber profesionist', 'Egenföretagare', 'Selvstændig',
    'Selvstendig næringsdrivende', 'Itsenäinen ammatinharjoittaja', 'Αυτοαπασχολούμενος',
    'Önálló vállalkozó', 'عمل حر', 'עצמאי', 'خویش‌فرما', '自営業', '자영업', '自营', '自僱',
    'ธุรกิจส่วนตัว', 'Wiraswasta', 'Bekerja sendiri', 'Tự kinh doanh', 'स्व-नियोजित',
    'Sariling hanapbuhay',
  ],
  Partnership: [
    'Partnership', 'Société de personnes', 'Partenariat', 'Società di persone', 'Asociación',
    'Sociedad colectiva', 'Sociedade', 'Sociedade de pessoas', 'Personengesellschaft', 'Partnerschap',
    'Spółka osobowa', 'Ortaklık', 'Партнерство', 'Товариство', 'Partnerství', 'Parteneriat',
    'Handelsbolag', 'Interessentskab', 'Partnerskap', 'Avoin yhtiö', 'Συνεταιρισμός', 'Társulás',
    'شراكة', 'שותפות', 'مشارکت', 'パートナーシップ', '합자회사', '파트너십', '合伙', '合夥',
    'ห้างหุ้นส่วน', 'Kemitraan', 'Perkongsian', 'Hợp danh', 'साझेदारी', 'Pakikipagsosyo',
  ],
  Nonprofit: [
    'Nonprofit', 'Non-profit', 'Organisation à but non lucratif', 'Organizzazione non profit',
    'No profit', 'Sin ánimo de lucro', 'Organización sin ánimo de lucro', 'Sem fins lucrativos',
    'Gemeinnützig', 'Gemeinnützige Organisation', 'Non-profitorganisatie', 'Organizacja non-profit',
    'Kâr amacı gütmeyen kuruluş', 'Некоммерческая организация', 'Неприбуткова організація',
    'Nezisková organizace', 'Organizație non-profit', 'Ideell organisation', 'Nonprofitorganisation',
    'Ideell organisasjon', 'Voittoa tavoittelematon', 'Μη κερδοσκοπικός οργανισμός',
    'Nonprofit szervezet', 'منظمة غير ربحية', 'ללא מטרות רווח', 'غیرانتفاعی', '非営利団体',
    '비영리단체', '비영리 단체', '非营利机构', '非營利組織', 'องค์กรไม่แสวงหากำไร', 'Nirlaba',
    'Organisasi nirlaba', 'Bukan untung', 'Phi lợi nhuận', 'गैर-लाभकारी', 'Non-profit na organisasyon',
  ],
  Educational: [
    'Educational', 'Educational Institution', 'Établissement d’enseignement',
    "Établissement d'enseignement", 'Istituto di istruzione', 'Institución educativa',
    'Instituição de ensino', 'Bildungseinrichtung', 'Onderwijsinstelling', 'Instytucja edukacyjna',
    'Eğitim kurumu', 'Образовательное учреждение', 'Навчальний заклад', 'Vzdělávací instituce',
    'Instituție de învățământ', 'Utbildningsinstitution', 'Uddannelsesinstitution',
    'Utdanningsinstitusjon', 'Oppilaitos', 'Εκπαιδευτικό ίδρυμα', 'Oktatási intézmény',
    'مؤسسة تعليمية', 'מוסד חינוכי', 'آموزشی', '教育機関', '교육기관', '교육 기관', '教育机构',
    '教育機構', 'สถาบันการศึกษา', 'Lembaga pendidikan', 'Institusi pendidikan', 'Giáo dục',
    'शैक्षणिक संस्थान', 'Institusyong pang-edukasyon',
  ],
  'Government Agency': [
    'Government Agency', 'Administration publique', 'Organisme gouvernemental', 'Ente governativo',
    'Administración pública', 'Agencia gubernamental', 'Órgão governamental', 'Regierungsbehörde',
    'Behörde', 'Overheidsinstantie', 'Agencja rządowa', 'Devlet kurumu', 'Государственное учреждение',
    'Державна установа', 'Vládní agentura', 'Agenție guvernamentală', 'Statlig myndighet',
    'Offentlig myndighed', 'Offentlig etat', 'Valtion virasto', 'Κυβερνητικός φορέας',
    'Kormányzati szerv', 'جهة حكومية', 'סוכנות ממשלתית', 'سازمان دولتی', '政府機関', '정부기관',
    '정부 기관', '政府机构', '政府機構', 'หน่วยงานราชการ', 'Lembaga pemerintah', 'Agensi kerajaan',
    'Cơ quan chính phủ', 'सरकारी एजेंसी', 'Ahensya ng gobyerno',
  ],
  'Sole Proprietorship': [
    'Sole Proprietorship', 'Entreprise individuelle', 'Ditta individuale', 'Empresa individual',
    'Einzelunternehmen', 'Eenmanszaak', 'Jednoosobowa działalność gospodarcza', 'Şahıs şirketi',
    'Индивидуальный предприниматель', 'Фізична особа-підприємець', 'Živnost', 'Întreprindere individuală',
    'Enskild firma', 'Enkeltmandsvirksomhed', 'Enkeltpersonforetak', 'Toiminimi', 'Ατομική επιχείρηση',
    'Egyéni vállalkozás', 'مؤسسة فردية', 'עוסק יחיד', 'مالکیت انفرادی', '個人事業主', '개인사업자',
    '个人独资企业', '獨資企業', 'กิจการเจ้าของคนเดียว', 'Usaha perseorangan', 'Milikan tunggal',
    'Doanh nghiệp tư nhân', 'एकल स्वामित्व', 'Nag-iisang pagmamay-ari',
  ],
  'Self-Owned': ['Self-Owned', 'Auto-détenue', 'Propiedad propia', 'Eigenbesitz', '自有'],
};

const TYPE_BY_LABEL = new Map<string, string>(
  Object.entries(COMPANY_TYPES).flatMap(([type, labels]) =>
    labels.map((label) => [fold(label), type] as const),
  ),
);

/** LinkedIn's English company type for its label in any UI language; undefined when unknown. */
export function linkedInCompanyType(label: string): string | undefined {
  return TYPE_BY_LABEL.get(fold(label));
}

/** "and" in the languages whose industry names have a comma ("Technology, Information and Internet"). */
export const AND =
  /\s(and|und|et|e|y|en|och|og|ja|és|și|ve|dan|và|at|и|і|a|i|και|و)\s|&|和|與|及|と|및/iu;
