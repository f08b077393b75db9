import type { RoleFamily } from '../note-data';
import type { Phrasebook } from '../phrasebook';
import { bare, countIn, countryIn, iso, moneyWith, rangeWith } from './shared';

const TAG = 'fa';
const count = (n: number) => countIn(TAG, n);
/** A year in Persian digits, not grouped: "۲۰۱۲". */
const years = new Intl.NumberFormat(TAG, { useGrouping: false });
const year = (y: number) => years.format(y);
/** "A، B و C": the Persian comma, "و" before the last item. */
const join = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} و ${items.at(-1)}`;
const list = (items: readonly string[]) => join(items.map(iso));
const money = (usd: number) =>
  moneyWith(
    usd,
    [
      [1e9, 1e9, 'میلیارد'],
      [1e6, 1e6, 'میلیون'],
      [1e3, 1e3, 'هزار'],
    ],
    (amount, word) => `${amount}${word ? ` ${word}` : ''} دلار`,
    TAG,
  );
const range = (r: Parameters<typeof rangeWith>[0]) => rangeWith(r, count);

// After a number Persian keeps the noun singular: "۳ مهندس".
const ROLES: Readonly<Record<RoleFamily, { plural: string; after?: string }>> = {
  sales: { plural: 'نیروی فروش', after: 'لابد سرعتِ راه‌افتادن نیروهای تازه دغدغه‌شان است' },
  security: { plural: 'نیروی امنیت' },
  engineering: { plural: 'مهندس', after: 'دارند محصولشان را گسترش می‌دهند' },
  marketing: { plural: 'نیروی بازاریابی' },
  customer: { plural: 'نیروی پشتیبانی مشتری' },
};

const BRIDGE = {
  pains: 'دغدغهٔ احتمالی',
  goals: 'هدف احتمالی',
  valueProps: 'زاویهٔ ورود ما',
} as const;

/** Where on the page a keyword was found. */
const PLACE: Readonly<Record<string, string>> = {
  description: 'معرفی شرکت',
  specialties: 'تخصص‌های',
  tagline: 'شعار',
};

/** The same places as basis labels, without the ezafe of "… خود". */
const PLACE_NAME: Readonly<Record<string, string>> = { specialties: 'تخصص‌ها' };

/**
 * "در حال استخدام ۳ نیروی فروش (…) هستند؛ …": `verb` ends the clause ("هستند" for "they", "است"
 * for the company), then what the roles suggest.
 */
function hiringFor(family: RoleFamily, titles: readonly string[], verb: string): string {
  const first = titles.slice(0, 2).map(iso);
  const rest = titles.length - first.length;
  const shown = rest > 0 ? `${first.join('، ')} و ${count(rest)} مورد دیگر` : join(first);
  const { plural, after } = ROLES[family];
  const head =
    titles.length === 1
      ? `در حال استخدام برای سمت ${shown} ${verb}`
      : `در حال استخدام ${count(titles.length)} ${plural} (${shown}) ${verb}`;
  return after ? `${head}؛ ${after}` : head;
}

const funding: Phrasebook['values']['funding'] = (f) =>
  [
    f.stage && `دور ${iso(f.stage)}`,
    f.amountUsd !== undefined && `جذب ${money(f.amountUsd)}`,
    f.date && iso(f.date),
  ]
    .filter(Boolean)
    .join('، ');

/** Persian, as a seller in Iran writes a courteous first message (شما، verb last). */
export const persian: Phrasebook = {
  language: 'fa',
  facts: {
    hiring: ({ openRoles, roles }) => {
      const open = `${count(openRoles)} موقعیت شغلی باز`;
      return {
        sentence: roles ? hiringFor(roles.family, roles.titles, 'هستند') : `${open} دارند`,
        basis: `استخدام: ${open}`,
        opening: roles ? hiringFor(roles.family, roles.titles, 'است') : `${open} دارد`,
      };
    },
    funding: (f) => {
      const described = funding(f);
      const opening =
        f.amountUsd !== undefined
          ? `${money(f.amountUsd)} سرمایه جذب کرده است`
          : f.simpleStage
            ? `دور ${iso(f.stage ?? '')} سرمایه‌گذاری را بسته است`
            : `از جذب سرمایهٔ تازه (${iso(f.stage ?? '')}) خبر داده است`;
      return {
        sentence: `آخرین سرمایه‌گذاری: ${described}`,
        basis: `سرمایه‌گذاری: ${described}`,
        opening,
      };
    },
    keywords: ({ keyword, where, quote }) => {
      const place = PLACE[where] ?? 'صفحهٔ خود';
      return {
        sentence:
          where === 'specialties'
            ? `تخصص‌هایشان شامل «${iso(keyword)}» است`
            : `در ${place} خود به «${iso(keyword)}» اشاره کرده‌اند`,
        basis: `${PLACE_NAME[where] ?? place}: ${iso(quote)}`,
        opening: `در ${place} خود به «${iso(keyword)}» اشاره کرده است`,
      };
    },
    specialties: ({ items }) => ({
      sentence: `تخصص‌هایشان شامل ${list(items.slice(0, 3))} است`,
      basis: `تخصص‌ها: ${items.slice(0, 5).map(iso).join('، ')}`,
      opening: `${list(items.slice(0, 2))} را جزو تخصص‌های خود آورده است`,
    }),
    technologies: ({ items }) => ({
      sentence: `از ${list(items.slice(0, 3))} استفاده می‌کنند`,
      basis: `فناوری‌ها: ${items.slice(0, 5).map(iso).join('، ')}`,
      opening: `از ${list(items.slice(0, 2))} استفاده می‌کند`,
    }),
    tagline: ({ text }) => ({
      sentence: `خود را «${iso(bare(text))}» معرفی می‌کنند`,
      basis: `شعار: «${iso(text)}»`,
      opening: `خود را «${iso(bare(text))}» معرفی می‌کند`,
    }),
    employees: ({ range: r }) => ({
      sentence: `${range(r)} کارمند دارند`,
      basis: `اندازهٔ شرکت: ${range(r)} کارمند`,
      opening: `${range(r)} کارمند دارد`,
    }),
    industry: ({ industry }) => ({
      sentence: `در حوزهٔ ${iso(industry)} فعالیت می‌کنند`,
      basis: `صنعت: ${iso(industry)}`,
      opening: `در حوزهٔ ${iso(industry)} فعالیت می‌کند`,
    }),
    revenue: ({ range: r }) => {
      const revenue = rangeWith(r, money);
      return {
        sentence: `درآمدی حدود ${revenue} دارند`,
        basis: `درآمد: ${revenue}`,
        opening: `درآمدی حدود ${revenue} دارد`,
      };
    },
    founded: ({ year: y, age }) => ({
      sentence:
        age >= 2
          ? `در سال ${year(y)} تأسیس شده‌اند، ${count(age)} سال پیش`
          : `در سال ${year(y)} تأسیس شده‌اند و شرکتی جوان‌اند`,
      basis: `سال تأسیس: ${year(y)}`,
      opening: `در سال ${year(y)} تأسیس شده است`,
    }),
    headquarters: ({ city, country }) => {
      const place = [city && iso(city), country && countryIn(TAG, country)]
        .filter(Boolean)
        .join('، ');
      return {
        sentence: `دفتر مرکزی‌شان در ${place} است`,
        basis: `دفتر مرکزی: ${place}`,
        opening: `دفتر مرکزی‌اش در ${place} است`,
      };
    },
  },
  topics: {
    hiring: 'استخدام نیروی جدید آموزش',
    funding: 'سرمایه‌گذار سرمایه‌گذاری هیئت‌مدیره حسابرسی',
    technologies: 'یکپارچه اتصال ابزار سامانه زیرساخت',
    employees: 'کارکنان کارمند',
    headquarters: 'دفتر منطقه',
  },
  point: (sentence, kind, text) => `${sentence}. ${BRIDGE[kind]}: ${bare(text)}.`,
  openingLine: ({ company, persona, clause, pain }) => {
    const name = company ? `شرکت ${iso(company)}` : 'شرکت شما';
    const greeting = `سلام، این پیام را برای ${persona ?? 'تیم'} ${name} می‌نویسم`;
    const fact = clause ? `: دیدم که ${company ? iso(company) : 'شرکت شما'} ${clause}.` : '.';
    const ask = pain
      ? ` تیم‌هایی مثل شما اغلب به ما می‌گویند: ${bare(pain)}. آیا این برای شما هم صدق می‌کند؟`
      : '';
    return `${greeting}${fact}${ask}`;
  },
  values: { count, list, country: (code) => countryIn(TAG, code), range, money, funding },
};
