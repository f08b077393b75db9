import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changesSummaryText, changeText } from '@/components/dashboard/icps/diff-words';
import type { Criterion, Icp } from '@/lib/criteria/schema';
import { stripIsolates } from '@/lib/i18n/bidi';
import { diffIcp } from '@/lib/icp/diff';
import { sampleIcp } from '@/lib/icp/sample';
import { useShippedLanguage } from '../../harness/shipped-language';

type Locale = 'en' | 'vi' | 'zh_CN' | 'fa';

afterEach(() => fakeBrowser.reset());

/** The sample ICP with a lower Best fit tier, a weaker size band and a funding criterion. */
function edited(): Icp {
  const icp = structuredClone(sampleIcp);
  const best = icp.tiers.find((t) => t.name === 'Best fit');
  if (best) best.minScore = 75;
  const size = icp.criteria.find((c) => c.label === 'Company size') as Criterion;
  size.bands[0] = { ...(size.bands[0] as Criterion['bands'][number]), credit: 0.5 };
  icp.criteria.push({
    field: 'funding',
    label: 'Funding',
    mode: 'score',
    weight: 1,
    bands: [{ in: ['Series B'], credit: 1 }],
  });
  return icp;
}

const EXPECTED: Record<Locale, [string, string, string]> = {
  en: [
    'Tier Best fit: 80 → 75',
    'Company size: band 200–1,000 employees credit 1 → 0.5',
    'Added criterion Funding',
  ],
  vi: [
    'Hạng Best fit: 80 → 75',
    'Company size: điểm của khoảng 200–1.000 nhân viên 1 → 0,5',
    'Đã thêm tiêu chí Funding',
  ],
  zh_CN: [
    '等级 Best fit：80 → 75',
    'Company size：区间 200–1,000 名员工 的得分 1 → 0.5',
    '已添加标准 Funding',
  ],
  fa: [
    'ردهٔ Best fit: ۸۰ ← ۷۵',
    'Company size: امتیاز بازهٔ ۲۰۰–۱٬۰۰۰ کارمند ۱ ← ۰٫۵',
    'معیار Funding افزوده شد',
  ],
};

describe.each(Object.keys(EXPECTED) as Locale[])('ICP diff lines in %s', (locale) => {
  it('words each change in the language, the ICP’s own names kept', () => {
    useShippedLanguage(locale);
    const lines = diffIcp(sampleIcp, edited()).items.map((c) => stripIsolates(changeText(c)));
    expect(lines).toEqual(EXPECTED[locale]);
  });
});

describe("a version's default change note", () => {
  it('is worded in the UI language, the changes that fit and then the count', () => {
    const items = diffIcp(sampleIcp, edited()).items;
    useShippedLanguage('en');
    expect(stripIsolates(changesSummaryText(items))).toBe(EXPECTED.en.join('; '));
    useShippedLanguage('fa');
    const fa = stripIsolates(changesSummaryText(items));
    expect(fa).toBe(EXPECTED.fa.join('؛ '));
    expect(fa).not.toMatch(/band|credit|Added|more/);
    useShippedLanguage('zh_CN');
    const many = [...items, ...items, ...items, ...items];
    expect(stripIsolates(changesSummaryText(many))).toMatch(/；另有 \d+ 处改动$/);
    expect(changesSummaryText([])).toBe('没有改动');
  });
});
