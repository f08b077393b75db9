/**
 * Each page source's `selectors.ts`: every DOM variant is a selector the DOM accepts and carries
 * the day it was first read, so old layouts can be dropped by date.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LINKEDIN_SELECTORS } from '@/lib/extract/linkedin-company';
import { anyOf, type SelectorVariant } from '@/lib/extract/selectors';
import { WEBSITE_SELECTORS } from '@/lib/extract/website/selectors';

const SOURCES: Record<string, Record<string, readonly SelectorVariant[]>> = {
  'linkedin-company': LINKEDIN_SELECTORS,
  website: WEBSITE_SELECTORS,
};
const { document } = parseHTML(
  '<!DOCTYPE html><html><body><main><h1>Orchard Row</h1></main></body></html>',
);

describe.each(Object.entries(SOURCES))('%s selectors', (_source, parts) => {
  it.each(Object.entries(parts))('%s: dated, valid, no duplicate', (_part, variants) => {
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) {
      expect(variant.seen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(variant.seen))).toBe(false);
      expect(() => document.querySelectorAll(variant.css)).not.toThrow();
    }
    expect(new Set(variants.map((v) => v.css)).size).toBe(variants.length);
  });
});

describe('anyOf', () => {
  it('joins the variants into one selector list, in order', () => {
    expect(anyOf(LINKEDIN_SELECTORS.main)).toBe('main, [role="main"]');
    expect(document.querySelector(anyOf(LINKEDIN_SELECTORS.main))?.tagName).toBe('MAIN');
  });
});
