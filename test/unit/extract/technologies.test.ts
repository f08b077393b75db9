import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileFingerprints, detectTechnologies } from '@/lib/extract/technologies/detect';
import fingerprintFile from '@/lib/extract/technologies/fingerprints.json';
import { fingerprintFileSchema } from '@/lib/extract/technologies/schema';
import { analyzePage } from '@/lib/extract/website-analysis';
import { extractionSchema } from '@/lib/facts-schema';
import { SITE_FIXTURES } from '../../fixtures/sites';

const compiled = compileFingerprints(fingerprintFile);
const doc = (head: string, body = '') =>
  parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
const names = (head: string, body = '') =>
  detectTechnologies(doc(head, body), compiled).map((d) => d.name);

describe('the fingerprint file', () => {
  it('passes its schema: regexes compile, names unique, implications known', () => {
    const parsed = fingerprintFileSchema.safeParse(fingerprintFile);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('covers at least 80 technologies, the regional ones of our markets among them', () => {
    const all = fingerprintFile.technologies.map((t) => t.name);
    expect(all.length).toBeGreaterThanOrEqual(80);
    for (const name of [
      'HubSpot',
      'Greenhouse',
      'Shopify',
      'Stripe',
      'Next.js',
      'Zalo',
      'VNPay',
      'MoMo',
      'Baidu Tongji',
      'Alipay',
      'Zarinpal',
      'Raychat',
      'Jobinja',
      'Midtrans',
      'Naver Analytics',
      'Yandex Metrica',
    ])
      expect(all).toContain(name);
  });
});

describe('detectTechnologies', () => {
  it.each([
    [
      'CRM and marketing automation',
      '<script src="//js.hs-scripts.com/123.js"></script><script src="//munchkin.marketo.net/munchkin.js"></script><script src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=X"></script>',
      ['HubSpot', 'Klaviyo', 'Marketo'],
    ],
    [
      'analytics and tags',
      '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC"></script><script src="https://www.googletagmanager.com/gtm.js?id=GTM-1"></script><script src="https://cdn.segment.com/analytics.js/v1/k/analytics.min.js"></script><script>_linkedin_partner_id = "123";</script><script>fbq("init", "1");</script>',
      [
        'Facebook Pixel',
        'Google Analytics',
        'Google Tag Manager',
        'LinkedIn Insight Tag',
        'Segment',
      ],
    ],
    [
      'chat and support',
      '<script src="https://widget.intercom.io/widget/x"></script><script src="https://client.crisp.chat/l.js"></script><script src="https://embed.tawk.to/abc/default"></script>',
      ['Crisp', 'Intercom', 'Tawk.to'],
    ],
    [
      'CMS: WordPress from its generator, with PHP implied',
      '<meta name="generator" content="WordPress 6.5.3">',
      ['PHP', 'WordPress'],
    ],
    [
      'e-commerce: WooCommerce implies WordPress implies PHP',
      '<script src="/wp-content/plugins/woocommerce/assets/js/frontend/cart.js"></script>',
      ['PHP', 'WooCommerce', 'WordPress'],
    ],
    [
      'payments',
      '<script src="https://js.stripe.com/v3/"></script><script src="https://www.paypal.com/sdk/js?client-id=x"></script><script src="https://pay.vnpay.vn/lib/vnpay/vnpay.min.js"></script>',
      ['PayPal', 'Stripe', 'VNPay'],
    ],
    [
      'frameworks: Nuxt.js implies Vue.js',
      '<script src="/_nuxt/entry.js"></script><script>window.__NUXT__={}</script>',
      ['Nuxt.js', 'Vue.js'],
    ],
    [
      'ATS in an iframe',
      '',
      ['Greenhouse'],
      '<iframe src="https://boards.greenhouse.io/embed/job_board?for=acme"></iframe>',
    ],
    [
      'China',
      '<script src="https://hm.baidu.com/hm.js?abc"></script><script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>',
      ['Baidu Tongji', 'WeChat JS-SDK'],
    ],
    [
      'Iran',
      '<script src="https://www.goftino.com/widget/abc"></script><script src="https://cdn.yektanet.com/js/x.js"></script>',
      ['Goftino', 'Yektanet'],
    ],
  ])('%s', (_, head, expected, body = '') => {
    expect(names(head, body)).toEqual(expected);
  });

  it('never detects a technology from a mere mention in the page text or its links', () => {
    const body =
      '<p>We integrate with HubSpot, Salesforce and Shopify. Built with Next.js and React.</p>' +
      '<a href="https://www.hubspot.com/blog">HubSpot blog</a><a href="https://js.stripe.com/v3/">link</a>';
    const head =
      '<script type="application/ld+json">{"@type":"Organization","knowsAbout":["Shopify","cdn.shopify.com/x.js"]}</script>';
    expect(names(head, body)).toEqual([]);
  });

  it('gives each detection its evidence and a confidence', () => {
    const [hubspot] = detectTechnologies(
      doc('<script src="https://js.hs-scripts.com/4123.js?x=1"></script>'),
      compiled,
    );
    expect(hubspot).toEqual({
      name: 'HubSpot',
      category: 'Marketing automation',
      confidence: 0.95,
      evidence: 'script src js.hs-scripts.com/4123.js',
    });
    const [next, react] = detectTechnologies(
      doc('', '<script id="__NEXT_DATA__" type="application/json">{}</script>'),
      compiled,
    );
    expect(next?.name).toBe('Next.js');
    expect(react).toMatchObject({ name: 'React', evidence: 'implied by Next.js' });
    expect(react?.confidence).toBeLessThan(next?.confidence ?? 0);
  });

  it('finishes on a hostile page: thousands of scripts, a huge inline script', () => {
    const scripts = Array.from(
      { length: 10_000 },
      (_, i) => `<script src="/s${i}.js"></script>`,
    ).join('');
    const huge = `<script>${'var a = "hubspot";'.repeat(200_000)}</script>`;
    const started = performance.now();
    expect(names(scripts + huge)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('company websites: the exact technology set of each saved site', () => {
  it.each(SITE_FIXTURES.map((f) => [f.file, f] as const))('%s', (file, fixture) => {
    const html = readFileSync(
      join(resolve(import.meta.dirname, '../../fixtures/sites'), file),
      'utf8',
    );
    const page = parseHTML(html).document as unknown as Document;
    const extraction = analyzePage(page, new URL(fixture.url));
    expect((extraction?.facts.technologies?.value ?? []).sort()).toEqual(
      [...fixture.technologies].sort(),
    );
    expect(extractionSchema.safeParse(extraction).success).toBe(true);
  });
});
