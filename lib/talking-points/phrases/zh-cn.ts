import type { RoleFamily } from '../note-data';
import type { Phrasebook } from '../phrasebook';
import { bare, countIn, countryIn, iso, moneyWith, rangeWith } from './shared';

const TAG = 'zh-CN';
const count = (n: number) => countIn(TAG, n);
/** "A、B和C": the enumeration comma, "和" before the last item, no spaces. */
const join = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
const list = (items: readonly string[]) => join(items.map(iso));
const money = (usd: number) =>
  moneyWith(
    usd,
    [
      [1e8, 1e8, '亿'],
      [1e4, 1e4, '万'],
    ],
    (amount, word) => `${amount}${word}美元`,
    TAG,
  );
const range = (r: Parameters<typeof rangeWith>[0]) => rangeWith(r, count);

// Each family with its measure word: "3个销售岗位", "2名工程师".
const ROLES: Readonly<Record<RoleFamily, { plural: string; after?: string }>> = {
  sales: { plural: '个销售岗位', after: '新人多久能上手想必是他们关心的问题' },
  security: { plural: '个安全岗位' },
  engineering: { plural: '名工程师', after: '他们正在加紧研发' },
  marketing: { plural: '个市场岗位' },
  customer: { plural: '个客户服务岗位' },
};

const BRIDGE = { pains: '可能的痛点', goals: '可能的目标', valueProps: '我们的切入点' } as const;

/** Where on the page a keyword was found. */
const PLACE: Readonly<Record<string, string>> = {
  description: '公司简介',
  specialties: '专业领域',
  tagline: '标语',
};

function hiringFor(family: RoleFamily, titles: readonly string[]): string {
  const first = titles.slice(0, 2).map(iso);
  const rest = titles.length - first.length;
  const shown = rest > 0 ? `${first.join('、')}等` : join(first);
  const { plural, after } = ROLES[family];
  const head =
    titles.length === 1
      ? `正在招聘${shown}`
      : `正在招聘${count(titles.length)}${plural}（${shown}）`;
  return after ? `${head}——${after}` : head;
}

const funding: Phrasebook['values']['funding'] = (f) =>
  [
    f.stage && iso(f.stage),
    f.amountUsd !== undefined && `融资${money(f.amountUsd)}`,
    f.date && iso(f.date),
  ]
    .filter(Boolean)
    .join('，');

/** Simplified Chinese, as a B2B seller in mainland China writes a first message (您, 贵公司). */
export const chinese: Phrasebook = {
  language: 'zh_CN',
  facts: {
    hiring: ({ openRoles, roles }) => {
      const byFunction = roles && hiringFor(roles.family, roles.titles);
      return {
        sentence: byFunction ?? `目前有${count(openRoles)}个职位在招`,
        basis: `招聘：${count(openRoles)}个在招职位`,
        opening: byFunction ?? `目前有${count(openRoles)}个职位在招`,
      };
    },
    funding: (f) => {
      const described = funding(f);
      const opening =
        f.amountUsd !== undefined
          ? `刚完成${money(f.amountUsd)}融资`
          : f.simpleStage
            ? `刚完成${iso(f.stage ?? '')}融资`
            : `宣布了新一轮融资（${iso(f.stage ?? '')}）`;
      return { sentence: `最近一轮融资：${described}`, basis: `融资：${described}`, opening };
    },
    keywords: ({ keyword, where, quote }) => {
      const place = PLACE[where] ?? '页面';
      return {
        sentence:
          where === 'specialties'
            ? `他们的专业领域包括“${iso(keyword)}”`
            : `他们的${place}提到了“${iso(keyword)}”`,
        basis: `${place}：${iso(quote)}`,
        opening: `在${place}中提到了“${iso(keyword)}”`,
      };
    },
    specialties: ({ items }) => ({
      sentence: `专业领域包括${list(items.slice(0, 3))}`,
      basis: `专业领域：${items.slice(0, 5).map(iso).join('、')}`,
      opening: `的专业领域包括${list(items.slice(0, 2))}`,
    }),
    technologies: ({ items }) => ({
      sentence: `正在使用${list(items.slice(0, 3))}`,
      basis: `技术：${items.slice(0, 5).map(iso).join('、')}`,
      opening: `正在使用${list(items.slice(0, 2))}`,
    }),
    tagline: ({ text }) => ({
      sentence: `对自己的介绍是“${iso(bare(text))}”`,
      basis: `标语：“${iso(text)}”`,
      opening: `把自己定位为“${iso(bare(text))}”`,
    }),
    employees: ({ range: r }) => ({
      sentence: `员工规模${range(r)}人`,
      basis: `公司规模：${range(r)}人`,
      opening: `有${range(r)}名员工`,
    }),
    industry: ({ industry }) => ({
      sentence: `属于${iso(industry)}行业`,
      basis: `行业：${iso(industry)}`,
      opening: `从事${iso(industry)}行业`,
    }),
    revenue: ({ range: r }) => {
      const revenue = rangeWith(r, money);
      return {
        sentence: `年营收约${revenue}`,
        basis: `营收：${revenue}`,
        opening: `年营收约${revenue}`,
      };
    },
    founded: ({ year, age }) => ({
      sentence:
        age >= 2 ? `成立于${year}年，已有${count(age)}年历史` : `成立于${year}年，是一家年轻的公司`,
      basis: `成立时间：${year}年`,
      opening: `成立于${year}年`,
    }),
    headquarters: ({ city, country }) => {
      // Chinese names the country before the city, with nothing between them.
      const place = [country && countryIn(TAG, country), city && iso(city)]
        .filter(Boolean)
        .join('');
      return { sentence: `总部位于${place}`, basis: `总部：${place}`, opening: `总部位于${place}` };
    },
  },
  topics: {
    hiring: '招聘 新人 入职 培训 扩张',
    funding: '融资 投资 董事会 审计 增长',
    technologies: '集成 对接 工具 系统 平台 技术栈',
    employees: '团队 规模 人员',
    headquarters: '区域 本地 办公室',
  },
  point: (sentence, kind, text) => `${sentence}。${BRIDGE[kind]}：${bare(text)}。`,
  openingLine: ({ company, persona, clause, pain }) => {
    const name = company ? iso(company) : '贵公司';
    const greeting = `您好，这封信写给${name}的${persona ?? '团队'}`;
    const fact = clause ? `：我注意到${name}${clause}。` : '。';
    const ask = pain
      ? `很多和您类似的团队都跟我们提到过：${bare(pain)}。贵公司是否也有同样的情况？`
      : '';
    return `${greeting}${fact}${ask}`;
  },
  values: { count, list, country: (code) => countryIn(TAG, code), range, money, funding },
};
