/** Pages larger than this are not saved company pages (LinkedIn's are ~1–3 MB). */
export const MAX_PAGE_BYTES = 25 * 1024 * 1024;
/** Deeper nesting than this is a hostile or broken page (real pages stay under ~100 levels). */
export const MAX_PAGE_DEPTH = 2048;

/** Elements that never hold children, or whose end tag HTML lets the parser imply. */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option'.split(
    ' ',
  ),
);
const TAG =
  /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/**
 * Why a saved page is not worth parsing, or undefined: bigger than `MAX_PAGE_BYTES` (UTF-16 code
 * units, close to bytes for HTML), or elements nested deeper than `MAX_PAGE_DEPTH` (a page of
 * 200,000 nested divs would tie up the DOM parser and the extractors' tree walks for minutes).
 * One linear scan of the tags; comments and script/style contents are skipped.
 */
export function pageProblem(html: string): string | undefined {
  if (html.length > MAX_PAGE_BYTES)
    return `the page is ${Math.round(html.length / 1048576)} MB; a saved company page is a few MB at most (limit ${MAX_PAGE_BYTES / 1048576} MB)`;
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const [, , close, name, selfClosing] = match;
    if (!name || selfClosing || NOT_NESTING.has(name.toLowerCase())) continue;
    if (close) depth = Math.max(0, depth - 1);
    else if (++depth > MAX_PAGE_DEPTH)
      return `elements are nested more than ${MAX_PAGE_DEPTH} levels deep; this is not a page a browser saved`;
  }
  return undefined;
}
