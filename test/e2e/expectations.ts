/**
 * What a user must see for each fixture company with the built-in sample ICP. The evidence
 * strings must appear in the popup as the page wrote them.
 */
export interface ExpectedCompany {
  file: string;
  name: string;
  tier: string;
  badge: string;
  evidence: string[];
  hostile?: boolean;
}

export const COMPANIES: ExpectedCompany[] = [
  {
    file: 'about-en-sentinel-forge.html',
    name: 'Sentinel Forge',
    tier: 'Best fit',
    badge: 'BEST',
    evidence: ['1,001-5,000 employees', 'Austin, Texas', 'Computer and Network Security'],
  },
  {
    file: 'public-de-talentbruecke.html',
    name: 'TalentBrücke Personal GmbH',
    tier: 'Disqualified',
    badge: 'DQ',
    evidence: ['Personalbeschaffung und Personalvermittlung'],
  },
  {
    file: 'about-vi-saigon-home-goods.html',
    name: 'Saigon Home Goods',
    tier: 'Bad fit',
    badge: 'BAD',
    evidence: ['51-200 nhân viên', 'Bán lẻ'],
  },
  {
    file: 'public-minimal-quietlake.html',
    name: 'Quietlake Labs',
    // Only the industry is known (confidence 36 %, below the default 50 %): no fit tier.
    tier: 'Not enough data',
    badge: '?',
    evidence: ['Software Development'],
  },
  {
    file: 'public-hostile-evil-corp.html',
    name: 'Evil Corp 🦊',
    // In a browser the page's own script writes "Industry" into the industry cell, so the
    // industry reads "Computer SoftwareIndustry" and misses; it is the only fact known, so the
    // confidence is below 50 %: no fit tier.
    tier: 'Not enough data',
    badge: '?',
    evidence: ['Computer Software'],
    hostile: true,
  },
];

export const FEED_URL = 'https://www.linkedin.com/feed/';
