/**
 * Built-in ICP templates, written like the ICP playbooks our users follow: tiers, weighted
 * criteria with talking points, pains, goals, value propositions and personas. Extension pages
 * and Node only (it pulls in zod through the parser).
 */

import type { Icp } from '../../criteria/schema';
import { parseIcpFile } from '../parse';
import agencyServices from './agency-services.json';
import b2bSaasMidMarket from './b2b-saas-mid-market.json';
import earlyStageSuperSpecific from './early-stage-super-specific.json';
import ecommerceTools from './ecommerce-tools.json';
import securityVendor from './security-vendor.json';

export interface IcpTemplate {
  /** Stable id, the file's name: "security-vendor". */
  id: string;
  title: string;
  /** One line for the template picker. */
  summary: string;
  icp: Icp;
}

function load(id: string, file: unknown): Icp {
  const parsed = parseIcpFile(JSON.stringify(file));
  // A broken built-in template is a build bug; the unit tests catch it before it ships.
  if (!parsed.ok) throw new Error(`The built-in ICP template "${id}" is invalid: ${parsed.error}`);
  return parsed.icp;
}

const template = (id: string, title: string, summary: string, file: unknown): IcpTemplate => ({
  id,
  title,
  summary,
  icp: load(id, file),
});

export const ICP_TEMPLATES: readonly IcpTemplate[] = [
  template(
    'b2b-saas-mid-market',
    'Mid-market B2B SaaS',
    'Venture-backed software companies of 100–1,000 people with a sales team and a CRM, in North America and Europe.',
    b2bSaasMidMarket,
  ),
  template(
    'security-vendor',
    'Security vendors and resellers',
    'Best: US, 500+ employees, builds security software. Good: North America, 200+, resells security. Under 100: out.',
    securityVendor,
  ),
  template(
    'agency-services',
    'Digital and marketing agencies',
    'Independent advertising, marketing and creative agencies of 10–200 people running client retainers.',
    agencyServices,
  ),
  template(
    'ecommerce-tools',
    'Direct-to-consumer e-commerce brands',
    'Online brands on Shopify and similar platforms, 10–500 employees, selling repeat-purchase products.',
    ecommerceTools,
  ),
  template(
    'early-stage-super-specific',
    'Series A–B fintechs in Southeast Asia',
    'A narrow ICP: Southeast Asian fintechs, 20–150 employees, Series A–B, hiring engineers, using Stripe.',
    earlyStageSuperSpecific,
  ),
];

/** The template with this id, if any. */
export function icpTemplate(id: string): IcpTemplate | undefined {
  return ICP_TEMPLATES.find((t) => t.id === id);
}
