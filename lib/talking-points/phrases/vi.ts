import type { RoleFamily } from '../note-data';
import type { Phrasebook } from '../phrasebook';
import { lowerFirst } from '../text';
import { bare, countIn, countryIn, iso, moneyWith, rangeWith } from './shared';

const TAG = 'vi';
const count = (n: number) => countIn(TAG, n);
/** "A, B và C": Vietnamese joins the last item with "và", without a comma before it. */
const join = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
const list = (items: readonly string[]) => join(items.map(iso));
const money = (usd: number) =>
  moneyWith(
    usd,
    [
      [1e9, 1e9, 'tỷ'],
      [1e6, 1e6, 'triệu'],
      [1e3, 1e3, 'nghìn'],
    ],
    (amount, word) => `${amount}${word ? ` ${word}` : ''} USD`,
    TAG,
  );
const range = (r: Parameters<typeof rangeWith>[0]) => rangeWith(r, count);

// Vietnamese puts the describing word after the noun: "vị trí kinh doanh" (sales roles).
const ROLES: Readonly<Record<RoleFamily, { plural: string; after?: string }>> = {
  sales: {
    plural: 'vị trí kinh doanh',
    after: 'chắc hẳn họ đang lo làm sao để người mới bắt nhịp nhanh',
  },
  security: { plural: 'vị trí bảo mật' },
  engineering: { plural: 'kỹ sư', after: 'họ đang đẩy mạnh phát triển sản phẩm' },
  marketing: { plural: 'vị trí marketing' },
  customer: { plural: 'vị trí chăm sóc khách hàng' },
};

const BRIDGE = {
  pains: 'Vấn đề họ có thể gặp',
  goals: 'Mục tiêu họ có thể hướng tới',
  valueProps: 'Hướng tiếp cận của chúng ta',
} as const;

/** Where on the page a keyword was found, as a Vietnamese noun phrase. */
const PLACE: Readonly<Record<string, string>> = {
  description: 'phần giới thiệu',
  specialties: 'lĩnh vực chuyên môn',
  tagline: 'khẩu hiệu',
};

function hiringFor(family: RoleFamily, titles: readonly string[]): string {
  const first = titles.slice(0, 2).map(iso);
  const rest = titles.length - first.length;
  const shown = rest > 0 ? `${first.join(', ')} và ${count(rest)} vị trí khác` : join(first);
  const { plural, after } = ROLES[family];
  const head =
    titles.length === 1
      ? `Đang tuyển vị trí ${shown}`
      : `Đang tuyển ${count(titles.length)} ${plural} (${shown})`;
  return after ? `${head} — ${after}` : head;
}

const funding: Phrasebook['values']['funding'] = (f) =>
  [
    f.stage && `vòng ${iso(f.stage)}`,
    f.amountUsd !== undefined && `huy động ${money(f.amountUsd)}`,
    f.date && iso(f.date),
  ]
    .filter(Boolean)
    .join(', ');

/** Vietnamese, in the polite register of a B2B cold email ("anh/chị", "bên mình"). */
export const vietnamese: Phrasebook = {
  language: 'vi',
  facts: {
    hiring: ({ openRoles, roles }) => {
      const byFunction = roles && hiringFor(roles.family, roles.titles);
      return {
        sentence: byFunction ?? `Đang tuyển ${count(openRoles)} vị trí`,
        basis: `Tuyển dụng: ${count(openRoles)} vị trí đang mở`,
        opening: byFunction ? lowerFirst(byFunction) : `đang tuyển ${count(openRoles)} vị trí`,
      };
    },
    funding: (f) => {
      const described = funding(f);
      const opening =
        f.amountUsd !== undefined
          ? `vừa huy động được ${money(f.amountUsd)}`
          : f.simpleStage
            ? `vừa hoàn tất vòng gọi vốn ${iso(f.stage ?? '')}`
            : `vừa công bố vòng gọi vốn mới (${iso(f.stage ?? '')})`;
      return {
        sentence: `Vòng gọi vốn gần nhất: ${described}`,
        basis: `Gọi vốn: ${described}`,
        opening,
      };
    },
    keywords: ({ keyword, where, quote }) => {
      const place = PLACE[where] ?? 'trang của họ';
      return {
        sentence:
          where === 'specialties'
            ? `Lĩnh vực chuyên môn của họ có “${iso(keyword)}”`
            : `${place.charAt(0).toUpperCase()}${place.slice(1)} của họ có nhắc đến “${iso(keyword)}”`,
        basis: `${place.charAt(0).toUpperCase()}${place.slice(1)}: ${iso(quote)}`,
        opening: `có nhắc đến “${iso(keyword)}” trong ${place}`,
      };
    },
    specialties: ({ items }) => ({
      sentence: `Lĩnh vực chuyên môn của họ gồm ${list(items.slice(0, 3))}`,
      basis: `Lĩnh vực chuyên môn: ${items.slice(0, 5).map(iso).join(', ')}`,
      opening: `có ${list(items.slice(0, 2))} trong các lĩnh vực chuyên môn`,
    }),
    technologies: ({ items }) => ({
      sentence: `Đang dùng ${list(items.slice(0, 3))}`,
      basis: `Công nghệ: ${items.slice(0, 5).map(iso).join(', ')}`,
      opening: `đang dùng ${list(items.slice(0, 2))}`,
    }),
    tagline: ({ text }) => ({
      sentence: `Tự giới thiệu là “${iso(bare(text))}”`,
      basis: `Khẩu hiệu: “${iso(text)}”`,
      opening: `tự giới thiệu là “${iso(bare(text))}”`,
    }),
    employees: ({ range: r }) => ({
      sentence: `Có ${range(r)} nhân viên`,
      basis: `Quy mô: ${range(r)} nhân viên`,
      opening: `có ${range(r)} nhân viên`,
    }),
    industry: ({ industry }) => ({
      sentence: `Hoạt động trong lĩnh vực ${iso(industry)}`,
      basis: `Ngành: ${iso(industry)}`,
      opening: `hoạt động trong lĩnh vực ${iso(industry)}`,
    }),
    revenue: ({ range: r }) => {
      const revenue = rangeWith(r, money);
      return {
        sentence: `Doanh thu khoảng ${revenue}`,
        basis: `Doanh thu: ${revenue}`,
        opening: `có doanh thu khoảng ${revenue}`,
      };
    },
    founded: ({ year, age }) => ({
      sentence:
        age >= 2
          ? `Thành lập năm ${year}, đã ${count(age)} năm`
          : `Thành lập năm ${year}, còn là một công ty trẻ`,
      basis: `Năm thành lập: ${year}`,
      opening: `được thành lập năm ${year}`,
    }),
    headquarters: ({ city, country }) => {
      const place = [city && iso(city), country && countryIn(TAG, country)]
        .filter(Boolean)
        .join(', ');
      return {
        sentence: `Có trụ sở tại ${place}`,
        basis: `Trụ sở: ${place}`,
        opening: `có trụ sở tại ${place}`,
      };
    },
  },
  topics: {
    hiring: 'tuyển dụng nhân sự hội nhập đào tạo onboarding',
    funding: 'vốn đầu tư kiểm toán',
    technologies: 'tích hợp công cụ hệ thống nền tảng',
    employees: 'nhân sự nhân viên quy mô',
    headquarters: 'văn phòng khu vực',
  },
  point: (sentence, kind, text) => `${sentence}. ${BRIDGE[kind]}: ${lowerFirst(bare(text))}.`,
  openingLine: ({ company, persona, clause, pain }) => {
    const name = company ? iso(company) : 'quý công ty';
    const greeting = `Chào anh/chị, tôi xin gửi vài dòng tới ${persona ?? 'đội ngũ'} của ${name}`;
    const fact = clause ? `: tôi thấy ${name} ${clause}.` : '.';
    const ask = pain
      ? ` Nhiều đội ngũ tương tự thường chia sẻ với chúng tôi: ${lowerFirst(bare(pain))}. Bên anh/chị có đang gặp tình trạng này không?`
      : '';
    return `${greeting}${fact}${ask}`;
  },
  values: {
    count,
    list,
    country: (code) => countryIn(TAG, code),
    range,
    money,
    funding,
  },
};
