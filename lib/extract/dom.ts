/** Small DOM and text helpers that work on the browser's DOM and on linkedom's alike. */

const EVIDENCE_MAX = 300;
/** Never text: code, styles, inert templates. */
const NOT_TEXT = 'script,style,template,noscript';
/** Control characters, bidi overrides and zero-width marks that only disguise text (ZWNJ stays). */
const CONTROL_CHARACTERS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f';
const INVISIBLE = new RegExp(
  `[${CONTROL_CHARACTERS}\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ufffd]`,
  'g',
);

/** Text as a user reads it: invisible characters removed, whitespace collapsed, capped. */
export function clean(text: string | null | undefined, max = 20_000): string {
  return (text ?? '')
    .slice(0, max * 2)
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Visible text of an element: script, style and template contents left out. */
export function textOf(node: Element | null | undefined, max?: number): string {
  if (!node) return '';
  if (!node.querySelector(NOT_TEXT)) return clean(node.textContent, max);
  const copy = node.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll(NOT_TEXT))) hidden.remove();
  return clean(copy.textContent, max);
}

/** The element's own text, without its children's (a text node beside other items). */
export function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) text += node.textContent;
  return clean(text, 300);
}

/** Text as evidence: cleaned and capped. */
export function evidence(text: string): string {
  const t = clean(text, EVIDENCE_MAX + 1);
  return t.length > EVIDENCE_MAX ? `${t.slice(0, EVIDENCE_MAX - 1)}…` : t;
}

export function $$(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

export function metaContent(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return clean(el?.getAttribute('content'), 2000) || undefined;
}

/** An http(s) URL or a bare domain, as a page might write a website; anything else is dropped. */
export function webAddress(text: string | null | undefined): string | undefined {
  const t = clean(text, 2000);
  return /^(https?:\/\/)?[\p{L}\d-]+(\.[\p{L}\d-]+)+([/:?#]\S*)?$/iu.test(t) ? t : undefined;
}
