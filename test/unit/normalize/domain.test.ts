import { describe, expect, it } from 'vitest';
import {
  isCompanyHost,
  normalizeWebsite,
  registrableDomain,
  storableUrl,
} from '@/lib/normalize/domain';

describe('registrableDomain: one company per site, also on shared hosting', () => {
  it.each([
    // The public suffix list's private section: each customer's site is its own company.
    [
      'https://northwind-outfitters.myshopify.com/collections/all',
      'northwind-outfitters.myshopify.com',
    ],
    ['https://shop.northwind-outfitters.myshopify.com/', 'northwind-outfitters.myshopify.com'],
    ['https://globex-labs.github.io/docs/', 'globex-labs.github.io'],
    ['https://initech-app.vercel.app/', 'initech-app.vercel.app'],
    ['https://umbrella-tools.pages.dev/pricing', 'umbrella-tools.pages.dev'],
    ['https://hooli-studio.wixsite.com/home', 'hooli-studio.wixsite.com'],
    ['https://vandelay-imports.blogspot.com/2026/01/news.html', 'vandelay-imports.blogspot.com'],
    ['https://acme-site.s3.amazonaws.com/index.html', 'acme-site.s3.amazonaws.com'],
    // Hosts that put each site in its path.
    [
      'https://sites.google.com/view/stark-consulting/home',
      'sites.google.com/view/stark-consulting',
    ],
    ['https://sites.google.com/site/wayne-partners/', 'sites.google.com/site/wayne-partners'],
    ['https://s3.amazonaws.com/acme-site/index.html', 's3.amazonaws.com/acme-site'],
    ['https://s3.eu-west-1.amazonaws.com/Globex-Web/', 's3.eu-west-1.amazonaws.com/globex-web'],
    ['https://storage.googleapis.com/initech-www/index.html', 'storage.googleapis.com/initech-www'],
    // Ordinary domains are unchanged.
    ['https://www.acme.co.uk/about', 'acme.co.uk'],
    ['https://shop.acme.com/', 'acme.com'],
  ])('%s → %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });

  it('two shops on one shared host are two companies', () => {
    expect(registrableDomain('https://a-shop.myshopify.com/')).not.toBe(
      registrableDomain('https://b-shop.myshopify.com/'),
    );
    expect(registrableDomain('https://sites.google.com/view/a')).not.toBe(
      registrableDomain('https://sites.google.com/view/b'),
    );
  });

  it.each([
    'https://sites.google.com/',
    'https://s3.amazonaws.com/',
    'https://myshopify.com.',
    'http://10.0.0.12/wiki',
    'http://intranet/',
    'http://localhost:3000/',
    'http://nas.local/',
    // Trailing dots, as tldts reads the host: still an intranet name.
    'http://nas.local./',
    'http://wiki.corp../',
    'HTTP://FILES.INTERNAL/share',
  ])('%s is no company domain', (url) => {
    expect(registrableDomain(url)).toBeUndefined();
  });
});

describe('isCompanyHost: pages that may become a company', () => {
  it.each([
    'https://www.acme.com/',
    'https://acme.myshopify.com/',
    'https://sites.google.com/view/acme',
  ])('%s may', (url) => {
    expect(isCompanyHost(url)).toBe(true);
  });

  it.each([
    'http://10.1.2.3/hr/payroll',
    'http://192.168.0.10/',
    'http://172.20.4.1:8080/admin',
    'http://100.64.0.1/',
    'http://127.0.0.1:8000/',
    'http://169.254.169.254/latest/meta-data/',
    'http://8.8.8.8/',
    'http://[::1]/',
    'http://[fd00::1]/wiki',
    'http://localhost/',
    'http://app.localhost/',
    'http://intranet/',
    'http://wiki.corp/',
    'http://printer.local/',
    'http://jira.internal/',
    'http://router.home.arpa/',
    'file:///home/me/report.html',
    'not a url',
  ])('%s never does', (url) => {
    expect(isCompanyHost(url)).toBe(false);
  });
});

describe('storableUrl', () => {
  it.each([
    ['https://acme.com/reset?token=abc123#step2', 'https://acme.com/reset'],
    [
      'https://www.linkedin.com/company/acme/?trk=public_profile',
      'https://www.linkedin.com/company/acme/',
    ],
    ['https://user:pass@acme.com/?sid=1', 'https://acme.com/'],
    ['https://acme.com/#/app/session/9f8e', 'https://acme.com/'],
    ['https://acme.com/about', 'https://acme.com/about'],
  ])('%s → %s', (url, stored) => {
    expect(storableUrl(url)).toBe(stored);
  });
});

describe('normalizeWebsite: the plain cell read without the URL parser gives what the parser gives', () => {
  /** The URL parser's answer, as `normalizeWebsite` gave it before the plain-cell shortcut. */
  const parsed = (cell: string) => {
    const withScheme = /^[a-z][a-z\d+-]*:(?!\d)/i.test(cell) ? cell : `https://${cell}`;
    const url = new URL(withScheme);
    return url.username || url.password || !url.hostname.includes('.') ? undefined : url.href;
  };
  const hosts = [
    'acme.com',
    'www.Northwind-Traders.CO.UK',
    'globex-labs.github.io',
    'initech.io',
    'a.b',
    '123.example.com',
    '-acme.com',
    'acme-.com',
    'ab--cd.com',
    'shop.acme.museum',
    'WWW.ACME.COM',
    'x1.y2.z3',
  ];
  const prefixes = ['', 'http://', 'https://', 'HTTP://', 'Https://'];
  const paths = ['', '/', '/about', '/About-Us/', '/en/home', '/a_b~c', '/x/y/z/'];
  const cells = hosts.flatMap((h) => prefixes.flatMap((p) => paths.map((path) => p + h + path)));

  it.each(cells)('%s', (cell) => {
    expect(normalizeWebsite(cell)).toBe(parsed(cell));
  });

  it.each([
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
    ['https://acme.com/./a/../b', 'https://acme.com/b'],
    ['https://acme.com/a b', undefined],
    ['https://1.2.3.4/', 'https://1.2.3.4/'],
    ['http://acme.com:8080/x', 'http://acme.com:8080/x'],
    ['acme.com/caf\u00e9', 'https://acme.com/caf%C3%A9'],
    ['https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Facme.com', 'https://acme.com/'],
  ])('the other shapes still go through the parser: %s', (cell, href) => {
    expect(normalizeWebsite(cell)).toBe(href);
  });

  it('a plain website on shared hosting keeps its own domain', () => {
    expect(registrableDomain('http://northwind-outfitters.myshopify.com')).toBe(
      'northwind-outfitters.myshopify.com',
    );
    expect(registrableDomain('sites.google.com/view/stark-consulting')).toBe(
      'sites.google.com/view/stark-consulting',
    );
  });
});
