/**
 * The page's code as the detector reads it: distinct script, stylesheet and frame URLs, and the
 * text of executable inline scripts (never JSON-LD or other data blocks), within budgets that keep
 * a hostile page cheap.
 */

/** Distinct URLs read per kind; a hostile page may have tens of thousands. */
const MAX_URLS = 5_000;
const MAX_URL_LENGTH = 2_048;
const MAX_INLINE_SCRIPTS = 1_000;
/** Characters read from one inline script, and from all of them. */
const MAX_SCRIPT_TEXT = 200_000;
const MAX_INLINE_TOTAL = 2_000_000;
/** Script types that run; everything else (`application/ld+json`, `application/json`…) is data. */
const EXECUTABLE =
  /^(?:|module|text\/babel|(?:text|application)\/(?:x-)?(?:javascript|ecmascript|jscript))$/;

/** Distinct, non-empty attribute values of the elements a selector finds, capped. */
export function urls(doc: Document, selector: string, attribute: string): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const value = (el.getAttribute(attribute) ?? '').trim().slice(0, MAX_URL_LENGTH);
    if (value && !out.has(value)) out.set(value, el);
    if (out.size >= MAX_URLS) break;
  }
  return out;
}

/** The text of the page's executable inline scripts, within the budgets. */
export function inlineScripts(doc: Document): string[] {
  const out: string[] = [];
  let budget = MAX_INLINE_TOTAL;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!EXECUTABLE.test(type)) continue;
    const text = (script.textContent ?? '').slice(0, Math.min(MAX_SCRIPT_TEXT, budget));
    if (!text.trim()) continue;
    out.push(text);
    budget -= text.length;
    if (budget <= 0 || out.length >= MAX_INLINE_SCRIPTS) break;
  }
  return out;
}
