import { anyOf, type SelectorVariant } from '../selectors';

const v = (css: string, seen: string): SelectorVariant => ({ css, seen });
const D23 = '2026-11-23';
const D30 = '2026-11-30';

/** A site's footer: the element, its ARIA role, and the class or id most themes give it. */
const footer = [
  v('footer', D23),
  v('[role="contentinfo"]', D23),
  v('[class*="footer" i]', D23),
  v('[id*="footer" i]', D23),
];

/**
 * Where company websites keep what the website extractor reads. Unlike one site's layout, these
 * are the conventions of many themes and page builders; each variant sits beside the day this
 * code first read it (see `SelectorVariant`), and the saved sites in `test/fixtures/sites/` show
 * them. Add a variant as its own line rather than widening one.
 */
export const WEBSITE_SELECTORS = {
  /** The page's frame (header, navigation, footer): links there are the site's own. */
  chrome: [
    v('header', D23),
    v('nav', D23),
    v('footer', D23),
    v('[role="banner"]', D23),
    v('[role="navigation"]', D23),
    v('[role="contentinfo"]', D23),
  ],
  footer,
  /** Sections about other companies: testimonials, logos, case studies, posts, reviews. */
  others: [
    v('blockquote', D23),
    v('q', D23),
    v('figure', D23),
    v('article', D23),
    v('[class*="testimonial" i]', D23),
    v('[id*="testimonial" i]', D23),
    v('[class*="customer" i]', D23),
    v('[id*="customer" i]', D23),
    v('[class*="case-stud" i]', D23),
    v('[class*="review" i]', D23),
    v('[class*="quote" i]', D23),
    v('[class*="blog" i]', D23),
    v('[class*="client-logo" i]', D23),
    v('[class*="logo-wall" i]', D23),
    v('[class*="logos" i]', D23),
  ],
  /** Where a site writes its address and phone: `<address>`, the footer, contact blocks, top bars. */
  contactScopes: [
    v('address', D23),
    ...footer,
    v('[class*="contact" i]', D23),
    v('[id*="contact" i]', D23),
    v('[class*="address" i]', D23),
    v('[class*="location" i]', D23),
    v('[class*="office" i]', D23),
    v('[class*="hotline" i]', D23),
    v('[class*="topbar" i]', D23),
    v('[class*="top-bar" i]', D23),
  ],
  /** One open position on a careers page, by the class names job boards and themes use. */
  jobCard: [
    v('[class*="job-card" i]', D23),
    v('[class*="job-item" i]', D23),
    v('[class*="job-listing" i]', D23),
    v('[class*="job-post" i]', D23),
    v('[class*="opening-item" i]', D23),
    v('[class*="position-card" i]', D23),
    v('[class*="vacancy" i]', D23),
    v('[data-job-id]', D23),
  ],
  /** A pricing plan's name: headings, or the name/title inside a plan, pricing or tier card. */
  planHeading: [
    v('h2', D30),
    v('h3', D30),
    v('h4', D30),
    v('[class*="plan" i] [class*="name" i]', D30),
    v('[class*="pricing" i] [class*="title" i]', D30),
    v('[class*="tier" i] [class*="name" i]', D30),
  ],
} as const satisfies Record<string, readonly SelectorVariant[]>;

/** Each part as one selector list, as the readers use them. */
export const CHROME = anyOf(WEBSITE_SELECTORS.chrome);
export const FOOTER = anyOf(WEBSITE_SELECTORS.footer);
export const OTHERS = anyOf(WEBSITE_SELECTORS.others);
export const CONTACT_SCOPES = anyOf(WEBSITE_SELECTORS.contactScopes);
export const JOB_CARD = anyOf(WEBSITE_SELECTORS.jobCard);
export const PLAN_HEADINGS = anyOf(WEBSITE_SELECTORS.planHeading);
