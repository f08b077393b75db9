import { describe, expect, it } from 'vitest';
import { readableEvidence, readableSign } from '@/components/popup/readable-evidence';

describe('technology evidence in words', () => {
  it('names the kind of sign and the host, not the hashed bundle', () => {
    expect(readableEvidence('script src js.hs-scripts.com/4431233.js')).toEqual({
      kind: 'detection_kind_script',
      host: 'js.hs-scripts.com',
    });
    expect(
      readableEvidence('script src cdn.shopify.com/s/files/1/0/t/4/assets/theme.3f9a1c2b.min.js'),
    ).toEqual({ kind: 'detection_kind_script', host: 'cdn.shopify.com' });
    expect(readableEvidence('link href fonts.googleapis.com/css2')).toMatchObject({
      host: 'fonts.googleapis.com',
    });
  });

  it('a relative bundle path has no host to show', () => {
    expect(readableEvidence('script src /_next/static/chunks/main-8a7f3c2e1d.js')).toEqual({
      kind: 'detection_kind_script',
    });
    expect(readableEvidence('script src main.8a7f3c2e.js')).toEqual({
      kind: 'detection_kind_script',
    });
  });

  it('generator tags keep their words; inline code and markup are "code on the page"', () => {
    expect(readableEvidence('meta generator "WordPress 6.4.2"')).toEqual({
      kind: 'detection_kind_generator',
      text: 'WordPress 6.4.2',
    });
    expect(readableEvidence('inline script …window.dataLayer=…')).toEqual({
      kind: 'detection_kind_code',
    });
    expect(readableEvidence('<div class="woocommerce">')).toEqual({ kind: 'detection_kind_code' });
  });

  it('prefers the detector’s structured sign: kind and host, never a file name', () => {
    const words = 'script from cdn.shopify.com';
    expect(readableSign(words, { kind: 'script', host: 'CDN.Shopify.com' })).toEqual({
      kind: 'detection_kind_script',
      host: 'cdn.shopify.com',
    });
    expect(readableSign('x', { kind: 'preconnect', host: 'fonts.example' }).kind).toBe(
      'detection_kind_link',
    );
    expect(readableSign('x', { kind: 'generator', name: 'WordPress 6.5.3' })).toEqual({
      kind: 'detection_kind_generator',
      text: 'WordPress 6.5.3',
    });
    expect(readableSign('x', { kind: 'inline-script', name: 'theme.3f9a1c2b.js' })).toEqual({
      kind: 'detection_kind_code',
    });
  });
});
