import { INDUSTRY_GROUPS } from './industry-groups';

/**
 * Industry values of CRMs and data tools that are coarser than LinkedIn's industries, mapped to
 * the LinkedIn group (top-level industry) they cover. Sources: Salesforce's default Account
 * "Industry" picklist (Agriculture … Utilities), ZoomInfo's and Apollo's top-level industries
 * ("Software", "Business Services", "Media & Internet"). Values that name one LinkedIn industry
 * ("Banking", "Insurance", "Retail") are not here: the industry table reads them directly.
 */
export const COARSE_INDUSTRIES: Readonly<Record<string, string>> = {
  // Salesforce picklist
  Technology: 'Technology, Information and Media',
  'Information Technology': 'Technology, Information and Media',
  'High Tech': 'Technology, Information and Media',
  Communications: 'Technology, Information and Media',
  Media: 'Technology, Information and Media',
  Finance: 'Financial Services',
  Healthcare: 'Hospitals and Health Care',
  'Health Care': 'Hospitals and Health Care',
  'Healthcare Services': 'Hospitals and Health Care',
  Manufacturing: 'Manufacturing',
  Electronics: 'Manufacturing',
  Transportation: 'Transportation, Logistics, Supply Chain and Storage',
  Shipping: 'Transportation, Logistics, Supply Chain and Storage',
  Consulting: 'Professional Services',
  Engineering: 'Professional Services',
  Government: 'Government and Non-profit',
  'Not For Profit': 'Government and Non-profit',
  Energy: 'Energy, Utilities and Resources',
  Utilities: 'Energy, Utilities and Resources',
  Environmental: 'Energy, Utilities and Resources',
  Hospitality: 'Consumer and Hospitality Services',
  Recreation: 'Consumer and Hospitality Services',
  Education: 'Education',
  // ZoomInfo / Apollo top levels
  Software: 'Technology, Information and Media',
  'Media & Internet': 'Technology, Information and Media',
  'Computers & Electronics': 'Technology, Information and Media',
  'Business Services': 'Professional Services',
  'Consumer Services': 'Consumer and Hospitality Services',
  'Energy, Utilities & Waste': 'Energy, Utilities and Resources',
  'Energy, Utilities & Waste Treatment': 'Energy, Utilities and Resources',
  'Real Estate & Construction': 'Construction and Real Estate',
  'Retail & Wholesale': 'Retail and Wholesale',
  Organizations: 'Government and Non-profit',
};

/**
 * True when the company's industry is a group (a coarse value such as Salesforce's
 * "Technology", read as "Technology, Information and Media") that contains the wanted, more
 * specific industry: the company may or may not be in it — unknown, not a miss.
 */
export function isBroaderIndustry(companyIndustry: string, wanted: string): boolean {
  // Own keys only: an industry cell reading "constructor" or "__proto__" is just a name.
  if (companyIndustry === wanted || !Object.hasOwn(INDUSTRY_GROUPS, companyIndustry)) return false;
  return INDUSTRY_GROUPS[companyIndustry]?.includes(wanted) ?? false;
}
