import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/extract/analyze-page';
import {
  compileFingerprints,
  detectTechnologies,
  type FingerprintData,
} from '@/lib/extract/technologies/detect';
import fingerprintFile from '@/lib/extract/technologies/fingerprints.json';
import { fingerprintFileSchema } from '@/lib/extract/technologies/schema';
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

  it('covers at least 90 technologies, the regional ones of our markets among them', () => {
    const all = fingerprintFile.technologies.map((t) => t.name);
    expect(all.length).toBeGreaterThanOrEqual(90);
    for (const name of [
      // CRM and marketing automation
      'HubSpot',
      'Marketo',
      'Pardot',
      'Salesforce',
      'ActiveCampaign',
      'Klaviyo',
      'Mailchimp',
      // analytics and tags
      'Google Analytics',
      'Google Tag Manager',
      'Segment',
      'Mixpanel',
      'Amplitude',
      'LinkedIn Insight Tag',
      'Facebook Pixel',
      'Hotjar',
      // chat and support
      'Intercom',
      'Drift',
      'Zendesk',
      'Freshchat',
      'Crisp',
      'LiveChat',
      'Tawk.to',
      // CMS and site builders
      'WordPress',
      'Drupal',
      'Webflow',
      'Wix',
      'Squarespace',
      'Elementor',
      'Ghost',
      'Joomla',
      // e-commerce and payments
      'Shopify',
      'WooCommerce',
      'Magento',
      'BigCommerce',
      'PrestaShop',
      'Stripe',
      'PayPal',
      'Braintree',
      'Adyen',
      // frameworks
      'React',
      'Next.js',
      'Vue.js',
      'Nuxt.js',
      'Angular',
      'jQuery',
      'Bootstrap',
      'Tailwind CSS',
      'Gatsby',
      'Svelte',
      // applicant tracking
      'Greenhouse',
      'Lever',
      'Workable',
      'Ashby',
      'SmartRecruiters',
      'Recruitee',
      'Personio',
      'BambooHR',
      // hosting and CDN, consent
      'Cloudflare',
      'jsDelivr',
      'unpkg',
      'Amazon CloudFront',
      'Fastly',
      'Vercel',
      'Netlify',
      'OneTrust',
      'Cookiebot',
      // Vietnam
      'Zalo',
      'Subiz',
      'VNPay',
      'MoMo',
      'ZaloPay',
      'OnePay',
      'Haravan',
      'Sapo',
      'TopCV',
      'VietnamWorks',
      'ITviec',
      // China
      'Baidu Tongji',
      'Umeng (CNZZ)',
      '51.la',
      'Alipay',
      'WeChat JS-SDK',
      'Meiqia',
      'Udesk',
      'Alibaba Cloud',
      'Tencent Cloud',
      'BOSS Zhipin',
      'Lagou',
      '51job',
      'Zhaopin',
      // Iran
      'Raychat',
      'Goftino',
      'Zarinpal',
      'IDPay',
      'Najva',
      'Yektanet',
      'Jobinja',
      'IranTalent',
      'e-estekhdam',
      'Mediaad',
      // rest of Asia
      'Naver Analytics',
      'Kakao Pixel',
      'Channel Talk',
      'LINE Tag',
      'Midtrans',
      'Xendit',
      'Razorpay',
      'Paytm',
      'Yandex Metrica',
      'JobStreet',
      'Naukri',
    ])
      expect(all).toContain(name);
  });

  it('gives every technology at least one sign, and an ATS the category the hiring fact reads', () => {
    const kinds = ['scriptSrc', 'linkHref', 'iframeSrc', 'meta', 'inlineScript', 'dom'] as const;
    for (const t of fingerprintFile.technologies as FingerprintData[])
      expect(
        kinds.some((k) => t[k] !== undefined),
        t.name,
      ).toBe(true);
    const ats = fingerprintFile.technologies.filter((t) => t.category === 'Applicant tracking');
    expect(ats.map((t) => t.name)).toEqual(expect.arrayContaining(['Greenhouse', 'Lever']));
  });

  it('rejects a broken file, naming the problem', () => {
    const base = { name: 'A', category: 'CMS', website: 'a.com' };
    const issues = (technologies: unknown[]) =>
      fingerprintFileSchema.safeParse({ technologies }).error?.issues.map((i) => i.message) ?? [];
    expect(issues([{ ...base, scriptSrc: ['(unclosed'] }])).toEqual([
      'not a valid regular expression',
    ]);
    expect(issues([{ ...base, scriptSrc: ['x*'] }])).toEqual([
      'matches the empty string, so everything',
    ]);
    expect(issues([{ ...base, scriptSrc: ['(a)\\1'] }])[0]).toMatch(/backreferences/);
    expect(issues([base, base])).toEqual(['duplicate "A"']);
    expect(issues([{ ...base, implies: ['B'] }])).toEqual(['"B" is not a technology of this file']);
    expect(issues([{ ...base, dom: ['a[href*="a.com"]'] }])[0]).toMatch(/not code/);
    expect(issues([{ ...base, extra: 1 }])).toHaveLength(1);
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
    [
      'more CRM and marketing automation, from inline snippets and forms',
      '<script type="text/javascript" src="https://pi.pardot.com/pd.js"></script><script>var _hsq = window._hsq = [];</script><script src="https://diffuser-cdn.app-us1.com/diffuser/diffuser.js"></script><script src="https://chimpstatic.com/mcjs-connected/js/users/abc.js"></script>',
      ['ActiveCampaign', 'HubSpot', 'Mailchimp', 'Pardot', 'Salesforce'],
      '<form action="https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8"></form>',
    ],
    [
      'product analytics and advertising',
      '<script src="https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"></script><script>amplitude.getInstance().init("KEY");</script><script async src="https://snap.licdn.com/li.lms-analytics/insight.min.js"></script><script src="https://connect.facebook.net/en_US/fbevents.js"></script><script src="https://static.hotjar.com/c/hotjar-123.js?sv=6"></script>',
      ['Amplitude', 'Facebook Pixel', 'Hotjar', 'LinkedIn Insight Tag', 'Mixpanel'],
    ],
    [
      'more chat and support',
      '<script src="https://js.driftt.com/include/1700000000000/abc.js"></script><script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=k"></script><script src="https://wchat.freshchat.com/js/widget.js"></script><script src="https://cdn.livechatinc.com/tracking.js"></script>',
      ['Drift', 'Freshchat', 'LiveChat', 'Zendesk'],
    ],
    [
      'CMS and site builders from generators and markers',
      '<meta name="generator" content="Drupal 10 (https://www.drupal.org)"><meta name="generator" content="Joomla! - Open Source Content Management"><meta name="generator" content="Ghost 5.75"><meta name="generator" content="Wix.com Website Builder"><script src="https://static1.squarespace.com/static/vta/x/scripts/site-bundle.js"></script>',
      ['Drupal', 'Ghost', 'Joomla', 'PHP', 'Squarespace', 'Wix'],
    ],
    [
      'Elementor implies WordPress, which implies PHP',
      '<meta name="generator" content="Elementor 3.18.3; features: e_dom_optimization">',
      ['Elementor', 'PHP', 'WordPress'],
      '<div data-elementor-type="wp-page" data-elementor-id="12"></div>',
    ],
    [
      'e-commerce platforms',
      '<meta name="shopify-checkout-api-token" content="abc"><script src="https://cdn11.bigcommerce.com/s-abc/stencil/x/dist/theme-bundle.main.js"></script><script>var prestashop = {"cart":{}};</script>',
      ['BigCommerce', 'Magento', 'PrestaShop', 'Shopify'],
      '<script type="text/x-magento-init">{"*":{}}</script>',
    ],
    [
      'more payments',
      '<script src="https://js.braintreegateway.com/web/dropin/1.40.2/js/dropin.min.js"></script><script src="https://checkoutshopper-live.adyen.com/checkoutshopper/sdk/5.53.2/adyen.js"></script>',
      ['Adyen', 'Braintree', 'PayPal'],
      '<form action="https://www.paypal.com/cgi-bin/webscr" method="post"></form>',
    ],
    [
      'frameworks and libraries',
      '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script><link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css"><script src="https://cdn.tailwindcss.com"></script>',
      ['Angular', 'Bootstrap', 'Gatsby', 'jQuery', 'jsDelivr', 'React', 'Svelte', 'Tailwind CSS'],
      '<app-root ng-version="17.0.1"></app-root><div id="___gatsby"></div><h1 class="title svelte-1x2y3z">Hi</h1>',
    ],
    [
      'applicant tracking embeds',
      '<script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script><script src="https://static.smartrecruiters.com/job-widget/1.6.2/script/smart_widget.js"></script>',
      [
        'Ashby',
        'BambooHR',
        'Greenhouse',
        'Lever',
        'Personio',
        'Recruitee',
        'SmartRecruiters',
        'Workable',
      ],
      '<iframe src="https://jobs.lever.co/acme?embed=true"></iframe><iframe src="https://apply.workable.com/acme/"></iframe><iframe src="https://jobs.ashbyhq.com/acme/embed"></iframe><iframe src="https://acme.recruitee.com/"></iframe><iframe src="https://acme.jobs.personio.de/"></iframe><iframe src="https://acme.bamboohr.com/jobs/embed2.php"></iframe>',
    ],
    [
      'hosting and CDN visible in the page',
      '<script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script><script src="https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script src="https://unpkg.com/htmx.org@1.9.10"></script><link rel="stylesheet" href="https://d111111abcdef8.cloudfront.net/site.css"><script src="https://acme.global.ssl.fastly.net/app.js"></script><script defer src="/_vercel/insights/script.js"></script>',
      [
        'Amazon CloudFront',
        'cdnjs',
        'Cloudflare',
        'Fastly',
        'htmx',
        'jQuery',
        'Netlify',
        'unpkg',
        'Vercel',
      ],
      '<form name="contact" method="POST" data-netlify="true"></form>',
    ],
    [
      'consent management',
      '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="x"></script><script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="x"></script>',
      ['Cookiebot', 'OneTrust'],
    ],
    [
      'Vietnam: Zalo, Subiz, MoMo, Haravan, Sapo, TopCV',
      '<script src="https://sp.zalo.me/plugins/sdk.js"></script><script src="https://widget.subiz.net/sbz/app.js?account_id=x"></script><script src="//theme.hstatic.net/1000/1001/14/assets/scripts.js"></script><script src="//bizweb.dktcdn.net/100/1/themes/2/assets/main.js"></script>',
      ['Haravan', 'MoMo', 'OnePay', 'Sapo', 'Subiz', 'TopCV', 'Zalo', 'ZaloPay'],
      '<div class="zalo-chat-widget" data-oaid="1"></div><form action="https://test-payment.momo.vn/v2/gateway/api/create"></form><form action="https://sb-openapi.zalopay.vn/v2/create"></form><form action="https://mtf.onepay.vn/paygate/vpcpay.op"></form><iframe src="https://www.topcv.vn/brand/acme/widget"></iframe>',
    ],
    [
      'China: statistics, chat, clouds, job boards',
      '<script src="https://s9.cnzz.com/z_stat.php?id=1&web_id=1"></script><script src="https://sdk.51.la/js-sdk-pro.min.js"></script><script src="https://static.meiqia.com/widget/loader.js"></script><script src="https://assets-cli.udesk.cn/im_client/js/udeskApi.js"></script><script src="https://acme.oss-cn-shanghai.aliyuncs.com/js/app.js"></script><link rel="stylesheet" href="https://acme-1250000000.cos.ap-shanghai.myqcloud.com/site.css">',
      [
        '51.la',
        'Alibaba Cloud',
        'Alipay',
        'BOSS Zhipin',
        'Meiqia',
        'Tencent Cloud',
        'Udesk',
        'Umeng (CNZZ)',
      ],
      '<form action="https://openapi.alipay.com/gateway.do?charset=utf-8"></form><iframe src="https://www.zhipin.com/gongsi/abc.html"></iframe>',
    ],
    [
      'Iran: chat, payments, push, advertising, job boards',
      '<script src="https://widget-react.raychat.io/install/widget.js"></script><script src="https://www.zarinpal.com/webservice/TrustCode" type="text/javascript"></script><script src="https://van.najva.com/static/js/scripts/acme.js"></script><script src="https://s1.mediaad.org/serve/acme/retargeting.js"></script>',
      ['IDPay', 'Jobinja', 'Mediaad', 'Najva', 'Raychat', 'Zarinpal'],
      '<script src="https://idpay.ir/static/v1/badge.js"></script><iframe src="https://jobinja.ir/companies/acme/jobs/widget"></iframe>',
    ],
    [
      'rest of Asia',
      '<script src="//wcs.naver.net/wcslog.js"></script><script src="//t1.daumcdn.net/kas/static/kp.js"></script><script>(function(){var w=window;w.ChannelIO("boot",{"pluginKey":"k"});})();</script><script src="https://d.line-scdn.net/n/line_tag/public/release/v1/lt.js"></script><script src="https://checkout.razorpay.com/v1/checkout.js"></script><script src="https://securegw.paytm.in/merchantpgpui/checkoutjs/merchants/X.js"></script><script src="https://mc.yandex.ru/metrika/tag.js"></script>',
      [
        'Channel Talk',
        'Kakao Pixel',
        'LINE Tag',
        'Naver Analytics',
        'Paytm',
        'Razorpay',
        'Yandex Metrica',
      ],
    ],
    [
      'job boards in an iframe',
      '',
      ['ITviec', 'JobStreet', 'Naukri', 'VietnamWorks'],
      '<iframe src="https://itviec.com/companies/acme/widget"></iframe><iframe src="https://www.vietnamworks.com/company/acme"></iframe><iframe src="https://www.jobstreet.com.my/companies/acme"></iframe><iframe src="https://www.naukri.com/acme-jobs-careers-1"></iframe>',
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
      evidence: 'script from js.hs-scripts.com',
      sign: { kind: 'script', host: 'js.hs-scripts.com' },
    });
    const [next, react] = detectTechnologies(
      doc('', '<script id="__NEXT_DATA__" type="application/json">{}</script>'),
      compiled,
    );
    expect(next?.name).toBe('Next.js');
    expect(react).toMatchObject({ name: 'React', evidence: 'implied by Next.js' });
    expect(react?.confidence).toBeLessThan(next?.confidence ?? 0);
  });

  it('finishes on a hostile page: thousands of scripts, a huge inline script', {
    timeout: 30_000,
  }, () => {
    const scripts = Array.from(
      { length: 10_000 },
      (_, i) => `<script src="/s${i}.js"></script>`,
    ).join('');
    const huge = `<script>${'var a = "hubspot";'.repeat(200_000)}</script>`;
    expect(names(scripts + huge)).toEqual([]);
  });
});

describe('detectTechnologies: only code counts', () => {
  it('ignores text, links to vendors, logos, JSON-LD and other data blocks, and quoted code', () => {
    const body = [
      '<article><p>We integrate with HubSpot, Marketo, Intercom and Shopify; our site runs on WordPress.</p>',
      '<a href="https://www.hubspot.com/blog">Read the HubSpot blog</a>',
      '<a href="https://cdn.shopify.com/s/files/guide.pdf">Shopify guide</a>',
      '<a href="https://jobs.lever.co/othercompany">their jobs</a>',
      '<img src="https://www.zarinpal.com/img/logo.png" alt="Zarinpal">',
      '<pre><code>&lt;script src="https://js.hs-scripts.com/123.js"&gt;&lt;/script&gt; window.__NUXT__={}</code></pre>',
      '<p>gtag("config", "G-ABC"); fbq("init", "1"); _linkedin_partner_id = "1";</p></article>',
      '<script type="application/json" id="state">{"html":"<script src=\\"https://js.stripe.com/v3\\"></script>","x":"window.__NUXT__={}"}</script>',
      '<script type="text/template"><div class="hbspt-form">_hsq = []</div></script>',
    ].join('');
    const head =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","knowsAbout":["Shopify","HubSpot"],"description":"Shopify.shop = x; cdn.shopify.com"}</script>';
    expect(names(head, body)).toEqual([]);
  });

  it('reads the marker on the root element (Webflow) and several signs from one URL', () => {
    const page = parseHTML(
      '<!doctype html><html data-wf-site="65f0" data-wf-page="65f1"><head>' +
        '<script src="/wp-content/plugins/woocommerce/assets/js/frontend/woocommerce.min.js"></script>' +
        '</head><body></body></html>',
    ).document as unknown as Document;
    const found = detectTechnologies(page, compiled);
    expect(found.map((d) => d.name)).toEqual(['PHP', 'Webflow', 'WooCommerce', 'WordPress']);
    expect(found.find((d) => d.name === 'Webflow')).toMatchObject({
      confidence: 0.7,
      evidence: 'page element <html data-wf-site="65f0">',
      details: ['page element <html data-wf-page="65f1">'],
    });
    // The URL itself shows WordPress: a surer sign than the implication.
    expect(found.find((d) => d.name === 'WordPress')).toMatchObject({
      confidence: 0.95,
      evidence: "the site's script /wp-content/",
      sign: { kind: 'script', name: '/wp-content/' },
    });
  });
});

describe('detectTechnologies: evidence and confidence', () => {
  const one = (head: string, body: string, name: string) =>
    detectTechnologies(doc(head, body), compiled).find((d) => d.name === name);

  it('quotes a generator with full confidence', () => {
    expect(one('<meta name="generator" content="WordPress 6.4.2">', '', 'WordPress')).toEqual({
      name: 'WordPress',
      category: 'CMS',
      confidence: 1,
      evidence: 'generator tag "WordPress 6.4.2"',
      sign: { kind: 'generator', name: 'WordPress 6.4.2' },
    });
  });

  it('quotes a DOM marker with its attribute, and an inline script around the match', () => {
    expect(one('', '<app-root ng-version="17.0.1"></app-root>', 'Angular')).toMatchObject({
      confidence: 0.7,
      evidence: 'page element <app-root ng-version="17.0.1">',
    });
    const nuxt = one('<script>window.__NUXT__={state:{}};</script>', '', 'Nuxt.js');
    expect(nuxt).toMatchObject({ confidence: 0.85 });
    expect(nuxt?.evidence).toBe('code on the page: "window.__NUXT__="');
    expect(one('', '<div id="intercom-container"></div>', 'Intercom')?.evidence).toBe(
      'page element <div id="intercom-container">',
    );
  });

  it('keeps the query when the sign is in it, and caps evidence at 200 characters', () => {
    expect(
      one(
        '<script src="https://www.googletagmanager.com/gtag/js?id=G-XYZ123"></script>',
        '',
        'Google Analytics',
      )?.evidence,
    ).toBe('script from www.googletagmanager.com/gtag/js?id=G-XYZ123');
    const long = `https://cdn.acme-shop.com/${'a/'.repeat(1_000)}wp-content/x.js`;
    const wordpress = one(`<script src="${long}"></script>`, '', 'WordPress');
    expect(wordpress?.evidence.length).toBeLessThanOrEqual(200);
    expect(wordpress?.evidence).toMatch(/^script from cdn\.acme-shop\.com\/a\/a\/.*…$/);
  });

  it('trusts a preconnect less than a stylesheet, and an iframe a little less than a script', () => {
    expect(
      one('<link rel="preconnect" href="https://js.hs-scripts.com">', '', 'HubSpot'),
    ).toMatchObject({
      confidence: 0.6,
      evidence: 'connection hint to js.hs-scripts.com',
      sign: { kind: 'preconnect', host: 'js.hs-scripts.com' },
    });
    expect(
      one('', '<iframe src="https://meetings.hubspot.com/jane?embed=true"></iframe>', 'HubSpot'),
    ).toMatchObject({ confidence: 0.9, evidence: 'embedded frame from meetings.hubspot.com' });
  });

  it('implies with less confidence, never over a surer direct sign', () => {
    const found = detectTechnologies(
      doc('<script src="/_next/static/chunks/main-abc.js"></script>'),
      compiled,
    );
    expect(found).toEqual([
      {
        name: 'Next.js',
        category: 'JavaScript framework',
        confidence: 0.95,
        evidence: "the site's script /_next/static/",
        sign: { kind: 'script', name: '/_next/static/' },
      },
      {
        name: 'React',
        category: 'JavaScript framework',
        confidence: 0.86,
        evidence: 'implied by Next.js',
        sign: { kind: 'implied', name: 'Next.js' },
      },
    ]);
    const direct = one(
      '<script src="/_next/static/chunks/main.js"></script><script src="https://unpkg.com/react@18/umd/react.production.min.js"></script>',
      '',
      'React',
    );
    expect(direct).toMatchObject({
      confidence: 0.95,
      evidence: expect.stringMatching(/^script from unpkg/),
    });
    expect(names('', '<div id="__nuxt"></div>')).toEqual(['Nuxt.js', 'Vue.js']);
  });

  it('compiles once and gives the same answer each time', () => {
    const head =
      '<script src="https://js.hs-scripts.com/1.js"></script><script>_hsq.push(["x"]); window.__NUXT__={}</script>';
    const first = detectTechnologies(doc(head), compiled);
    expect(detectTechnologies(doc(head), compiled)).toEqual(first);
    expect(first.map((d) => d.name)).toEqual(['HubSpot', 'Nuxt.js', 'Vue.js']);
  });

  it('survives a selector this DOM cannot parse and a pattern with a backreference', () => {
    const custom = compileFingerprints({
      technologies: [
        { name: 'Broken', category: 'Test', dom: ['div:nonsense-pseudo(('] },
        { name: 'Echo', category: 'Test', inlineScript: ['(["\'])echo\\1'] },
        { name: 'Marker', category: 'Test', dom: ['#marker'] },
      ],
    });
    const found = detectTechnologies(
      doc('<script>say("echo")</script>', '<i id="marker"></i>'),
      custom,
    );
    expect(found.map((d) => d.name)).toEqual(['Echo', 'Marker']);
  });
});

describe('detectTechnologies: evidence in words a seller reads', () => {
  const one = (head: string, name: string) =>
    detectTechnologies(doc(head), compiled).find((d) => d.name === name);

  it('never shows a build hash, and keeps other signs as details', () => {
    const found = detectTechnologies(
      doc(
        '<script src="/_next/static/chunks/pages/_app-4f3a9c1be2d7a8b1.js"></script>' +
          '<link rel="stylesheet" href="https://assets-global.website-files.com/65f0a1b2c3d4e5f6a7b8c9d0/css/studio.webflow.a1b2c3d4e5.min.css">' +
          '<script src="https://js.hs-scripts.com/4123.js"></script><link rel="preconnect" href="https://js.hs-scripts.com"><script>var _hsq = window._hsq = [];</script>',
      ),
      compiled,
    );
    const all = found.flatMap((d) => [d.evidence, ...(d.details ?? [])]).join('\n');
    expect(all).not.toMatch(/4f3a9c1be2d7a8b1|65f0a1b2c3d4e5f6a7b8c9d0|a1b2c3d4e5/);
    expect(found.find((d) => d.name === 'Webflow')).toMatchObject({
      evidence: 'stylesheet from assets-global.website-files.com',
      sign: { kind: 'stylesheet', host: 'assets-global.website-files.com' },
    });
    const hubspot = found.find((d) => d.name === 'HubSpot');
    expect(hubspot?.evidence).toBe('script from js.hs-scripts.com');
    expect(hubspot?.details).toEqual([
      'connection hint to js.hs-scripts.com',
      'code on the page: "_hsq ="',
    ]);
  });

  it('shows the whole path segment a match ends in, and never more than five details', () => {
    expect(
      one('<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>', 'jQuery'),
    ).toMatchObject({ evidence: 'script from code.jquery.com/jquery-3.7.1.min.js' });
    const many = Array.from(
      { length: 20 },
      (_, i) =>
        `<script src="https://js.hs-scripts.com/${i}.js"></script><link rel="preconnect" href="https://js${i}.hsforms.net">`,
    ).join('');
    expect(one(many, 'HubSpot')?.details?.length ?? 0).toBeLessThanOrEqual(5);
  });
});

describe('detectTechnologies: hostile pages', () => {
  it('finishes with 10,000 distinct matching scripts and thousands of elements', {
    timeout: 30_000,
  }, () => {
    const scripts = Array.from(
      { length: 10_000 },
      (_, i) => `<script src="/wp-content/themes/t/js/part-${i}.js"></script>`,
    ).join('');
    const divs = '<div class="card"><span>x</span></div>'.repeat(5_000);
    expect(names(scripts, divs)).toEqual(['PHP', 'WordPress']);
  });

  it('reads the start of a huge inline script and does not stall on repeated matches', {
    timeout: 30_000,
  }, () => {
    const huge = `<script>window.__NUXT__={};${'var _hsq = window._hsq || [];'.repeat(100_000)}</script>`;
    expect(names(huge)).toEqual(['HubSpot', 'Nuxt.js', 'Vue.js']);
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
