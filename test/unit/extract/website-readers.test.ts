import { describe, expect, it } from 'vitest';
import { urlSign, withoutHashes } from '@/lib/extract/technologies/evidence';
import { cleanDescription } from '@/lib/extract/website/description';
import { cloudflareEmail, obfuscatedEmails } from '@/lib/extract/website/email';
import { nameFromTitle } from '@/lib/extract/website/name';
import { employeesOf, foundingYearOf, isLegalName } from '@/lib/extract/website/organization';

describe('employeesOf', () => {
  it.each([
    [42, { min: 42, max: 42, text: '42' }],
    ['51-200', { min: 51, max: 200, text: '51-200' }],
    ['25+', { min: 25, text: '25+' }],
    ['about 300', { min: 300, max: 300, text: 'about 300' }],
    ['10,001+', { min: 10001, text: '10,001+' }],
    ['1.200 Mitarbeiter', { min: 1200, max: 1200, text: '1.200 Mitarbeiter' }],
    ['约300人', { min: 300, max: 300, text: '约300人' }],
    ['over 5000', { min: 5000, text: 'over 5000' }],
    [
      { '@type': 'QuantitativeValue', minValue: 11, maxValue: 50 },
      { min: 11, max: 50, text: '11-50' },
    ],
    [
      { '@type': 'QuantitativeValue', value: '38' },
      { min: 38, max: 38, text: '38' },
    ],
  ])('%j', (input, expected) => expect(employeesOf(input)).toEqual(expected));

  it('reads nothing from words, zero, reversed bands or sentences', () => {
    for (const bad of ['many', '0', '200-51', 'we are a team of friends', '', null, {}, [], -5])
      expect(employeesOf(bad), JSON.stringify(bad)).toBeUndefined();
  });
});

describe('foundingYearOf', () => {
  it.each([
    ['2012', 2012],
    ['2012-03-15', 2012],
    ['2012-03-15T00:00:00Z', 2012],
    ['15/03/2012', 2012],
    ['March 2012', 2012],
    ['2011年6月', 2011],
    [1998, 1998],
  ])('%j', (input, year) => expect(foundingYearOf(input)).toBe(year));

  it('reads no year from the future, ids or nothing', () => {
    for (const bad of ['3024', '12345', 'soon', undefined])
      expect(foundingYearOf(bad)).toBeUndefined();
  });
});

describe('names', () => {
  it('tells legal names from brands', () => {
    for (const legal of [
      'Acme Inc.',
      'Nordwind Studio GmbH',
      'Foo Co., Ltd.',
      'PT Kasir Digital Tbk',
      'Công ty TNHH Gia Dụng',
      '杭州云帆软件技术有限公司',
      'Fjellrygg Equipment AS',
    ])
      expect(isLegalName(legal), legal).toBe(true);
    for (const brand of [
      'SaoMai Tech',
      'Software as a Service Co',
      'Limited Edition Studio',
      'The Tea Shop',
      'Ink Corporate Design',
    ])
      expect(isLegalName(brand), brand).toBe(false);
  });

  it.each([
    ['About us | Brightwater', 'Brightwater'],
    ['Über uns – Kranich Logistik', 'Kranich Logistik'],
    ['Giới thiệu - SaoMai Tech', 'SaoMai Tech'],
    ['关于我们 - 云帆软件', '云帆软件'],
    ['درباره ما | نوین پیام', 'نوین پیام'],
    ['BrightPath Analytics — Revenue analytics', 'BrightPath Analytics'],
    ['Home', undefined],
  ])('title %j gives %j', (title, name) => expect(nameFromTitle(title)).toBe(name));
});

describe('cleanDescription', () => {
  it.each([
    [
      'Call now: 01423 555 019 | Friendly family dentistry in Harrogate.',
      'Friendly family dentistry in Harrogate.',
    ],
    [
      'Hotline: 0904 555 868 | Phần mềm quản lý bán hàng. | Website chính thức SaoMai',
      'Phần mềm quản lý bán hàng.',
    ],
    [
      'Acme® Official Site | Frozen vegetables from family farms.',
      'Frozen vegetables from family farms.',
    ],
    ['Plumbing in Leeds ☎ 0113 496 0000, open 24/7.', 'Plumbing in Leeds, open 24/7.'],
    ['Trusted by 1 000 000 users since 2009.', 'Trusted by 1 000 000 users since 2009.'],
  ])('%j', (input, expected) => expect(cleanDescription(input)).toBe(expected));

  it('gives nothing when only the dressing was there', () => {
    expect(cleanDescription('Call now: 0909 123 456')).toBeUndefined();
  });
});

describe('obfuscated e-mails', () => {
  it.each([
    ['sales [at] acme [dot] com', 'sales@acme.com'],
    ['info(at)nordwind-studio.de', 'info@nordwind-studio.de'],
    ['hello AT brightpath DOT io', 'hello@brightpath.io'],
    ['hotro [a còng] giadung [chấm] vn', 'hotro@giadung.vn'],
    ['kontakt＠acme.de', 'kontakt@acme.de'],
    ['a (at) b (dot) co (dot) uk', 'a@b.co.uk'],
    ['邮箱：sales#hongda.com.cn（请将#换成@）', 'sales@hongda.com.cn'],
  ])('%j', (line, email) => expect(obfuscatedEmails(line).map((e) => e.value)).toEqual([email]));

  it('leaves sentences and plain addresses alone', () => {
    for (const line of [
      'Visit us at acme.com today',
      'sales@acme.com. We reply',
      'Meet us at the fair',
    ])
      expect(obfuscatedEmails(line), line).toEqual([]);
  });

  it("decodes Cloudflare's protection and nothing else", () => {
    expect(cloudflareEmail('422b2c242d0223212f276c212d2f')).toBe('info@acme.com');
    expect(cloudflareEmail('zz')).toBeUndefined();
    expect(cloudflareEmail('4242424242424242')).toBeUndefined();
  });
});

describe('technology evidence', () => {
  it('cuts build hashes and ids, keeps names', () => {
    expect(withoutHashes('/_next/static/chunks/pages/_app-4f3a9c1be2d7a8b1.js')).toBe(
      '/_next/static/chunks/pages/_app-….js',
    );
    expect(withoutHashes('d111111abcdef8.cloudfront.net')).toBe('….cloudfront.net');
    expect(withoutHashes('/wp-content/plugins/woocommerce/')).toBe(
      '/wp-content/plugins/woocommerce/',
    );
  });

  it('shows the host, and the path only as far as the sign', () => {
    expect(
      urlSign('script', 'https://js.hs-scripts.com/4123.js', 'https://js.hs-scripts.com/'.length),
    ).toEqual({
      kind: 'script',
      host: 'js.hs-scripts.com',
    });
    expect(urlSign('script', '/wp-content/plugins/x/a.js', '/wp-content/'.length)).toEqual({
      kind: 'script',
      name: '/wp-content/',
    });
    expect(
      urlSign(
        'script',
        '//code.jquery.com/jquery-3.7.1.min.js',
        '//code.jquery.com/jquery-3'.length,
      ),
    ).toEqual({
      kind: 'script',
      host: 'code.jquery.com',
      name: '/jquery-3.7.1.min.js',
    });
  });
});

describe('pattern buckets', () => {
  it('file a pattern under the character every match starts with, or none', async () => {
    const { firstCharacter } = await import('@/lib/extract/technologies/compile');
    expect(firstCharacter('js(?:-eu1)?\\.hs-scripts\\.com/')).toBe('j');
    expect(firstCharacter('\\.hubspotusercontent')).toBe('.');
    expect(firstCharacter('\\bvnpay\\.vn/')).toBe('v');
    expect(firstCharacter('/wp-content/')).toBe('/');
    expect(firstCharacter('S\\d*\\.cnzz')).toBe('s');
    for (const loose of ['(?:a|b)x', 'a?b', 'foo|bar', '[ab]c', 'a*b', 'x{0,2}y'])
      expect(firstCharacter(loose), loose).toBeUndefined();
  });
});
