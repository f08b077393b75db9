import { describe, expect, it } from 'vitest';
import {
  aboutField,
  isJobs,
  linkedInCompanyType,
  moduleKind,
} from '@/lib/extract/linkedin-company/words';
import {
  LINKEDIN_WORD_TABLES,
  type LinkedInWordLanguage,
  linkedInWordRows,
  linkedInWords,
  WORD_KINDS,
} from '@/lib/extract/linkedin-company/words-l10n';

const LANGUAGES = Object.keys(LINKEDIN_WORD_TABLES) as LinkedInWordLanguage[];

describe('LinkedIn UI words, one table per language', () => {
  it('holds the 36 UI languages, English first', () => {
    expect(LANGUAGES).toHaveLength(36);
    expect(LANGUAGES[0]).toBe('en');
    expect(LANGUAGES).toEqual(expect.arrayContaining(['fa', 'vi', 'zh-CN', 'zh-TW', 'tl']));
  });

  it.each(LANGUAGES)('%s has one line per kind and names the About labels', (lang) => {
    const rows = linkedInWordRows(lang);
    expect(rows).toHaveLength(WORD_KINDS.length);
    for (const word of rows.flat()) {
      expect(word).not.toBe('');
      expect(word).toBe(word.trim());
    }
    // Every language names the size and founding labels: what sizes and ages a company.
    expect(rows[WORD_KINDS.indexOf('label:size')]?.length).toBeGreaterThan(0);
    expect(rows[WORD_KINDS.indexOf('label:founded')]?.length).toBeGreaterThan(0);
  });

  it('reads each language from its own table', () => {
    const row = (lang: LinkedInWordLanguage, kind: (typeof WORD_KINDS)[number]) =>
      linkedInWordRows(lang)[WORD_KINDS.indexOf(kind)];
    expect(row('fr', 'label:website')).toEqual(['Site web']);
    expect(row('vi', 'label:size')).toEqual(['Quy mô công ty']);
    expect(row('fa', 'type:Public Company')).toEqual(['سهامی عام', 'شرکت سهامی عام']);
    expect(row('zh-TW', 'module:funding')).toEqual(['融資']);
  });

  it('joins every language into one list per kind, for the matchers', () => {
    const jobs = linkedInWords()[WORD_KINDS.indexOf('count:jobs')] ?? [];
    expect(jobs.slice(0, 3)).toEqual(['job', 'jobs', 'open jobs']);
    expect(jobs).toEqual(expect.arrayContaining(['vacatures', '职位', 'việc làm', 'trabaho']));
  });

  it('serves the matchers in any language, as before the split', () => {
    expect(aboutField('Unternehmensgröße')).toBe('size');
    expect(aboutField('ขนาดบริษัท:')).toBe('size');
    expect(moduleKind('Giới thiệu')).toBe('about');
    expect(linkedInCompanyType('Syarikat awam')).toBe('Public Company');
    expect(linkedInCompanyType('自有')).toBe('Self-Owned');
    expect(isJobs('Alle 12 Stellenangebote anzeigen')).toBe(true);
    expect(isJobs('Northwind Stellwerk GmbH')).toBe(false);
  });
});
