import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hierarchyFor, suggestionsFor } from '@/components/dashboard/editor/suggestions';
import { factText } from '@/components/popup/fact-words';
import {
  bandText,
  criterionValueText,
  fundingStageText,
  placeName,
  regionText,
} from '@/components/value-words';
import { CRITERIA } from '@/lib/criteria';
import { REGION_NAMES } from '@/lib/criteria/regions';
import type { Icp } from '@/lib/criteria/schema';
import type { CompanyFacts } from '@/lib/facts';
import { stripIsolates } from '@/lib/i18n/bidi';
import { parseFunding } from '@/lib/normalize/funding';
import { scoreCompany } from '@/lib/scoring/score';
import { useShippedLanguage } from '../../harness/shipped-language';

const TRANSLATED = ['vi', 'zh_CN', 'fa'] as const;

afterEach(() => fakeBrowser.reset());

/** What LinkedIn's funding box says (Crunchbase's round types), as the normalizer reads it. */
const FUNDING_BOXES = [
  'Pre-Seed · Jan 9, 2025 · US$ 500K',
  'Seed · Feb 2, 2024 · US$ 2.5M',
  'Angel · Mar 3, 2023',
  'Series A · Apr 4, 2024 · US$ 12.0M',
  'Series K · May 5, 2022 · US$ 1.2B',
  'Venture · Jun 6, 2021',
  'Private Equity · Jul 7, 2020 · US$ 300.0M',
  'Debt Financing · Aug 8, 2024 · US$ 25.0M',
  'Convertible Note · Sep 9, 2023',
  'Grant · Oct 10, 2022 · US$ 150K',
  'Corporate Round · Nov 11, 2024',
  'IPO · Dec 12, 2019',
  'Post-IPO Equity · Jan 13, 2025',
  'Post-IPO Debt · Feb 14, 2025',
];
const STAGES = [
  ...new Set([
    ...FUNDING_BOXES.map((box) => parseFunding(box).stage as string),
    ...(CRITERIA.funding.suggestions?.() ?? []),
  ]),
];

describe('regions in the UI language', () => {
  it.each(TRANSLATED)('%s: every region has its own words', (locale) => {
    useShippedLanguage('en');
    const english = REGION_NAMES.map((name) => regionText(name));
    expect(english).toEqual(REGION_NAMES);
    useShippedLanguage(locale);
    for (const [i, name] of REGION_NAMES.entries()) {
      const words = regionText(name);
      expect(words, name).toBeTruthy();
      expect(words, name).not.toBe(english[i]);
      expect(words, name).not.toMatch(/^region_/);
    }
  });

  it('knows a region by any of its names, as matching does', () => {
    useShippedLanguage('zh_CN');
    expect(regionText('NAMER')).toBe('北美');
    expect(regionText('asia-pacific')).toBe('亚太地区');
    expect(regionText('Global')).toBe('全球');
    expect(regionText('Germany')).toBeUndefined();
    // "NA" is Namibia's code before it is North America: matching reads it so, and so does the UI.
    expect(placeName('NA')).toBe('纳米比亚');
    expect(placeName('Germany')).toBe('德国');
    expect(stripIsolates(placeName('US-CA'))).toBe('US-CA');
  });

  it('shows a location band with countries and regions in the language', () => {
    const band = CRITERIA.location.bandParts({ in: ['US', 'North America', 'DACH'], credit: 1 });
    useShippedLanguage('en');
    expect(stripIsolates(bandText(band))).toBe('in United States, North America, or DACH');
    useShippedLanguage('zh_CN');
    expect(stripIsolates(bandText(band))).toBe('位于美国、北美或德奥瑞（DACH）');
    useShippedLanguage('fa');
    expect(stripIsolates(bandText(band)).replace(/\u200f/g, '')).toBe(
      'در ایالات متحده، آمریکای شمالی، یا منطقه DACH (آلمان، اتریش، سوئیس)',
    );
    useShippedLanguage('vi');
    expect(stripIsolates(bandText(band))).toBe(
      'ở Hoa Kỳ, Bắc Mỹ hoặc khu vực DACH (Đức, Áo, Thụy Sĩ)',
    );
  });
});

describe('funding rounds in the UI language', () => {
  it('reads every round LinkedIn shows and the editor offers', () => {
    expect(STAGES).toContain('Series K');
    expect(STAGES).toContain('Post-IPO Debt');
    expect(STAGES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(TRANSLATED)('%s: words every round (only Vietnamese keeps "Series")', (locale) => {
    useShippedLanguage('en');
    const english = STAGES.map(fundingStageText);
    expect(english).toEqual(STAGES);
    useShippedLanguage(locale);
    for (const [i, stage] of STAGES.entries()) {
      const words = fundingStageText(stage);
      expect(words, stage).not.toMatch(/^funding_stage_|\u2068/);
      if (locale === 'vi' && stage.startsWith('Series ')) expect(words).toBe(stage);
      else expect(words, stage).not.toBe(english[i]);
    }
  });

  it('writes series rounds as native sellers do, and keeps an unknown round as written', () => {
    useShippedLanguage('zh_CN');
    expect(fundingStageText('Series B')).toBe('B轮');
    expect(fundingStageText('series  c')).toBe('C轮');
    expect(fundingStageText('Seed')).toBe('种子轮');
    useShippedLanguage('fa');
    expect(fundingStageText('Series A')).toBe('سری A');
    expect(fundingStageText('Bridge round')).toBe('\u2068Bridge round\u2069');
  });

  it('shows the round in criterion rows and facts, in the language', () => {
    const facts: CompanyFacts = {
      name: { value: 'Harborlight Robotics', source: 'json-ld', evidence: 'Harborlight Robotics' },
      funding: {
        value: parseFunding('Series B · Mar 4, 2024 · US$ 40.0M'),
        source: 'linkedin-about',
        evidence: 'Series B · Mar 4, 2024 · US$ 40.0M',
      },
    };
    const icp: Icp = {
      format: 'icp-lens/icp@1',
      name: 'Funded robotics',
      tiers: [{ name: 'Best fit', minScore: 80 }],
      unknownCredit: 0.5,
      criteria: [
        { field: 'funding', weight: 1, mode: 'score', bands: [{ in: ['Series B'], credit: 1 }] },
      ],
      pains: [],
      goals: [],
      valueProps: [],
      personas: [],
    } as unknown as Icp;
    const [criterion] = scoreCompany(icp, facts).criteria;
    if (!criterion) throw new Error('no criterion');
    useShippedLanguage('zh_CN');
    // The parts are separated as Chinese lists them (CLDR's "unit" list ran them together).
    expect(stripIsolates(criterionValueText(criterion) ?? '')).toBe(
      '最近一轮融资：B轮、已融资 US$4000万',
    );
    useShippedLanguage('fa');
    const shown = stripIsolates(criterionValueText(criterion) ?? '');
    expect(shown).toMatch(/^آخرین دور جذب سرمایه: سری B/);
    expect(shown).not.toMatch(/raised|Series/);
    expect(stripIsolates(factText('funding', facts.funding as never))).toMatch(/^سری B · /);
  });
});

describe('editor suggestions', () => {
  it('label regions, countries and rounds in the language, and offer the file values', () => {
    useShippedLanguage('zh_CN');
    const place = hierarchyFor('location').optionLabel;
    expect(suggestionsFor('location')).toContain('North America');
    expect(place?.('North America')).toBe('北美');
    expect(place?.('Germany')).toBe('德国');
    expect(hierarchyFor('funding').optionLabel?.('Series A')).toBe('A轮');
    useShippedLanguage('en');
    // Nothing beside a value that already reads as itself.
    expect(hierarchyFor('location').optionLabel?.('North America')).toBeUndefined();
    expect(hierarchyFor('funding').optionLabel?.('Seed')).toBeUndefined();
  });
});
