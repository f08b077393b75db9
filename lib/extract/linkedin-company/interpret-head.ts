/** The page's `<head>`: JSON-LD, meta tags, the title, the canonical slug. */
import type { CompanyFacts } from '../../facts';
import { parseLocalizedNumber } from '../../normalize/number';
import { clean } from '../dom';
import { type Json, nodes, organizationOf } from '../json-ld';
import { linkedInSlug } from '../linkedin-url';
import { hasDigit, put, websiteOf } from './interpret-facts';
import type { LinkedInPage } from './page';
import { isFollowers } from './words';

/** "Acme | LinkedIn", "(4) Acme: About | LinkedIn", "Acme：简介 | 领英" → "Acme". */
function nameFromTitle(title: string | undefined): string | undefined {
  return (
    clean(
      title
        ?.replace(/^\(\d+\)\s*/, '')
        .replace(/\s*[|｜].*$/, '')
        .replace(/\s*[:：][^:：]{1,30}$/, ''),
    ) || undefined
  );
}

/** The slug of the first LinkedIn company URL among the canonical link and og:url. */
export function headSlug(page: LinkedInPage): { slug: string; href: string } | undefined {
  for (const href of [page.canonical, page.meta['og:url']]) {
    try {
      const slug = href ? linkedInSlug(new URL(href)) : undefined;
      if (slug && href) return { slug, href };
    } catch {
      // not a URL: try the next one
    }
  }
  return undefined;
}

/** The first organization among the JSON-LD blocks' nodes (also inside `@graph`). */
function jsonLdOrganization(blocks: readonly string[]) {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // a broken block is skipped; other sources still answer
    }
    for (const node of nodes(data)) {
      const types = [(node as Json)['@type']].flat();
      if (types.some((t) => typeof t === 'string' && /Organization|Corporation/.test(t)))
        return organizationOf(node);
    }
  }
  return undefined;
}

export function readJsonLd(facts: CompanyFacts, page: LinkedInPage): void {
  const org = jsonLdOrganization(page.jsonLd);
  if (!org) return;
  put(facts, 'name', org.name, 'json-ld');
  put(facts, 'description', org.description, 'json-ld');
  put(facts, 'tagline', org.slogan, 'json-ld');
  put(facts, 'website', websiteOf(org.website), 'json-ld', org.website);
  // LinkedIn's JSON-LD gives one exact number: its members who work there, not the company's
  // size band (the About rows give that). A min/max QuantitativeValue is a real band.
  const e = org.employees;
  if (e && e.min === e.max) put(facts, 'linkedinMembers', e.min, 'json-ld', e.text);
  else
    put(
      facts,
      'employees',
      e && { min: e.min, ...(e.max !== undefined && { max: e.max }) },
      'json-ld',
      e?.text,
    );
  put(facts, 'founded', org.foundingYear, 'json-ld', String(org.foundingYear));
  put(facts, 'headquarters', org.address, 'json-ld', org.address?.raw);
}

/** og:title, `<title>`, the description meta ("Acme | 1,284 followers on LinkedIn. …"). */
export function readMeta(facts: CompanyFacts, page: LinkedInPage): void {
  const ogTitle = page.meta['og:title'];
  put(facts, 'name', nameFromTitle(ogTitle), 'meta', ogTitle);
  put(facts, 'name', nameFromTitle(page.title), 'meta', page.title);
  const description = page.meta['og:description'] ?? page.meta.description;
  const followers = description?.split(/\s[|｜]\s/).find((p) => isFollowers(p) && hasDigit(p));
  put(
    facts,
    'followers',
    followers ? parseLocalizedNumber(followers) : undefined,
    'meta',
    followers,
  );
  put(facts, 'description', description, 'meta');
}
