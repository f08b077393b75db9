import { describe, expect, it } from 'vitest';
import { FSI, isolate, PDI, stripIsolates, textDirection } from '../../../lib/i18n/bidi';

describe('isolate', () => {
  it('wraps page text in FSI…PDI', () => {
    expect(isolate('فناوران پارس')).toBe(`${FSI}فناوران پارس${PDI}`);
    expect(isolate('Acme Security')).toBe('\u2068Acme Security\u2069');
  });

  it('keeps a Persian name whole inside a Vietnamese sentence', () => {
    const sentence = `Công ty ${isolate('فناوران پارس، امنیت')} tuyển 3 vị trí`;
    // The name is one isolated run: nothing of the sentence falls between its marks.
    expect(sentence.indexOf(FSI)).toBeLessThan(sentence.indexOf('فناوران'));
    expect(sentence.indexOf(PDI)).toBe(sentence.indexOf(' tuyển') - 1);
  });

  it('drops unbalanced isolate marks that came with the page text', () => {
    expect(isolate('Acme\u2067 Inc')).toBe(`${FSI}Acme Inc${PDI}`);
    expect(isolate(`${FSI}x`)).toBe(`${FSI}x${PDI}`);
  });

  it('leaves empty text empty', () => {
    expect(isolate('')).toBe('');
  });
});

describe('stripIsolates', () => {
  it('removes LRI, RLI, FSI and PDI only', () => {
    expect(stripIsolates('\u2066a\u2067b\u2068c\u2069\u200f')).toBe('abc\u200f');
  });
});

describe('textDirection', () => {
  it.each([
    ['فناوران پارس', 'rtl'],
    ['«پارس» Cloud', 'rtl'],
    ['Acme «پارس»', 'ltr'],
    ['Công ty An Phát', 'ltr'],
    ['深圳云图科技', 'ltr'],
    ['שלום', 'rtl'],
    ['۱۲۳ - 456', 'neutral'],
    ['', 'neutral'],
    ['123 فناوران', 'rtl'],
  ])('%s → %s', (text, dir) => {
    expect(textDirection(text)).toBe(dir);
  });
});
