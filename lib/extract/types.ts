import type { Extraction } from '../facts';

/** One page source: which URLs it reads, and how. Pure over a standards DOM. */
export interface Extractor {
  id: string;
  matches(url: URL): boolean;
  extract(doc: Document, url: URL): Extraction;
  /** Example URLs it must match; the conventions test checks them against every extractor. */
  fixtures: readonly string[];
}
