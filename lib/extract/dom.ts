/** Small DOM helpers that work on the browser's DOM and on linkedom's alike. */

const EVIDENCE_MAX = 300;

/** Visible-ish text of an element, whitespace collapsed. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text as evidence: collapsed and capped. */
export function evidence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EVIDENCE_MAX ? `${t.slice(0, EVIDENCE_MAX - 1)}…` : t;
}

export function $optional(root: ParentNode, selector: string): Element | undefined {
  return root.querySelector(selector) ?? undefined;
}

export function $$(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

export function metaContent(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content || undefined;
}
