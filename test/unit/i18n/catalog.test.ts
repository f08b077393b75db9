import { describe, expect, it } from 'vitest';
import { formatMessage, parseCatalog, placeholderNames } from '../../../lib/i18n/catalog';

const catalog = parseCatalog({
  badge: {
    message: 'ICP Lens — $Company$: $TIER$ ($SCORE$/100)',
    placeholders: {
      company: { content: '$1' },
      tier: { content: '$2' },
      score: { content: '$3', example: '86' },
    },
  },
  price: { message: 'Costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } },
  fixed: { message: 'By $BRAND$', placeholders: { brand: { content: 'ICP Lens' } } },
  plain: { message: 'Copy' },
});

describe('formatMessage', () => {
  it('fills named placeholders from positional substitutions, case-insensitively', () => {
    expect(formatMessage(catalog, 'badge', ['Acme', 'Best fit', '86'])).toBe(
      'ICP Lens — Acme: Best fit (86/100)',
    );
  });
  it('writes $$ as $ and leaves missing substitutions empty', () => {
    expect(formatMessage(catalog, 'price', [])).toBe('Costs $5 for ');
  });
  it('uses literal placeholder content', () => {
    expect(formatMessage(catalog, 'fixed')).toBe('By ICP Lens');
  });
  it('does not substitute inside substituted text', () => {
    expect(formatMessage(catalog, 'badge', ['$2 Corp', 'Good fit', '70'])).toBe(
      'ICP Lens — $2 Corp: Good fit (70/100)',
    );
  });
  it('returns undefined for a missing key', () => {
    expect(formatMessage(catalog, 'nope')).toBeUndefined();
  });
});

describe('parseCatalog', () => {
  it('rejects a message without text, naming it', () => {
    expect(() => parseCatalog({ broken: { description: 'x' } })).toThrow(/broken/);
  });
});

describe('placeholderNames', () => {
  it('lists names once, upper-cased and sorted', () => {
    expect(placeholderNames('$tier$ $COMPANY$ $Tier$ costs $$5')).toEqual(['COMPANY', 'TIER']);
  });
});
