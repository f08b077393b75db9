/**
 * Talking points and opening lines in the ICP's outreach language (en, vi, zh_CN, fa), whatever
 * the UI language: each language's own sentence frame and punctuation around the page's values,
 * and every page value in Unicode isolates (FSI…PDI) so pasted text keeps its direction.
 */
import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import { FSI, PDI, stripIsolates } from '@/lib/i18n/bidi';
import { parseIcpFile } from '@/lib/icp/parse';
import { sampleIcp } from '@/lib/icp/sample';
import { localizedTemplate } from '@/lib/icp/templates/localized';
import { scoreCompany } from '@/lib/scoring/score';
import { buildPitch, describeRoles } from '@/lib/talking-points/build-pitch';
import { type OutreachLanguage, outreachLanguageOf } from '@/lib/talking-points/language';
import { phrasebook } from '@/lib/talking-points/phrases';
import { clip } from '@/lib/talking-points/text';
import { employees, fact, place } from '../scoring/helpers';

const YEAR = 2026;

/** A security vendor as its LinkedIn page and careers page show it (made-up company). */
const lachong: CompanyFacts = {
  name: fact('Lạc Hồng Cyber'),
  industry: fact('Computer and Network Security'),
  employees: employees(501, 1000),
  headquarters: place({ city: 'Hà Nội', country: 'VN' }),
  founded: fact(2014),
  specialties: fact(['threat intelligence', 'SOC', 'MSSP']),
  technologies: fact(['AWS', 'Okta', 'Slack']),
  tagline: fact('Security that never sleeps.'),
  companyType: fact('Privately Held'),
  hiring: fact({ openRoles: 37, roles: ['SDR', 'SDR II', 'Account Executive', 'Designer'] }),
  funding: fact({ stage: 'Series B', amountUsd: 40_000_000 }),
};

/** The security-vendor template written in `language` (its `outreachLanguage` set). */
function template(language: Exclude<OutreachLanguage, 'en'>): Icp {
  const found = localizedTemplate('security-vendor', language);
  if (!found) throw new Error(`no ${language} template`);
  return found.icp;
}

const pitchOf = (icp: Icp, facts: CompanyFacts = lachong) =>
  buildPitch(icp, facts, scoreCompany(icp, facts), { year: YEAR });

/** Every text of a pitch: opening line, point texts and bases. */
const textsOf = (pitch: ReturnType<typeof pitchOf>) => [
  pitch.openingLine,
  ...pitch.points.flatMap((p) => [p.text, p.basis]),
];

/** The text with each isolated page value replaced by "X": what the language frame says. */
const frame = (text: string) => text.replace(/\u2068[^\u2068\u2069]*\u2069/g, 'X');

/** Every occurrence of `value` in `text` sits inside FSI…PDI, and isolates are balanced. */
function expectIsolated(text: string, value: string) {
  let depth = 0;
  for (const c of text) depth += c === FSI ? 1 : c === PDI ? -1 : 0;
  expect(depth, text).toBe(0);
  let from = text.indexOf(value);
  while (from !== -1) {
    const before = text.lastIndexOf(FSI, from);
    const closed = text.lastIndexOf(PDI, from);
    expect(before > closed, `"${value}" not isolated in: ${text}`).toBe(true);
    from = text.indexOf(value, from + value.length);
  }
}

describe('the outreach language of an ICP', () => {
  it('is English when the ICP or its file does not name one; templates carry their own', () => {
    const old = parseIcpFile(JSON.stringify({ ...sampleIcp, outreachLanguage: undefined }));
    expect(old.ok && old.icp.outreachLanguage).toBeUndefined();
    expect(outreachLanguageOf(sampleIcp)).toBe('en');
    expect(pitchOf(sampleIcp).language).toBe('en');
    for (const language of ['vi', 'zh_CN', 'fa'] as const)
      expect(template(language).outreachLanguage).toBe(language);
    const wrong = parseIcpFile(JSON.stringify({ ...sampleIcp, outreachLanguage: 'de' }));
    expect(wrong.ok).toBe(false);
  });

  it('decides the language, not the ICP text: an English ICP can pitch in Persian', () => {
    const pitch = pitchOf({ ...sampleIcp, outreachLanguage: 'fa' });
    expect(pitch.language).toBe('fa');
    expect(pitch.openingLine).toMatch(/^سلام، این پیام را برای CISO شرکت /);
  });
});

describe('Vietnamese', () => {
  const pitch = pitchOf(template('vi'));
  const all = textsOf(pitch);

  it('opens politely, in Vietnamese, naming the company and one fact', () => {
    expect(pitch.language).toBe('vi');
    expect(frame(pitch.openingLine)).toMatch(
      /^Chào anh\/chị, tôi xin gửi vài dòng tới .+ của X: tôi thấy X đang tuyển 3 vị trí kinh doanh \(X, X và 1 vị trí khác\)/,
    );
    // With a pain short enough for the line, it asks about it.
    const asking = pitchOf({ ...template('vi'), pains: ['Cảnh báo đến mà thiếu ngữ cảnh'] });
    expect(asking.openingLine).toMatch(
      /Nhiều đội ngũ tương tự thường chia sẻ với chúng tôi: cảnh báo đến mà thiếu ngữ cảnh\. Bên anh\/chị có đang gặp tình trạng này không\?$/,
    );
  });

  it('writes Vietnamese word order and joins lists with "và", no English frame', () => {
    const text = all.map(frame).join('\n');
    expect(text).toContain('Tuyển dụng: 37 vị trí đang mở');
    expect(text).toContain('huy động 40 triệu USD');
    expect(text).not.toMatch(/\b(Hi|I saw that|Likely pain|Our angle|Hiring|Runs|Has|and)\b/);
    expect(stripIsolates(all.join('\n'))).not.toMatch(/kinh doanh vị trí/);
  });

  it("names where a keyword was found in Vietnamese, the page's words quoted as they are", () => {
    const facts = { ...lachong, specialties: fact(['cloud security', 'SOC']) };
    const rules = template('vi');
    const pitch = buildPitch(rules, facts, scoreCompany(rules, facts), { year: YEAR });
    const keyword = pitch.points.find((p) => p.fact === 'keywords');
    expect(stripIsolates(keyword?.basis ?? '')).toMatch(/^Lĩnh vực chuyên môn: .*cloud security/);
  });
});

describe('Chinese (Simplified)', () => {
  const pitch = pitchOf(template('zh_CN'));
  const all = textsOf(pitch);

  it('writes no spaces between words and uses full-width punctuation', () => {
    expect(pitch.language).toBe('zh_CN');
    for (const text of all) {
      // No space between Chinese words, nor around a value or a number inside Chinese text.
      expect(frame(text), text).not.toMatch(/[\p{Script=Han}X\d]\s+[\p{Script=Han}X\d]/u);
      expect(frame(text), text).not.toMatch(/[\p{Script=Han}X][.,:;?]|[.,:;?][\p{Script=Han}X]/u);
    }
    expect(frame(pitch.openingLine)).toMatch(
      /^您好，这封信写给X的.+：我注意到X正在招聘3个销售岗位（X、X等）——/,
    );
    expect(pitch.openingLine).toMatch(/贵公司是否也有同样的情况？$/);
    expect(all.map(frame).join('\n')).toContain('招聘：37个在招职位');
  });

  it('names the country before the city and writes money in 万 of US dollars', () => {
    const hq = phrasebook('zh_CN').facts.headquarters({
      fact: 'headquarters',
      city: 'Hà Nội',
      country: 'VN',
    });
    expect(stripIsolates(hq.basis)).toBe('总部：越南Hà Nội');
    const money = pitchOf(template('zh_CN')).points.find((p) => p.fact === 'funding');
    expect(stripIsolates(money?.basis ?? '')).toBe('融资：Series B，融资4000万美元');
  });
});

describe('Persian', () => {
  const pitch = pitchOf(template('fa'));
  const all = textsOf(pitch);

  it('writes Persian digits, the Persian comma and «» quotes, the verb last', () => {
    expect(pitch.language).toBe('fa');
    const text = all.map(frame).join('\n');
    expect(text).toContain('استخدام: ۳۷ موقعیت شغلی باز');
    expect(text).not.toMatch(/[0-9]/);
    expect(frame(pitch.openingLine)).toMatch(
      /^سلام، این پیام را برای .+ شرکت X می‌نویسم: دیدم که X در حال استخدام ۳ نیروی فروش \(X، X و ۱ مورد دیگر\) است؛/,
    );
    expect(pitch.openingLine).toMatch(/آیا این برای شما هم صدق می‌کند؟$/);
  });

  it('quotes a tagline in «» and lists technologies with "،" and "و"', () => {
    const rules = { ...template('fa'), criteria: template('fa').criteria.slice(0, 2) };
    const facts = { ...lachong, hiring: undefined, funding: undefined, specialties: undefined };
    const texts = pitchOf(rules, facts).points.map((p) => frame(p.text));
    expect(texts.join('\n')).toMatch(/خود را «X» معرفی می‌کنند/);
    expect(texts.join('\n')).toMatch(/از X، X و X استفاده می‌کنند/);
  });
});

describe('pairing facts with ICP sentences written in the outreach language', () => {
  it('pairs hiring with the pain about new hires, in Vietnamese and in Chinese', () => {
    const facts = { name: fact('Lạc Hồng Cyber'), hiring: fact({ openRoles: 12 }) };
    const vi = {
      ...template('vi'),
      criteria: template('vi').criteria.map(({ talkingPoint, ...c }) => c),
      pains: ['Báo cáo cho ban lãnh đạo mất cả tuần', 'Nhân sự mới tuyển dụng cần đào tạo nhanh'],
    };
    const hiring = pitchOf(vi, facts).points.find((p) => p.fact === 'hiring');
    expect(hiring?.text).toMatch(
      /Vấn đề họ có thể gặp: nhân sự mới tuyển dụng cần đào tạo nhanh\.$/,
    );
    const zh = {
      ...template('zh_CN'),
      criteria: template('zh_CN').criteria.map(({ talkingPoint, ...c }) => c),
      pains: ['给管理层写报告要花一整周', '新人入职后要很久才能上手'],
    };
    const point = pitchOf(zh, facts).points.find((p) => p.fact === 'hiring');
    expect(point?.text).toMatch(/可能的痛点：新人入职后要很久才能上手。$/);
  });
});

describe('isolation of page values', () => {
  it('wraps every page value in FSI…PDI, in every language', () => {
    const values = ['Lạc Hồng Cyber', 'AWS', 'Okta', 'Hà Nội', 'Security that never sleeps'];
    for (const icp of [sampleIcp, template('vi'), template('zh_CN'), template('fa')]) {
      for (const text of textsOf(pitchOf(icp)))
        for (const value of values) expectIsolated(text, value);
    }
  });

  it('keeps isolates balanced when a long company name is cut', () => {
    const name = `آرمان ${'داده '.repeat(200)}`;
    const pitch = pitchOf(template('fa'), { ...lachong, name: fact(name) });
    for (const text of textsOf(pitch)) {
      expect(text.length).toBeLessThanOrEqual(400);
      expectIsolated(text, 'Lạc Hồng Cyber');
    }
    expect(clip(`a ${FSI}${'b'.repeat(50)}${PDI} c`, 20)).toBe(`a ${FSI}${'b'.repeat(15)}…${PDI}`);
  });

  it('describes job titles in the language asked, titles isolated', () => {
    expect(describeRoles(['Backend Engineer', 'Mobile Engineer'], 'vi')).toBe(
      `Đang tuyển 2 kỹ sư (${FSI}Backend Engineer${PDI} và ${FSI}Mobile Engineer${PDI}) — họ đang đẩy mạnh phát triển sản phẩm`,
    );
    expect(describeRoles(['Backend Engineer', 'Mobile Engineer'], 'zh_CN')).toBe(
      `正在招聘2名工程师（${FSI}Backend Engineer${PDI}和${FSI}Mobile Engineer${PDI}）——他们正在加紧研发`,
    );
  });
});
