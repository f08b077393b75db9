import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalIndustry, INDUSTRIES } from '@/lib/normalize/industry';
import { INDUSTRY_LANGUAGES, industryRows } from '@/lib/normalize/industry-l10n';
import { fold } from '@/lib/text';

/**
 * Names that two industries of one language share on purpose, as `lang: folded name`. None yet:
 * a name added here must be one LinkedIn itself gives two industries.
 */
const SHARED_ON_PURPOSE = new Set<string>([]);

describe('industry tables', () => {
  it.each(INDUSTRY_LANGUAGES)('%s names every LinkedIn industry, one line each', (lang) => {
    const rows = industryRows(lang);
    expect(rows).toHaveLength(INDUSTRIES.length);
    const unnamed = INDUSTRIES.filter((_, i) => (rows[i] ?? []).length === 0);
    expect(unnamed).toEqual([]);
  });

  it.each(INDUSTRY_LANGUAGES)('%s gives no two industries the same name', (lang) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    industryRows(lang).forEach((names, i) => {
      for (const name of names) {
        const key = fold(name);
        const before = owner.get(key);
        if (before && before !== INDUSTRIES[i] && !SHARED_ON_PURPOSE.has(`${lang}: ${key}`))
          clashes.push(`"${name}": ${before} / ${INDUSTRIES[i]}`);
        owner.set(key, INDUSTRIES[i] as string);
      }
    });
    expect(clashes).toEqual([]);
  });

  it.each(INDUSTRY_LANGUAGES)(
    '%s: every name reads back as its industry (no English, CRM or other-language name shadows it)',
    (lang) => {
      const wrong = industryRows(lang).flatMap((names, i) =>
        names
          .filter((name) => canonicalIndustry(name) !== INDUSTRIES[i])
          .map((name) => `"${name}" → ${canonicalIndustry(name)}, not ${INDUSTRIES[i]}`),
      );
      expect(wrong).toEqual([]);
    },
  );

  it('covers every UI language the LinkedIn fixtures are saved in', () => {
    const dir = resolve(import.meta.dirname, '../../fixtures/linkedin');
    const langs = new Set(
      readdirSync(dir)
        .map((file) => /^about-([a-z]{2}(?:-[a-z]{2})?)-/.exec(file)?.[1])
        .filter((lang): lang is string => lang !== undefined && lang !== 'en'),
    );
    const tables = new Set(INDUSTRY_LANGUAGES.map((lang) => lang.toLowerCase()));
    // "about-zh-shenlan-data" is Simplified Chinese: the fixture names say "zh" for zh-CN.
    const missing = [...langs].filter((l) => !tables.has(l) && !tables.has(`${l}-cn`));
    expect(missing).toEqual([]);
  });

  it('reads older (pre-2022) names in other languages as their successors', () => {
    expect(canonicalIndustry('Computersoftware')).toBe('Software Development');
    expect(canonicalIndustry('Logiciels informatiques')).toBe('Software Development');
    expect(canonicalIndustry('Marketing y publicidad')).toBe('Advertising Services');
    expect(canonicalIndustry('Krankenhaus- und Gesundheitswesen')).toBe(
      'Hospitals and Health Care',
    );
    expect(canonicalIndustry('コンピュータソフトウェア')).toBe('Software Development');
    expect(canonicalIndustry('Otomotiv')).toBe('Motor Vehicle Manufacturing');
    expect(canonicalIndustry('Consumer Goods')).toBe('Manufacturing');
  });

  it('keeps a CRM value ahead of a translation that spells the same ("Software")', () => {
    expect(canonicalIndustry('Software')).toBe('Technology, Information and Media');
  });

  it('matches names whole: a name with an industry inside it stays as written', () => {
    for (const text of [
      'Ngân hàng Số',
      'Bankwesen Consulting',
      'ソフトウェア開発支援',
      'Seguros La Estrella',
    ])
      expect(canonicalIndustry(text)).toBe(text);
  });
});
