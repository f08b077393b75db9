import { describe, expect, it } from 'vitest';
import {
  aboutField,
  isCount,
  isEmployees,
  isFollowers,
  isJobs,
  isMembers,
  linkedInCompanyType,
  linkedInIndustry,
  moduleKind,
  wordMatcher,
} from '@/lib/extract/linkedin-company/words';

describe('count words match as words, never inside a name', () => {
  it.each([
    'Stellenbosch, Western Cape', // German "Stellen" (jobs)
    'Milano, Lombardia', // Turkish "ilan" (job ad)
    'Milan, Lombardy',
    'Jobsworth Logistics',
    'Ilanz, Graubünden',
    'Tagaytay, Cavite', // Hungarian "tag" (member)
    'Membrey Partners',
    '深圳市 职位路', // a street named with the Chinese word for "job", away from any number
    'さくらロジック株式会社',
  ])('"%s" is no count', (text) => {
    expect(isCount(text)).toBe(false);
  });

  it.each([
    ['See all 47 jobs', isJobs],
    ['Alle 12 Stellen anzeigen', isJobs],
    ['12 个职位', isJobs],
    ['職缺 8', isJobs],
    ['Посмотреть все 5 вакансий', isJobs],
    ['3 iş ilanı', isJobs],
    ['Xem 9 việc làm', isJobs],
    ['48K followers', isFollowers],
    ['5 104 подписчика', isFollowers],
    ['3.6万 位关注者', isFollowers],
    ['フォロワー 1,530人', isFollowers],
    ['팔로워 2,215명', isFollowers],
    ['ผู้ติดตาม 1,204 คน', isFollowers],
    ['6,208 עוקבים', isFollowers],
    ['201–500 сотрудников', isEmployees],
    ['51-200 名员工', isEmployees],
    ['従業員数 51～200名', isEmployees],
    ['직원 51-200명', isEmployees],
    ['2,417 associated members', isMembers],
    ['318 zugehörige Mitglieder', isMembers],
    ['LinkedIn のメンバー 87名', isMembers],
    ['Участников в LinkedIn: 211', isMembers],
  ] as const)('"%s" is its count', (text, test) => {
    expect(test(text)).toBe(true);
  });

  it('a stem ("сотрудник*") takes endings but no prefix', () => {
    const test = wordMatcher(['сотрудник*']);
    expect(test('500 сотрудников')).toBe(true);
    expect(test('500 сотрудника')).toBe(true);
    expect(test('несотрудники')).toBe(false);
  });
});

describe('About labels in every UI language', () => {
  it.each([
    ['Company size', 'size'],
    ["Taille de l'entreprise", 'size'],
    ['Taille de l’entreprise', 'size'],
    ['Dimensioni dell’azienda', 'size'],
    ['Wielkość firmy', 'size'],
    ['Размер компании', 'size'],
    ['会社規模', 'size'],
    ['ขนาดบริษัท', 'size'],
    ['Sede principale', 'headquarters'],
    ['Штаб-квартира', 'headquarters'],
    ['מטה', 'headquarters'],
    ['Webbplats', 'website'],
    ['Situs web', 'website'],
    ['वेबसाइट', 'website'],
    ['Branża', 'industry'],
    ['업계', 'industry'],
    ['Rok założenia', 'founded'],
    ['Ιδρύθηκε', 'founded'],
    ['Tür', 'type'],
    ['Uri', 'type'],
    ['Uzmanlık alanları', 'specialties'],
    ['專長', 'specialties'],
    ['Quy mô công ty:', 'size'],
  ] as const)('"%s" names %s', (label, field) => {
    expect(aboutField(label)).toBe(field);
  });

  it('a label is the whole text: a sentence holding a label word is none', () => {
    expect(aboutField('Our website is great')).toBeUndefined();
    expect(aboutField('Industry leaders in cloud security')).toBeUndefined();
    expect(aboutField('x'.repeat(41))).toBeUndefined();
  });

  it('knows the Overview modules by their headings', () => {
    expect(moduleKind('About')).toBe('about');
    expect(moduleKind('Giới thiệu')).toBe('about');
    expect(moduleKind('Funding')).toBe('funding');
    expect(moduleKind('融资')).toBe('funding');
    expect(moduleKind('Page posts')).toBeUndefined();
  });
});

describe('company types', () => {
  it.each([
    ['Privately Held', 'Privately Held'],
    ['Società privata', 'Privately Held'],
    ['Spółka prywatna', 'Privately Held'],
    ['Частная компания', 'Privately Held'],
    ['非公開企業', 'Privately Held'],
    ['บริษัทเอกชน', 'Privately Held'],
    ['Halka açık şirket', 'Public Company'],
    ['上場企業', 'Public Company'],
    ['Organizzazione non profit', 'Nonprofit'],
    ['Eenmanszaak', 'Sole Proprietorship'],
    ['Agencja rządowa', 'Government Agency'],
    ['Hợp danh', 'Partnership'],
  ])('"%s" is %s', (label, type) => {
    expect(linkedInCompanyType(label)).toBe(type);
  });

  it('an unknown type is undefined (the page text is kept)', () => {
    expect(linkedInCompanyType('Cooperative of cooperatives')).toBeUndefined();
  });
});

describe('industries in every UI language', () => {
  it.each([
    ['Sviluppo di software', 'Software Development'],
    ['Milieudiensten', 'Environmental Services'],
    ['Yazılım Geliştirme', 'Software Development'],
    ['ソフトウェア開発', 'Software Development'],
    ['ІТ-послуги та ІТ-консалтинг', 'IT Services and IT Consulting'],
    ['אבטחת מחשבים ורשתות', 'Computer and Network Security'],
    ['Ziekenhuizen en gezondheidszorg', 'Hospitals and Health Care'],
    ['Подбор персонала', 'Staffing and Recruiting'],
  ])('"%s" is %s', (name, english) => {
    expect(linkedInIndustry(name)).toBe(english);
  });

  it('an industry it does not know is undefined (the page text is kept)', () => {
    expect(linkedInIndustry('Onderwatermandenvlechten')).toBeUndefined();
  });
});
