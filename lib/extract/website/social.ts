/**
 * The company's social profiles, from the links on its site. Links in testimonials, customer
 * logos, case studies and blog posts name *other* companies and are left out; among the rest,
 * the footer's link wins, then the header's, then one labelled with the network's name.
 */
import type { SocialProfile } from '../../facts';
import { LINKEDIN_HOST, linkedinCompanySlug as linkedinSlugOf } from '../../normalize/linkedin-url';
import { $$ } from '../dom';
import { CHROME, FOOTER } from './selectors';
import { aboutOthers, type Hint, type PageLink, shortUrl } from './shared';

interface Network {
  network: string;
  host: RegExp;
  /** The path of a profile (not a share button, a post or a login page). */
  path: RegExp;
  label: RegExp;
}

const NETWORKS: readonly Network[] = [
  {
    network: 'linkedin',
    host: LINKEDIN_HOST,
    path: /^\/(company|showcase)\/[^/?#]+\/?/i,
    label: /linked\s?in/i,
  },
  {
    network: 'x',
    host: /^(www\.|mobile\.)?(twitter|x)\.com$/,
    path: /^\/(?!(intent|share|home|hashtag|i|search|login|signup)(\/|$))@?\w{1,30}\/?$/i,
    label: /twitter|\bx\b/i,
  },
  {
    network: 'facebook',
    host: /^(www\.|m\.|web\.|[a-z]{2}-[a-z]{2}\.)?(facebook|fb)\.com$/,
    path: /^\/(?!(sharer|share|dialog|plugins|tr|login|groups|events|watch)(\.php)?(\/|$))[^/?#]{2,}/i,
    label: /facebook/i,
  },
  {
    network: 'instagram',
    host: /^(www\.)?instagram\.com$/,
    path: /^\/(?!(p|reel|explore|accounts)\/)[\w.]{1,30}\/?$/i,
    label: /instagram/i,
  },
  {
    network: 'youtube',
    host: /^(www\.|m\.)?youtube\.com$/,
    path: /^\/(@[\w.-]+|channel\/[\w-]+|c\/[^/?#]+|user\/[^/?#]+)\/?/i,
    label: /youtube/i,
  },
  {
    network: 'github',
    host: /^(www\.)?github\.com$/,
    path: /^\/(?!(features|login|join|about|pricing|enterprise|topics|sponsors)(\/|$))[\w-]{1,39}\/?$/i,
    label: /github/i,
  },
  {
    network: 'tiktok',
    host: /^(www\.)?tiktok\.com$/,
    path: /^\/@[\w.]{1,30}\/?$/i,
    label: /tiktok/i,
  },
  { network: 'zalo', host: /^(oa\.|chat\.)?zalo\.me$/, path: /^\/[^/?#]+/, label: /zalo/i },
  {
    network: 'weibo',
    host: /^(www\.|m\.)?weibo\.(com|cn)$/,
    path: /^\/[^/?#]+/,
    label: /weibo|微博/i,
  },
  {
    network: 'wechat',
    host: /^(weixin\.qq\.com|mp\.weixin\.qq\.com|u\.wechat\.com)$/,
    path: /^\/[^?#]*/,
    label: /wechat|weixin|微信/i,
  },
  {
    network: 'telegram',
    host: /^(t\.me|telegram\.me)$/,
    path: /^\/(?!(share|joinchat)(\/|$))[\w+]{3,}\/?$/i,
    label: /telegram|تلگرام/i,
  },
  {
    network: 'aparat',
    host: /^(www\.)?aparat\.com$/,
    path: /^\/(?!v\/)[\w-]{2,}\/?$/i,
    label: /aparat|آپارات/i,
  },
];

/** The company slug of a LinkedIn company or showcase page URL, or undefined. */
export function linkedinCompanySlug(url: URL): string | undefined {
  return linkedinSlugOf(url);
}

/** Which network a URL is a profile on. */
export function networkOf(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  return NETWORKS.find((n) => n.host.test(host) && n.path.test(url.pathname))?.network;
}

/** How surely a link is the site's own profile: footer 3, header/nav 2, labelled +1. */
function rank(link: PageLink, network: Network): number {
  const place = link.el.closest(FOOTER) ? 3 : link.el.closest(CHROME) ? 2 : 0;
  const svgLabel = $$(link.el, 'title, [aria-label]')
    .map((e) => e.getAttribute('aria-label') ?? e.textContent ?? '')
    .join(' ');
  return place + (network.label.test(`${link.label} ${link.text} ${svgLabel}`) ? 1 : 0);
}

export interface SocialResult {
  profiles: SocialProfile[];
  /** The site's own LinkedIn company slug, with the link that gave it. */
  linkedin?: { slug: string; href: string };
  hint?: Hint;
}

/** One profile per network (the best-placed link), in the order of `NETWORKS`. */
export function readSocial(links: readonly PageLink[]): SocialResult {
  const best = new Map<string, { link: PageLink; rank: number }>();
  for (const link of links) {
    const host = link.url.hostname.toLowerCase();
    const network = NETWORKS.find((n) => n.host.test(host) && n.path.test(link.url.pathname));
    // A profile URL is short; a very long one is not a profile a user would follow.
    if (!network || link.url.href.length > 300 || aboutOthers(link.el)) continue;
    const r = rank(link, network);
    const seen = best.get(network.network);
    if (!seen || r > seen.rank) best.set(network.network, { link, rank: r });
  }
  const chosen = NETWORKS.flatMap((n) => {
    const hit = best.get(n.network);
    return hit ? [{ network: n.network, link: hit.link }] : [];
  });
  const profiles = chosen.map(({ network, link }) => ({
    network,
    url: `${link.url.origin}${link.url.pathname}`,
  }));
  const li = chosen.find((c) => c.network === 'linkedin');
  const slug = li && linkedinCompanySlug(li.link.url);
  return {
    profiles,
    ...(slug && li && { linkedin: { slug, href: shortUrl(li.link.url) } }),
    ...(chosen.length > 0 && {
      hint: {
        source: 'site-links' as const,
        evidence: chosen.map((c) => shortUrl(c.link.url)).join(', '),
      },
    }),
  };
}
