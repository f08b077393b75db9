import { describe, expect, it } from 'vitest';
import { isLinkedInUrl, unwrapLinkedInRedirect } from '@/lib/normalize/linkedin-redirect';

describe('LinkedIn redirect links', () => {
  it.each([
    [
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Eacme%2Eio&urlhash=Vq2e',
      'https://www.acme.io',
    ],
    ['https://www.linkedin.com/redir/redirect/?url=https%3A%2F%2Facme.io%2F', 'https://acme.io/'],
    ['/redir/redirect?url=https%3A%2F%2Facme.io&trk=about_website', 'https://acme.io'],
    [
      'https://www.linkedin.com/safety/go?url=https%3A%2F%2Fwww.kloofwater.co.za%2F&trk=flagship-messaging-web',
      'https://www.kloofwater.co.za/',
    ],
    [
      'https://de.linkedin.com/authwall?trk=x&url=https%3A%2F%2Fnordlicht.de',
      'https://nordlicht.de',
    ],
    [
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.linkedin.com%2Fsafety%2Fgo%3Furl%3Dhttps%253A%252F%252Fdeep.example',
      'https://deep.example',
    ],
  ])('%s → %s', (href, target) => {
    expect(unwrapLinkedInRedirect(href)).toBe(target);
  });

  it.each([
    'https://evil.test/redir/redirect?url=https%3A%2F%2Facme.io',
    'https://linkedin.com.evil.test/safety/go?url=https%3A%2F%2Facme.io',
    'https://www.linkedin.com/redir/redirect?url=javascript%3Aalert(1)',
    'https://www.linkedin.com/company/acme/',
    'https://acme.io/?url=https%3A%2F%2Fother.example',
    'not a url',
  ])('leaves %s as it is', (href) => {
    expect(unwrapLinkedInRedirect(href)).toBe(href);
  });

  it('tells LinkedIn addresses from company websites', () => {
    expect(isLinkedInUrl('https://www.linkedin.com/company/acme/')).toBe(true);
    expect(isLinkedInUrl('linkedin.com/company/acme')).toBe(true);
    expect(isLinkedInUrl('https://vn.linkedin.com/company/acme')).toBe(true);
    expect(isLinkedInUrl('https://lnkd.in/abc123')).toBe(true);
    expect(isLinkedInUrl('https://linkedin.com.evil.test/')).toBe(false);
    expect(isLinkedInUrl('https://www.notlinkedin.com/')).toBe(false);
    expect(isLinkedInUrl('acme.io')).toBe(false);
  });
});
