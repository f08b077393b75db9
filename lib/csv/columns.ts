/**
 * Which company fact a column of a CRM or data-tool export holds. Column names are compared
 * case-, space- and punctuation-insensitively ("# Employees" = "employees", "Country/Region" =
 * "country region"). Within one field, aliases are listed most specific first: an Apollo people
 * export has both "Company Country" (the company's) and "Country" (the person's).
 */
export type CsvField =
  | 'name'
  | 'website'
  | 'domain'
  | 'industry'
  | 'employees'
  | 'revenue'
  | 'country'
  | 'state'
  | 'city'
  | 'address'
  | 'technologies'
  | 'description'
  | 'tagline'
  | 'specialties'
  | 'founded'
  | 'linkedin'
  | 'companyType'
  | 'fundingTotal'
  | 'fundingLatest'
  | 'fundingAmount'
  | 'fundingStage'
  | 'fundingDate'
  | 'openRoles'
  | 'followers';

const ALIASES: Readonly<Record<CsvField, readonly string[]>> = {
  name: [
    'Company',
    'Company Name',
    'Account Name',
    'Organization Name',
    'Organisation Name',
    'Organization',
    'Business Name',
    'Company Name for Emails',
    'Name',
  ],
  website: ['Website', 'Company Website', 'Website URL', 'Company URL', 'Web Site', 'Homepage'],
  domain: ['Company Domain Name', 'Company Domain', 'Domain', 'Website Domain', 'Primary Domain'],
  industry: ['Industry', 'Company Industry', 'Primary Industry', 'LinkedIn Industry'],
  employees: [
    '# Employees',
    'Number of Employees',
    'Employees',
    'Company Size',
    'Employee Count',
    'Employee Range',
    'Employees Range',
    'Company Headcount',
    'Headcount',
    'Estimated Num Employees',
    'Size',
  ],
  revenue: [
    'Annual Revenue',
    'Revenue',
    'Company Revenue',
    'Revenue (in 000s USD)',
    'Revenue Range',
    'Revenue Range (in USD)',
    'Estimated Annual Revenue',
  ],
  country: [
    'Company Country',
    'HQ Country',
    'Headquarters Country',
    'Company Country/Region',
    'Country/Region',
    'Country',
    'Billing Country',
    'Shipping Country',
  ],
  state: [
    'Company State',
    'HQ State',
    'Company State/Region',
    'State/Region',
    'State',
    'State/Province',
    'Province',
    'Billing State/Province',
    'Billing State',
    'Shipping State/Province',
  ],
  city: ['Company City', 'HQ City', 'Headquarters City', 'City', 'Billing City', 'Shipping City'],
  address: [
    'Company Address',
    'Headquarters',
    'Headquarters Location',
    'HQ Location',
    'Company Location',
    'Location',
  ],
  technologies: ['Technologies', 'Technology', 'Tech Stack', 'Technologies Used'],
  description: [
    'Short Description',
    'Company Description',
    'Description',
    'About',
    'Overview',
    'SEO Description',
  ],
  tagline: ['Tagline', 'Slogan'],
  specialties: ['Specialties', 'Specialities', 'Keywords', 'Company Keywords'],
  founded: ['Founded Year', 'Year Founded', 'Founded', 'Founding Year', 'Year Established'],
  linkedin: [
    'Company Linkedin Url',
    'LinkedIn Company Page',
    'Company LinkedIn',
    'LinkedIn Company URL',
    'LinkedIn URL',
    'LinkedIn',
  ],
  companyType: ['Company Type', 'Ownership', 'Ownership Type', 'Type'],
  fundingTotal: [
    'Total Funding',
    'Total Funding Amount',
    'Total Funding Amount (in 000s USD)',
    'Total Raised',
  ],
  fundingLatest: ['Latest Funding'],
  fundingAmount: ['Latest Funding Amount', 'Last Funding Amount', 'Last Round Amount'],
  fundingStage: [
    'Last Funding Type',
    'Latest Funding Type',
    'Last Funding Round',
    'Latest Funding Round',
    'Funding Stage',
    'Funding Round',
  ],
  fundingDate: ['Last Raised At', 'Latest Funding Date', 'Last Funding Date', 'Last Funding At'],
  openRoles: ['Open Jobs', 'Number of Open Jobs', 'Job Openings', 'Open Positions', 'Open Roles'],
  followers: ['LinkedIn Followers', 'Followers'],
};

/** "Company Name" → "companyname": what column names are compared by. */
export function columnKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Prefixes that only say whose value it is: "Account Website" is a website. */
const OWNER_PREFIXES = ['company', 'account', 'organization', 'organisation', 'org', 'hq'];

const BY_KEY: ReadonlyMap<string, { field: CsvField; priority: number }> = new Map(
  (Object.entries(ALIASES) as [CsvField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias, priority) => [columnKey(alias), { field, priority }] as const),
  ),
);

/** The field a column holds, or undefined; a lower priority wins when several columns do. */
export function recognizeColumn(header: string): { field: CsvField; priority: number } | undefined {
  const key = columnKey(header);
  if (!key) return undefined;
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  for (const prefix of OWNER_PREFIXES) {
    if (!key.startsWith(prefix) || key.length === prefix.length) continue;
    const rest = BY_KEY.get(key.slice(prefix.length));
    if (rest) return { field: rest.field, priority: 100 + rest.priority };
  }
  return undefined;
}

/** Some exports state money in thousands: "Revenue (in 000s USD)". */
export function columnMultiplier(header: string): number {
  return /000s|thousands/i.test(header) ? 1000 : 1;
}

/** What the reader shows users: the fact a column fed. */
export const FIELD_NAMES: Readonly<Record<CsvField, string>> = {
  name: 'name',
  website: 'website',
  domain: 'domain',
  industry: 'industry',
  employees: 'employees',
  revenue: 'revenue',
  country: 'headquarters (country)',
  state: 'headquarters (state/region)',
  city: 'headquarters (city)',
  address: 'headquarters (address)',
  technologies: 'technologies',
  description: 'description',
  tagline: 'tagline',
  specialties: 'specialties',
  founded: 'founded',
  linkedin: 'linkedinSlug',
  companyType: 'companyType',
  fundingTotal: 'funding (total raised)',
  fundingLatest: 'funding (latest round)',
  fundingAmount: 'funding (latest amount)',
  fundingStage: 'funding (stage)',
  fundingDate: 'funding (date)',
  openRoles: 'hiring (open roles)',
  followers: 'followers',
};

/** A few names per field, for the "no column recognised" message. */
export const EXAMPLE_COLUMNS = ['Company', 'Website', 'Domain', 'Industry', '# Employees'];

/** Columns only a people (contacts, leads) export has: it lists people, not companies. */
const PERSON_COLUMNS = new Set(
  [
    'First Name',
    'Last Name',
    'Full Name',
    'Title',
    'Job Title',
    'Email',
    'Email Address',
    'Work Email',
    'Person Linkedin Url',
    'Contact LinkedIn URL',
    'Profile URL',
    'Seniority',
    'Departments',
    'Mobile Phone',
    'Direct Phone Number',
  ].map(columnKey),
);

/** True when a column name is a person's in people exports ("First Name", "Email", "Job Title"…). */
export function isPersonHeader(header: string): boolean {
  return PERSON_COLUMNS.has(columnKey(header));
}

/** True when the header is a people export's (Apollo, ZoomInfo contacts, Sales Navigator leads). */
export function isPeopleHeader(headers: readonly string[]): boolean {
  return headers.filter(isPersonHeader).length >= 2;
}

/**
 * In a people export, "City", "Country", "Location", "Name" and "LinkedIn URL" are the person's:
 * only columns that say they are the company's ("Company City", "Company Address") feed the
 * company's facts.
 */
export function isPersonColumn(header: string, field: CsvField): boolean {
  const key = columnKey(header);
  const companyish =
    /^(company|account|organization|organisation|org|hq|headquarters|billing)/.test(key);
  if (companyish) return false;
  return (
    field === 'city' ||
    field === 'state' ||
    field === 'country' ||
    field === 'address' ||
    field === 'linkedin' ||
    (field === 'name' && key === 'name')
  );
}
