import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/criteria/schema';
import { localizedSampleIcps, sampleIcp, sampleIcpFor } from '@/lib/icp/sample';
import { localizedTemplate } from '@/lib/icp/templates/localized';
import { scoreCompany } from '@/lib/scoring/score';
import { buildPitch } from '@/lib/talking-points/build-pitch';
import { acme } from '../scoring/helpers';

const LOCALES = ['vi', 'zh_CN', 'fa'] as const;
/** What decides a company's tier: everything but the words. */
const rules = (icp: Icp) => ({
  tiers: icp.tiers.map((t) => t.minScore),
  unknownCredit: icp.unknownCredit,
  minConfidence: icp.minConfidence,
  criteria: icp.criteria.map(({ label, talkingPoint, ...rule }) => rule),
});
const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('sampleIcpFor: the sample in the browser UI language', () => {
  it.each([
    ['fa', 'fa'],
    ['fa-IR', 'fa'],
    ['zh-CN', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
  ] as const)('%s → the %s sample', (ui, locale) => {
    expect(sampleIcpFor(ui)).toBe(localizedSampleIcps[locale]);
  });
  it.each(['en-US', 'en-GB', 'de', 'fr-FR', ''])('%s → exactly the English sample', (ui) => {
    expect(sampleIcpFor(ui)).toBe(sampleIcp);
    expect(sampleIcp.name).toBe('Mid-market software & security (sample)');
    expect(sampleIcp.outreachLanguage).toBeUndefined();
  });
});

describe.each(LOCALES)('the %s sample ICP', (locale) => {
  const icp = localizedSampleIcps[locale];

  it('has the same criteria, bands, weights and tier thresholds as the English sample', () => {
    expect(rules(icp)).toEqual(rules(sampleIcp));
    expect(icp.personas.length).toBe(sampleIcp.personas.length);
  });

  it('is written in the language: every text differs from the English, outreach in it', () => {
    expect(icp.outreachLanguage).toBe(locale);
    expect(icp.name).not.toBe(sampleIcp.name);
    expect(icp.description).not.toBe(sampleIcp.description);
    icp.criteria.forEach((c, i) => {
      const english = sampleIcp.criteria[i]!;
      expect(c.label).not.toBe(english.label);
      expect(placeholders(c.talkingPoint)).toEqual(placeholders(english.talkingPoint));
      if (english.talkingPoint) expect(c.talkingPoint).not.toBe(english.talkingPoint);
    });
    for (const kind of ['pains', 'goals', 'valueProps'] as const)
      for (const [i, text] of icp[kind].entries()) expect(text).not.toBe(sampleIcp[kind][i]);
    // No English sentence left: English function words would be in one.
    const texts = [
      icp.name,
      icp.description ?? '',
      ...icp.tiers.map((t) => t.name),
      ...icp.criteria.flatMap((c) => [c.label ?? '', c.talkingPoint ?? '']),
      ...icp.pains,
      ...icp.goals,
      ...icp.valueProps,
    ];
    for (const text of texts)
      expect(text).not.toMatch(
        /(?<!\p{L})(the|and|with|of|for|to|their|every|that|is|in|at)(?!\p{L})/iu,
      );
  });

  it("names its tiers as the language's templates do", () => {
    const template = localizedTemplate('security-vendor', locale);
    expect(icp.tiers.map((t) => t.name)).toEqual(template?.icp.tiers.map((t) => t.name));
  });

  it('grades a company as the English sample does, and pitches it in the language', () => {
    const result = scoreCompany(icp, acme);
    const english = scoreCompany(sampleIcp, acme);
    expect([result.tierKind, result.tierIndex, result.score]).toEqual([
      english.tierKind,
      english.tierIndex,
      english.score,
    ]);
    expect(result.tier).toBe(icp.tiers[0]?.name);
    const pitch = buildPitch(icp, acme, result, { year: 2025 });
    expect(pitch.language).toBe(locale);
    expect(pitch.points.length).toBeGreaterThanOrEqual(3);
    const englishPoints = buildPitch(sampleIcp, acme, english, { year: 2025 }).points;
    for (const p of pitch.points) expect(englishPoints.map((e) => e.text)).not.toContain(p.text);
  });
});
