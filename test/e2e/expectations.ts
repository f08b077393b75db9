/** What a user must see for each demo page, with the built-in sample ICP. */
export const DEMO_EXPECTATIONS: Record<string, { badge: string; tier: string }> = {};

/** Other fixtures the browser tests serve. */
export const EXTRA_FIXTURES: string[] = [];

export const FEED_URL = 'https://www.linkedin.com/feed/';
