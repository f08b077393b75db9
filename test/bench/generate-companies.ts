/**
 * A deterministic Apollo-style accounts export of `rows` made-up companies, varied enough to
 * exercise every criterion the CSV reader feeds: industries (some written "&"), size bands and
 * plain counts, revenue, country + state, technologies, keywords, descriptions (some with
 * accents, one in Chinese), founded year, blanks. Used by the benchmarks (100k–10M rows) and,
 * small, by the differential tests.
 */
export function generateCompaniesCsv(rows: number): string {
  const lines: string[] = [];
  writeCompaniesCsv(rows, (chunk) => lines.push(chunk));
  return lines.join('');
}

const INDUSTRIES = [
  'Computer and Network Security',
  'computer & network security',
  'Software Development',
  'Staffing and Recruiting',
  'Retail',
  'Financial Services',
  'IT Services and IT Consulting',
  'Advertising Services',
  '',
];
const PLACES: readonly (readonly [country: string, state: string])[] = [
  ['United States', 'California'],
  ['United States', 'Texas'],
  ['United States', ''],
  ['Germany', ''],
  ['Vietnam', ''],
  ['Canada', 'Ontario'],
  ['China', ''],
  ['Iran', ''],
  ['United Kingdom', ''],
  ['Brazil', ''],
  ['Mexico', ''],
  ['Singapore', ''],
  ['', ''],
];
const SIZES = [
  '11-50',
  '51-200',
  '201-500',
  '501-1,000',
  '1,001-5,000',
  '10,001+',
  '320',
  '45',
  '',
];
const REVENUES = ['', '2,500,000', '12,000,000', '38,000,000', '150,000,000', '900,000'];
const TECHNOLOGIES = [
  'Salesforce, HubSpot, AWS',
  'Okta, Amazon Web Services, Slack',
  'Shopify, Stripe, Klaviyo',
  'Google Workspace, Snowflake',
  'C++, C#',
  '',
];
const KEYWORDS = [
  'cloud security, soc 2, threat detection',
  'e-commerce, subscriptions',
  'recruiting, staffing',
  'fintech, payments, Series A',
  '',
];
const FUNDING: readonly (readonly [total: string, latest: string])[] = [
  ['', ''],
  ['42,000,000', 'Series B'],
  ['3,000,000', 'Seed'],
  ['', 'Series A'],
  ['900,000', ''],
];
const OPEN_JOBS = ['', '0', '4', '12', '37'];
const DESCRIPTIONS = [
  'Cloud security and compliance platform, SOC 2 ready.',
  'Social media agency for consumer brands.',
  'Plateforme de sécurité réseau pour les PME.',
  '面向中小企业的网络安全平台',
  'Payments infrastructure for marketplaces in Southeast Asia.',
  '',
];

/** Writes the export in chunks of a few thousand lines, so 10M rows never sit in memory. */
export function writeCompaniesCsv(rows: number, write: (chunk: string) => void): void {
  let seed = 42;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return list[seed % list.length] as T;
  };
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  let chunk =
    'Company,Website,Industry,# Employees,Annual Revenue,Company Country,Company State,Company City,Technologies,Keywords,Short Description,Founded Year,Total Funding,Latest Funding,Open Jobs\n';
  for (let i = 0; i < rows; i++) {
    const [country, state] = pick(PLACES);
    const cells = [
      `Company ${i}`,
      `https://www.company-${i}.example.com`,
      pick(INDUSTRIES),
      pick(SIZES),
      pick(REVENUES),
      country,
      state,
      'Springfield',
      pick(TECHNOLOGIES),
      pick(KEYWORDS),
      pick(DESCRIPTIONS),
      String(1990 + (i % 34)),
      ...pick(FUNDING),
      pick(OPEN_JOBS),
    ];
    chunk += `${cells.map(quote).join(',')}\n`;
    if (chunk.length > 1 << 20) {
      write(chunk);
      chunk = '';
    }
  }
  if (chunk) write(chunk);
}
